#pragma once

#include <QString>
#include <QUrl>

#include <functional>

// Addresses that come with platform data (a post's or a message's URL) are untrusted: only web
// links are ever handed to the browser.
namespace fd::ui {

// `address` as a link that may be opened: http or https with a host. Anything else
// (javascript:, file:, data:, a custom scheme, a bare path, garbage) gives an empty QUrl.
QUrl webLink(const QString &address);

// Opens a web link outside the program; true when it was handed on. Tests put their own in.
using LinkOpener = std::function<bool(const QUrl &url)>;
// The desktop's browser (QDesktopServices), refusing whatever webLink() refuses.
LinkOpener desktopLinkOpener();

} // namespace fd::ui
