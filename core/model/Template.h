#pragma once

#include <QDateTime>
#include <QString>

namespace fd::core {

// A canned reply. The body may hold variables such as {author.name}.
struct Template
{
    qint64 id = 0;
    QString folder;
    QString title;
    QString body;
    QString shortcode; // typed as /code in the composer
    int usageCount = 0;
    QDateTime updatedAt;
};

} // namespace fd::core
