#pragma once

#include <QDateTime>
#include <QString>

namespace fd::core {

// The post, video or photo a comment tree hangs under, as much of it as the inbox shows.
struct PostPreview
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString text;
    QString url;
    QDateTime createdAt;

    bool isNull() const { return externalId.isEmpty(); }
    bool operator==(const PostPreview &) const = default;
};

} // namespace fd::core
