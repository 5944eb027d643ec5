#include "Theme.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace fd::ui {
namespace {

struct Pair
{
    QRgb light; // on a light background
    QRgb dark;  // on a dark background
};

Pair pairOf(Theme::Role role)
{
    switch (role) {
    case Theme::Role::SlaCalm:
    case Theme::Role::Online:
        return {0x146c2e, 0x5fd38d};
    case Theme::Role::SlaWarning:
    case Theme::Role::Busy:
        return {0x8a4f00, 0xf2c14e};
    case Theme::Role::SlaLate:
    case Theme::Role::Offline:
        return {0xb3141f, 0xff8a80};
    }
    return {0x000000, 0xffffff};
}

// Relative luminance as WCAG 2 defines it.
double luminance(const QColor &color)
{
    const auto linear = [](float channel) {
        const double c = channel;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

QColor Theme::color(Role role, const QPalette &palette)
{
    const Pair pair = pairOf(role);
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace fd::ui
