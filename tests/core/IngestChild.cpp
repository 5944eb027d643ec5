// Ingests numbered batches into a store until it is killed. Used by the crash-atomicity test:
// batch k holds items "b<k>-0" … "b<k>-99", edits the first item of batch k-1, and moves the
// account's cursor to k, all in one ingest.
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fd::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: frontdesk_ingest_child DB\n");
        return 2;
    }
    auto opened = Store::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    qint64 accountId = 0;
    qint64 batch = 0;
    {
        ItemQueries q(*store.reader());
        const auto accounts = q.accounts();
        if (!accounts.ok())
            return 1;
        if (accounts->isEmpty()) {
            Account a;
            a.platform = Platform::Telegram;
            a.name = u"Crash bot"_s;
            auto f = store.addAccount(a);
            f.waitForFinished();
            if (!f.result().ok())
                return 1;
            accountId = *f.result();
        } else {
            accountId = accounts->first().id;
            batch = accounts->first().cursor.toLongLong();
        }
    }
    std::printf("ready %lld\n", static_cast<long long>(batch));
    std::fflush(stdout);

    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (;;) {
        ++batch;
        IngestBatch b;
        b.accountId = accountId;
        for (int i = 0; i < 100; ++i) {
            IncomingItem in;
            in.item.externalId = u"b%1-%2"_s.arg(batch).arg(i);
            in.item.text =
                u"batch %1 item %2 заказ номер %3"_s.arg(batch).arg(i).arg(batch * 1000 + i);
            in.item.author.externalId = QString::number(i % 17);
            // A few authors change their names now and then, so re-indexing is part of the run.
            in.item.author.name = i % 17 < 2 ? u"Author %1 v%2"_s.arg(i % 17).arg(batch / 10)
                                             : u"Author %1"_s.arg(i % 17);
            in.item.createdAt = base.addSecs(batch * 60 + i);
            b.items.append(in);
        }
        if (batch > 1) {
            IncomingItem edit;
            edit.item.externalId = u"b%1-0"_s.arg(batch - 1);
            edit.item.text = u"edited in batch %1"_s.arg(batch);
            edit.item.author.externalId = u"0"_s;
            b.items.append(edit);
        }
        b.cursor = QString::number(batch);
        auto f = store.ingest(b);
        f.waitForFinished();
        if (!f.result().ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(f.result().error.message));
            return 1;
        }
    }
}
