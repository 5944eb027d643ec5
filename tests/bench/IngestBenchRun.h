#pragma once

#include "store/StoreError.h"

#include <QString>
#include <QTextStream>

#include <functional>

namespace fd::core {
class Store;
}

namespace fd::bench {

struct IngestFigures
{
    qint64 inserted = 0;
    double ingestSeconds = 0;
    qint64 duplicates = 0;
    double dedupeSeconds = 0;
};

// Readies a store once its accounts exist, before the first batch (rules, an ingest hook).
using StoreSetup = std::function<core::StoreError(core::Store &)>;

// Ingests `items` generated items into the store at `path` (emptied first when `fresh`).
core::StoreResult<IngestFigures> runIngest(const QString &path, qint64 items, int batchSize,
                                           quint32 seed, bool fresh, QTextStream &progress,
                                           const StoreSetup &setup = {});
// Seconds to write the items stored at `ingestedPath` again with plain INSERTs into `path`.
core::StoreResult<double> runPlainInsert(const QString &path, const QString &ingestedPath);

int ingestBench(const QStringList &args, QTextStream &out, QTextStream &err);
int storeBench(const QStringList &args, QTextStream &out, QTextStream &err);
int queriesBench(const QStringList &args, QTextStream &out, QTextStream &err);
int telegramBench(const QStringList &args, QTextStream &out, QTextStream &err);
int vkBench(const QStringList &args, QTextStream &out, QTextStream &err);
int alarmBench(const QStringList &args, QTextStream &out, QTextStream &err);
int syncBench(const QStringList &args, QTextStream &out, QTextStream &err);
int rulesBench(const QStringList &args, QTextStream &out, QTextStream &err);
// bench csat: the customer surveys' looks and report over a large store.
int csatBench(const QStringList &args, QTextStream &out, QTextStream &err);
// bench stats: every KPI over a large store, and the staffing forecast.
int statsBench(const QStringList &args, QTextStream &out, QTextStream &err);
// The store `bench stats` reads: `items` items over `accounts` accounts, `perDay` a day, with
// replies, closings, journal and handle time. Built at `path` unless it is there already (or
// `rebuild`).
core::StoreError ensureStatsStore(const QString &path, qint64 items, int accounts, int perDay,
                                  bool rebuild, QTextStream &out);
// Where that store lives by default (in the temp folder, kept between runs).
QString statsStorePath(qint64 items);
int classifyBench(const QStringList &args, QTextStream &out, QTextStream &err);
int handoverBench(const QStringList &args, QTextStream &out, QTextStream &err);
// The store `bench handover` reads: `items` items, the newest `open` customer ones open on
// eight operators' desks (op1…op8, a few on nobody's), a shift and response targets. Built at
// `path` unless it is there already (or `rebuild`).
core::StoreError ensureHandoverStore(const QString &path, qint64 items, qint64 open, bool rebuild,
                                     QTextStream &out);
// Where that store lives by default (in the temp folder, kept between runs).
QString handoverStorePath(qint64 items, qint64 open);

} // namespace fd::bench
