#include "Bench.h"

#include "IngestBenchRun.h"

using namespace Qt::StringLiterals;

namespace fd::bench {

int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString which = args.value(1);
    // Each bench parses its own options; give it a program name and the rest.
    const QStringList rest = QStringList{u"frontdeskctl bench "_s + which} + args.mid(2);
    if (which == u"ingest"_s)
        return ingestBench(rest, out, err);
    if (which == u"store"_s)
        return storeBench(rest, out, err);
    if (which == u"telegram"_s)
        return telegramBench(rest, out, err);
    if (which == u"vk"_s)
        return vkBench(rest, out, err);
    if (which == u"sync"_s)
        return syncBench(rest, out, err);
    if (which == u"alarms"_s)
        return alarmBench(rest, out, err);
    if (which == u"rules"_s)
        return rulesBench(rest, out, err);
    if (which == u"csat"_s)
        return csatBench(rest, out, err);
    if (which == u"stats"_s)
        return statsBench(rest, out, err);
    if (which == u"classify"_s)
        return classifyBench(rest, out, err);
    if (which == u"handover"_s)
        return handoverBench(rest, out, err);
    if (which == u"queries"_s) // the measuring child of `bench store`
        return queriesBench(rest, out, err);
    err << u"usage: frontdeskctl bench ingest [--items N] [--batch B] [--runs R]\n"
           u"       frontdeskctl bench store [--items N] [--runs R] [--db PATH] [--rebuild]\n"
           u"       frontdeskctl bench telegram|vk [--events N] [--runs R] [--samples S] "
           u"[--idle-seconds T]\n"
           u"       frontdeskctl bench sync [--server URL] [--items N] [--ops N] [--runs R] "
           u"[--samples S] [--stations 1,20]\n"
           u"       frontdeskctl bench alarms [--items N] [--accounts A] [--per-day D] [--runs R] "
           u"[--db PATH] [--rebuild]\n"
           u"       frontdeskctl bench csat [--items N] [--customers C] [--round K] [--runs R]\n"
           u"       frontdeskctl bench classify [--data PATH] [--runs R] [--misses]\n"
           u"       frontdeskctl bench rules [--items N] [--batch B] [--runs R] [--rules K] "
           u"[--dir DIR]\n"
           u"       frontdeskctl bench handover [--items N] [--open N] [--runs R] [--db PATH] "
           u"[--rebuild]\n"
           u"       frontdeskctl bench stats [--items N] [--accounts A] [--per-day D] [--runs R] "
           u"[--db PATH] [--rebuild]\n"_s;
    return which.isEmpty() || which == u"--help"_s ? 0 : 2;
}

} // namespace fd::bench
