#pragma once

// Helpers shared by `shift` and `handover`.
#include "Cli.h"

#include "console/InboxActions.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>

#include <optional>

namespace fd::ctl {

template <typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

void printJsonLine(CommandContext &ctx, const QJsonObject &o);
QJsonValue isoOrNull(const QDateTime &t);
// An ISO 8601 moment option as UTC (invalid when not given); nothing after printing a mistake.
std::optional<QDateTime> momentOption(CommandContext &ctx, const QCommandLineParser &p,
                                      const QString &option);
// An operator's id by login; nothing after printing that there is none.
std::optional<qint64> operatorId(CommandContext &ctx, core::Store &store, const QString &login);
// This person, or the operator of that login acting (`ok` false after printing why not).
core::Actor actorFor(CommandContext &ctx, core::Store &store, const QString &login, bool *ok);
// Prints a store error and gives the exit code (Ok when there is none).
int reportStoreError(CommandContext &ctx, const core::StoreError &e);

} // namespace fd::ctl
