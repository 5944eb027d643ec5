#include "Cli.h"

#include "sandbox/TrafficGenerator.h"
#include "store/ItemQueries.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::ctl {

// Fills a store with a day of generated customer traffic on demo accounts, so a new user sees
// a working inbox before connecting real accounts.
int demoCommand(CommandContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Fill the store with generated demo traffic on demo accounts."_s);
    p.addHelpOption();
    p.addOptions({
        {u"items"_s, u"How many items (default 300)."_s, u"N"_s, u"300"_s},
        {u"seed"_s, u"Seed of the generator (default 1)."_s, u"S"_s, u"1"_s},
        {u"if-empty"_s, u"Do nothing when the store already holds items."_s},
    });
    if (const auto done = parseOrExit(p, ctx.args, ctx))
        return *done;
    bool ok1 = false, ok2 = false;
    const int count = p.value(u"items"_s).toInt(&ok1);
    const quint32 seed = p.value(u"seed"_s).toUInt(&ok2);
    if (!ok1 || !ok2 || count <= 0 || count > 10'000'000) {
        ctx.err << u"--items takes a number from 1 to 10000000 and --seed a whole number.\n"_s;
        return Usage;
    }
    Store *store = ctx.store();
    if (!store)
        return Failure;
    ItemQueries queries(*store->reader());
    if (p.isSet(u"if-empty"_s)) {
        ItemFilter all;
        all.includeOutgoing = true;
        const auto n = queries.count(all);
        if (n.ok() && *n > 0) {
            ctx.out << u"The store already holds %1 items; nothing added.\n"_s.arg(*n);
            return Ok;
        }
    }

    const QList<std::pair<Platform, QString>> demo{{Platform::Telegram, u"Demo: Telegram bot"_s},
                                                   {Platform::Vk, u"Demo: VK community"_s},
                                                   {Platform::YouTube, u"Demo: YouTube channel"_s}};
    const auto existing = queries.accounts();
    if (!existing.ok()) {
        ctx.err << existing.error().message << u"\n"_s;
        return Failure;
    }
    // The last day, ending now, so ages and response clocks look alive.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    int added = 0;
    for (qsizetype i = 0; i < demo.size(); ++i) {
        const auto &[platform, name] = demo.at(i);
        qint64 accountId = 0;
        for (const Account &a : *existing) {
            if (a.name == name)
                accountId = a.id;
        }
        if (accountId == 0) {
            Account a;
            a.platform = platform;
            a.name = name;
            auto f = store->addAccount(a);
            f.waitForFinished();
            if (!f.result().ok()) {
                ctx.err << f.result().error().message << u"\n"_s;
                return Failure;
            }
            accountId = *f.result();
        }
        TrafficGenerator gen(seed * 31 + quint32(i), platform);
        const int share = count / int(demo.size()) + (i < count % demo.size() ? 1 : 0);
        auto items = gen.spread(start, share);
        // Each seed has ids of its own; the same seed twice adds nothing (deduplicated).
        for (IncomingItem &in : items)
            in.item.externalId = u"demo%1:"_s.arg(seed) + in.item.externalId;
        auto f = store->ingest({accountId, items, {}, {}});
        f.waitForFinished();
        const IngestResult r = f.result();
        if (!r.ok()) {
            ctx.err << r.error.message << u"\n"_s;
            return Failure;
        }
        added += r.inserted;
    }
    ctx.out << u"Added %1 demo items to %2\n"_s.arg(added).arg(store->path());
    return Ok;
}

} // namespace fd::ctl
