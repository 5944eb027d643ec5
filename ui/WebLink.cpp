#include "WebLink.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace fd::ui {

QUrl webLink(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return {};
    return url;
}

LinkOpener desktopLinkOpener()
{
    return [](const QUrl &url) {
        // Checked again here, so no caller can hand the desktop anything but a web link.
        const QUrl safe = webLink(url.toString(QUrl::FullyEncoded));
        return !safe.isEmpty() && QDesktopServices::openUrl(safe);
    };
}

} // namespace fd::ui
