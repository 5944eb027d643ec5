#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace fd::core {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1StringView(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array kItemKinds{
    std::pair{ItemKind::Dm, "dm"},
    std::pair{ItemKind::Comment, "comment"},
    std::pair{ItemKind::Mention, "mention"},
    std::pair{ItemKind::Review, "review"},
};
constexpr std::array kItemStatuses{
    std::pair{ItemStatus::New, "new"},         std::pair{ItemStatus::Open, "open"},
    std::pair{ItemStatus::Waiting, "waiting"}, std::pair{ItemStatus::Closed, "closed"},
    std::pair{ItemStatus::Hidden, "hidden"},   std::pair{ItemStatus::Deleted, "deleted"},
};
constexpr std::array kDirections{
    std::pair{Direction::Incoming, "in"},
    std::pair{Direction::Outgoing, "out"},
};
constexpr std::array kThreadKinds{
    std::pair{ThreadKind::Dialog, "dialog"},
    std::pair{ThreadKind::Comments, "comments"},
    std::pair{ThreadKind::Mentions, "mentions"},
    std::pair{ThreadKind::Reviews, "reviews"},
};
constexpr std::array kPlatforms{
    std::pair{Platform::Telegram, "telegram"},
    std::pair{Platform::Vk, "vk"},
    std::pair{Platform::Facebook, "facebook"},
    std::pair{Platform::Instagram, "instagram"},
    std::pair{Platform::YouTube, "youtube"},
    std::pair{Platform::GoogleBusiness, "google_business"},
    std::pair{Platform::GooglePlay, "google_play"},
    std::pair{Platform::AppStore, "app_store"},
    std::pair{Platform::Ok, "ok"},
    std::pair{Platform::X, "x"},
};
constexpr std::array kRoles{
    std::pair{OperatorRole::Operator, "operator"},
    std::pair{OperatorRole::Moderator, "moderator"},
    std::pair{OperatorRole::Lead, "lead"},
    std::pair{OperatorRole::Admin, "admin"},
};
constexpr std::array kActorKinds{
    std::pair{ActorKind::Operator, "operator"},
    std::pair{ActorKind::Rule, "rule"},
    std::pair{ActorKind::Connector, "connector"},
    std::pair{ActorKind::System, "system"},
};

constexpr std::array kHealth{
    std::pair{AccountHealth::Idle, "idle"},       std::pair{AccountHealth::Polling, "polling"},
    std::pair{AccountHealth::Waiting, "waiting"}, std::pair{AccountHealth::Failing, "failing"},
    std::pair{AccountHealth::Stopped, "stopped"},
};

template <typename E, std::size_t N>
QList<E> valuesOf(const std::array<std::pair<E, const char *>, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

QString toString(ItemKind kind)
{
    return nameOf(kItemKinds, kind);
}
QString toString(ItemStatus status)
{
    return nameOf(kItemStatuses, status);
}
QString toString(Direction direction)
{
    return nameOf(kDirections, direction);
}
QString toString(ThreadKind kind)
{
    return nameOf(kThreadKinds, kind);
}
QString toString(Platform platform)
{
    return nameOf(kPlatforms, platform);
}
QString toString(OperatorRole role)
{
    return nameOf(kRoles, role);
}
QString toString(ActorKind kind)
{
    return nameOf(kActorKinds, kind);
}
QString toString(AccountHealth health)
{
    return nameOf(kHealth, health);
}

std::optional<ItemKind> itemKindFromString(QStringView t)
{
    return valueOf(kItemKinds, t);
}
std::optional<ItemStatus> itemStatusFromString(QStringView t)
{
    return valueOf(kItemStatuses, t);
}
std::optional<Direction> directionFromString(QStringView t)
{
    return valueOf(kDirections, t);
}
std::optional<ThreadKind> threadKindFromString(QStringView t)
{
    return valueOf(kThreadKinds, t);
}
std::optional<Platform> platformFromString(QStringView t)
{
    return valueOf(kPlatforms, t);
}
std::optional<OperatorRole> operatorRoleFromString(QStringView t)
{
    return valueOf(kRoles, t);
}
std::optional<ActorKind> actorKindFromString(QStringView t)
{
    return valueOf(kActorKinds, t);
}
std::optional<AccountHealth> accountHealthFromString(QStringView t)
{
    return valueOf(kHealth, t);
}

QString displayName(Platform platform)
{
    switch (platform) {
    case Platform::Telegram:
        return QCoreApplication::translate("fd::core::Platform", "Telegram");
    case Platform::Vk:
        return QCoreApplication::translate("fd::core::Platform", "VK");
    case Platform::Facebook:
        return QCoreApplication::translate("fd::core::Platform", "Facebook");
    case Platform::Instagram:
        return QCoreApplication::translate("fd::core::Platform", "Instagram");
    case Platform::YouTube:
        return QCoreApplication::translate("fd::core::Platform", "YouTube");
    case Platform::GoogleBusiness:
        return QCoreApplication::translate("fd::core::Platform", "Google reviews");
    case Platform::GooglePlay:
        return QCoreApplication::translate("fd::core::Platform", "Google Play");
    case Platform::AppStore:
        return QCoreApplication::translate("fd::core::Platform", "App Store");
    case Platform::Ok:
        return QCoreApplication::translate("fd::core::Platform", "OK");
    case Platform::X:
        return QCoreApplication::translate("fd::core::Platform", "X");
    }
    return {};
}

QString displayName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Dm:
        return QCoreApplication::translate("fd::core::ItemKind", "Message");
    case ItemKind::Comment:
        return QCoreApplication::translate("fd::core::ItemKind", "Comment");
    case ItemKind::Mention:
        return QCoreApplication::translate("fd::core::ItemKind", "Mention");
    case ItemKind::Review:
        return QCoreApplication::translate("fd::core::ItemKind", "Review");
    }
    return {};
}

QString displayName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New:
        return QCoreApplication::translate("fd::core::ItemStatus", "New");
    case ItemStatus::Open:
        return QCoreApplication::translate("fd::core::ItemStatus", "Open");
    case ItemStatus::Waiting:
        return QCoreApplication::translate("fd::core::ItemStatus", "Waiting");
    case ItemStatus::Closed:
        return QCoreApplication::translate("fd::core::ItemStatus", "Closed");
    case ItemStatus::Hidden:
        return QCoreApplication::translate("fd::core::ItemStatus", "Hidden");
    case ItemStatus::Deleted:
        return QCoreApplication::translate("fd::core::ItemStatus", "Deleted");
    }
    return {};
}

QString displayName(AccountHealth health)
{
    switch (health) {
    case AccountHealth::Idle:
        return QCoreApplication::translate("fd::core::AccountHealth", "Not polled here");
    case AccountHealth::Polling:
        return QCoreApplication::translate("fd::core::AccountHealth", "Polling");
    case AccountHealth::Waiting:
        return QCoreApplication::translate("fd::core::AccountHealth", "Waiting (rate limit)");
    case AccountHealth::Failing:
        return QCoreApplication::translate("fd::core::AccountHealth", "Failing, retrying");
    case AccountHealth::Stopped:
        return QCoreApplication::translate("fd::core::AccountHealth", "Stopped");
    }
    return {};
}

ThreadKind threadKindFor(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Dm:
        return ThreadKind::Dialog;
    case ItemKind::Comment:
        return ThreadKind::Comments;
    case ItemKind::Mention:
        return ThreadKind::Mentions;
    case ItemKind::Review:
        return ThreadKind::Reviews;
    }
    return ThreadKind::Dialog;
}

const QList<ItemKind> &allItemKinds()
{
    static const QList<ItemKind> all = valuesOf(kItemKinds);
    return all;
}

const QList<ItemStatus> &allItemStatuses()
{
    static const QList<ItemStatus> all = valuesOf(kItemStatuses);
    return all;
}

const QList<Platform> &allPlatforms()
{
    static const QList<Platform> all = valuesOf(kPlatforms);
    return all;
}

} // namespace fd::core
