#pragma once

#include <QColor>

class QPalette;

namespace fd::ui {

// Colours that carry a meaning, each with a value for light and one for dark backgrounds, so
// they stay readable (contrast at least 4.5:1 against the palette's Base) in either theme.
class Theme
{
public:
    enum class Role {
        SlaCalm,    // waiting, with most of the response target still ahead
        SlaWarning, // waiting for half the target or more
        SlaLate,    // waiting past the target
        Online,     // the line to the team's server works
        Busy,       // connecting, syncing, someone else is replying
        Offline,    // the team's server cannot be reached; a refusal
    };

    // The colour for `role` on the background `palette` paints.
    static QColor color(Role role, const QPalette &palette);
    // Whether `palette` is a dark one: its window is darker than mid-grey.
    static bool isDark(const QPalette &palette);
    // The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace fd::ui
