#pragma once

#include <QString>

#include <optional>

namespace fd::core {

// Stored as lower-case words in SQLite and PostgreSQL; the words are part of the data format.

enum class ItemKind { Dm, Comment, Mention, Review };
enum class ItemStatus { New, Open, Waiting, Closed, Hidden, Deleted };
enum class Direction { Incoming, Outgoing };
enum class ThreadKind { Dialog, Comments, Mentions, Reviews };
enum class Platform {
    Telegram,
    Vk,
    Facebook,
    Instagram,
    YouTube,
    GoogleBusiness,
    GooglePlay,
    AppStore,
    Ok,
    X
};
enum class OperatorRole { Operator, Moderator, Lead, Admin };
enum class ActorKind { Operator, Rule, Connector, System };
// How an account's polling is going: idle (not polled here), polling, waiting (rate limit or
// back-off), failing (errors, still retrying), stopped (needs a person: bad token, conflict).
enum class AccountHealth { Idle, Polling, Waiting, Failing, Stopped };

QString toString(ItemKind kind);
QString toString(ItemStatus status);
QString toString(Direction direction);
QString toString(ThreadKind kind);
QString toString(Platform platform);
QString toString(OperatorRole role);
QString toString(ActorKind kind);
QString toString(AccountHealth health);

std::optional<ItemKind> itemKindFromString(QStringView text);
std::optional<ItemStatus> itemStatusFromString(QStringView text);
std::optional<Direction> directionFromString(QStringView text);
std::optional<ThreadKind> threadKindFromString(QStringView text);
std::optional<Platform> platformFromString(QStringView text);
std::optional<OperatorRole> operatorRoleFromString(QStringView text);
std::optional<ActorKind> actorKindFromString(QStringView text);
std::optional<AccountHealth> accountHealthFromString(QStringView text);

// Human-readable, translated names for the UI.
QString displayName(Platform platform);
QString displayName(ItemKind kind);
QString displayName(ItemStatus status);
QString displayName(AccountHealth health);

// The kind of thread an item of this kind lives in.
ThreadKind threadKindFor(ItemKind kind);

const QList<ItemKind> &allItemKinds();
const QList<ItemStatus> &allItemStatuses();
const QList<Platform> &allPlatforms();

} // namespace fd::core
