// bench csat: what the customer surveys cost a station: the read the console makes after every
// commit (nothing to do, the usual case), one look that schedules and queues surveys for a
// round of closings and reads a round of replies, and the report over every survey.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "console/CsatSettings.h"
#include "console/CsatSurveys.h"
#include "console/InboxActions.h"
#include "stats/CsatReport.h"
#include "store/Connection.h"
#include "store/Store.h"
#include "store/WriteFor.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

// A customer's private message, `secs` after the epoch.
IncomingItem customerDm(qint64 n, qint64 customer, qint64 secs, const QString &text)
{
    IncomingItem in;
    in.item.kind = ItemKind::Dm;
    in.item.externalId = u"m%1"_s.arg(n);
    in.item.text = text;
    in.item.author.externalId = u"c%1"_s.arg(customer);
    in.item.author.name = u"Customer %1"_s.arg(customer);
    in.item.createdAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return in;
}

template <typename T>
T waited(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

// Milliseconds of one look on the writer, from submitting to commit.
double timedLook(Store &store, qint64 now, CsatStep &step)
{
    QElapsedTimer t;
    t.start();
    const auto r = waited(writeFor<CsatStep>(store, [now](const QSqlDatabase &db, CsatStep &s) {
        auto done = runCsatStep(db, now);
        if (done.ok())
            s = *done;
        return done.ok() ? StoreError{} : done.error();
    }));
    const double ms = double(t.nsecsElapsed()) / 1e6;
    step = r.ok() ? *r : CsatStep{};
    return ms;
}

} // namespace

int csatBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"Customer messages in the store (default 200000)."_s, u"N"_s, u"200000"_s},
        {u"customers"_s, u"Customers, one conversation each (default 20000)."_s, u"C"_s,
         u"20000"_s},
        {u"round"_s, u"Closings and replies per round (default 50)."_s, u"K"_s, u"50"_s},
        {u"runs"_s, u"Rounds to time (default 20)."_s, u"R"_s, u"20"_s},
    });
    if (const auto done = parseOptions(p, args, out, err))
        return *done;
    const qint64 items = qMax<qint64>(1, p.value(u"items"_s).toLongLong());
    const qint64 customers = qBound<qint64>(1, p.value(u"customers"_s).toLongLong(), items);
    const int round = qMax(1, p.value(u"round"_s).toInt());
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(u"csat-bench.db"_s));
    if (!opened.ok()) {
        err << opened.error().message << u"\n"_s;
        return 1;
    }
    Store &store = **opened;
    Account account;
    account.platform = Platform::Telegram;
    account.name = u"Bench bot"_s;
    const auto accountId = waited(store.addAccount(account));
    if (!accountId.ok()) {
        err << accountId.error().message << u"\n"_s;
        return 1;
    }
    // The history: customers writing in turn, a minute apart, ending an hour ago.
    const qint64 start = QDateTime::currentSecsSinceEpoch() - 3600 - items * 60;
    qint64 n = 0;
    while (n < items) {
        IngestBatch b{*accountId, {}, {}, {}};
        for (int i = 0; i < 2000 && n < items; ++i, ++n)
            b.items.append(customerDm(n, n % customers, start + n * 60, u"Where is my order?"_s));
        if (const auto r = waited(store.ingest(std::move(b))); !r.ok()) {
            err << r.error.message << u"\n"_s;
            return 1;
        }
    }
    InboxActions actions(store, {0, u"bench"_s, u"Bench"_s, u"bench"_s});
    Template t;
    t.title = u"Survey"_s;
    t.body = u"{author.first_name}, rate us from 1 to 5"_s;
    const auto templateId = waited(actions.saveTemplate(t));
    CsatSettings settings;
    settings.enabled = true;
    settings.templateId = templateId.ok() ? *templateId : 0;
    settings.perCustomerDays = 0;
    if (const auto e = waited(store.write(
            [settings](const QSqlDatabase &db) { return saveCsatSettings(db, settings); }));
        !e.ok()) {
        err << e.message << u"\n"_s;
        return 1;
    }
    out << u"bench csat: %1 items, %2 conversations, %3 closings and replies a round, %4 "
           u"rounds\n"_s.arg(items)
               .arg(customers)
               .arg(round)
               .arg(runs);

    auto reader = store.reader();
    QList<double> idle, looks, answers, reports;
    QElapsedTimer t2;
    qint64 customer = 0;
    qint64 secs = QDateTime::currentSecsSinceEpoch() - 1800;
    for (int r = 0; r < runs; ++r) {
        // A round of closings: the newest item of `round` conversations.
        QList<qint64> closing;
        for (int i = 0; i < round; ++i, ++customer) {
            auto q = Connection::exec(
                *reader,
                u"SELECT max(i.id) FROM items i JOIN authors a ON a.id = i.author_id WHERE "
                u"a.external_id = ? AND i.direction = 'in'"_s,
                {u"c%1"_s.arg(customer % customers)});
            if (q.ok() && q.value().next())
                closing.append(q.value().value(0).toLongLong());
        }
        waited(actions.close(closing));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        CsatStep step;
        looks << timedLook(store, now, step);
        // The customers answer: half rate, half ask something else.
        IngestBatch replies{*accountId, {}, {}, {}};
        for (int i = 0; i < round; ++i)
            replies.items.append(
                customerDm(n++, (customer - round + i) % customers, ++secs,
                           i % 2 ? u"Отлично, спасибо!"_s : u"А когда следующая поставка?"_s));
        waited(store.ingest(std::move(replies)));
        CsatStep answered;
        answers << timedLook(store, now, answered);
        if (r == 0)
            out << u"  first round: %1 scheduled, %2 queued, %3 answered\n"_s.arg(step.scheduled)
                       .arg(step.queued)
                       .arg(answered.answered);
        // The console's read after a commit when there is nothing to do.
        for (int i = 0; i < 20; ++i) {
            t2.start();
            const auto waiting = csatWorkWaiting(*reader, now);
            idle << double(t2.nsecsElapsed()) / 1e6;
            (void)waiting;
        }
        t2.start();
        const auto report = csatReport(*reader, {}, {}, CsatGrouping::Operator);
        reports << double(t2.nsecsElapsed()) / 1e6;
        if (!report.ok()) {
            err << report.error().message << u"\n"_s;
            return 1;
        }
    }
    auto pending =
        Connection::exec(*reader, u"SELECT count(*) FROM csat_surveys WHERE state = 'sent'"_s);
    const qint64 open =
        pending.ok() && pending.value().next() ? pending.value().value(0).toLongLong() : -1;
    out << u"  surveys waiting for a rating at the end: %1\n"_s.arg(open);
    out << u"  read after a commit (nothing to do): median %1 ms, p95 %2 ms\n"_s.arg(
        fmt(median(idle), 3), fmt(percentile(idle, 95), 3));
    out << u"  look after %1 closings (schedule + queue): median %2 ms, p95 %3 ms\n"_s.arg(round)
               .arg(fmt(median(looks), 2), fmt(percentile(looks, 95), 2));
    out << u"  look after %1 replies (read ratings): median %2 ms, p95 %3 ms\n"_s.arg(round).arg(
        fmt(median(answers), 2), fmt(percentile(answers, 95), 2));
    out << u"  report by operator over all surveys: median %1 ms\n"_s.arg(fmt(median(reports), 2));
    return 0;
}

} // namespace fd::bench
