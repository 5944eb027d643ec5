#include "ReplyLimits.h"

namespace fd::ui {

ReplyLimit replyLimit(core::Platform platform, core::ItemKind kind)
{
    using core::Platform;
    // Source: platform documentation (the longest text each API accepts in one reply).
    switch (platform) {
    case Platform::Telegram:
        return {4096};
    case Platform::Vk:
        return {4096}; // messages and comments alike
    case Platform::Facebook:
        return {8000};
    case Platform::Instagram:
        return {kind == core::ItemKind::Dm ? 1000 : 2200};
    case Platform::YouTube:
        return {10000};
    case Platform::GooglePlay:
        return {350};
    case Platform::AppStore:
        return {5970};
    case Platform::GoogleBusiness:
        return {4096};
    case Platform::Ok:
        return {4096};
    case Platform::X:
        return {280, true};
    }
    return {4096};
}

qsizetype replyLength(const QString &text, const ReplyLimit &limit)
{
    if (!limit.countsCodePoints)
        return text.size();
    // A surrogate pair is one code point.
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++length) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    return length;
}

} // namespace fd::ui
