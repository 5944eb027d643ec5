#include "Format.h"

#include "model/Author.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fd::ui::format {
namespace {

// One decimal while it says something (12.3K), none from 100 on (123K), none when it is .0.
QString scaled(double value)
{
    const QLocale locale;
    if (value >= 100.0)
        return locale.toString(qint64(value));
    const double rounded = qRound(value * 10.0) / 10.0;
    if (rounded == double(qint64(rounded)))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', 1);
}

// Left out of a one-line preview: controls that are not white space, the byte order mark, and
// the explicit bidi formatting characters, which reorder everything up to the end of the
// paragraph (or a terminator the text may never send). Marks (LRM, RLM, ALM) and joiners stay:
// they only shape the text around them.
bool leftOut(char16_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

// Counts for tr()'s plural forms, which are ints.
int pluralCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString minutes(qint64 n)
{
    return QCoreApplication::translate("fd::ui::Format", "%n min", nullptr, pluralCount(n));
}

QString hours(qint64 n)
{
    return QCoreApplication::translate("fd::ui::Format", "%n h", nullptr, pluralCount(n));
}

QString days(qint64 n)
{
    return QCoreApplication::translate("fd::ui::Format", "%n d", nullptr, pluralCount(n));
}

} // namespace

QString age(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const qint64 secs = at.secsTo(now);
    if (secs < 60)
        return QCoreApplication::translate("fd::ui::Format", "now");
    if (secs < 3600)
        return QCoreApplication::translate("fd::ui::Format", "%1 min").arg(secs / 60);
    if (secs < 24 * 3600)
        return QCoreApplication::translate("fd::ui::Format", "%1 h").arg(secs / 3600);
    if (secs < 7 * 24 * 3600)
        return QCoreApplication::translate("fd::ui::Format", "%1 d").arg(secs / (24 * 3600));
    const QLocale locale;
    const QDate date = at.toLocalTime().date();
    if (date.year() == now.toLocalTime().date().year())
        return locale.toString(date, u"d MMM"_s);
    return locale.toString(date, QLocale::ShortFormat);
}

QString since(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const qint64 days = at.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days < 1)
        return QCoreApplication::translate("fd::ui::Format", "today");
    if (days < 31)
        return QCoreApplication::translate("fd::ui::Format", "%n day(s) ago", nullptr, int(days));
    // Counted before the call: lupdate loses its way in arguments with a division.
    const int months = int(qMax<qint64>(1, days / 30));
    if (days < 365)
        return QCoreApplication::translate("fd::ui::Format", "%n month(s) ago", nullptr, months);
    const int years = int(days / 365);
    return QCoreApplication::translate("fd::ui::Format", "%n year(s) ago", nullptr, years);
}

QString fullTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

QString duration(qint64 secs)
{
    secs = std::max<qint64>(secs, 0);
    if (secs < 60)
        return QCoreApplication::translate("fd::ui::Format", "%n s", nullptr, int(secs));
    const qint64 mins = secs / 60;
    if (mins < 60)
        return minutes(mins);
    const qint64 h = mins / 60;
    if (h < 24)
        return mins % 60 ? hours(h) + u' ' + minutes(mins % 60) : hours(h);
    const qint64 d = h / 24;
    return h % 24 ? days(d) + u' ' + hours(h % 24) : days(d);
}

QString followers(qint64 count)
{
    if (count < 0)
        return {};
    if (count < 1000)
        return QLocale().toString(count);
    // Below 999.95K the value is shown in thousands; the rest in millions.
    if (count < 999950)
        return QCoreApplication::translate("fd::ui::Format", "%1K")
            .arg(scaled(double(count) / 1e3));
    return QCoreApplication::translate("fd::ui::Format", "%1M").arg(scaled(double(count) / 1e6));
}

QString authorName(const core::Author &a)
{
    QString who = preview(a.name, 100);
    const QString handle = preview(a.handle, 100);
    if (!handle.isEmpty())
        who += (who.isEmpty() ? u"@"_s : u" @"_s) + handle;
    if (who.isEmpty())
        who = QCoreApplication::translate("fd::ui::Format", "unknown");
    return who;
}

QString author(const core::Author &a)
{
    QStringList parts{authorName(a)};
    if (a.followers >= 0)
        parts << followers(a.followers);
    if (!a.city.isEmpty())
        parts << preview(a.city, 100);
    return parts.join(u" · "_s);
}

QString preview(const QString &text, qsizetype maxChars)
{
    // Reads no further than the preview needs: post texts can be long and rows are painted often.
    QString line;
    line.reserve(std::min(text.size(), maxChars + 2));
    bool gap = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            gap = !line.isEmpty();
            continue;
        }
        if (leftOut(c.unicode()))
            continue;
        if (gap) {
            line += u' ';
            gap = false;
        }
        line += c;
        if (line.size() > maxChars)
            break;
    }
    if (line.size() > maxChars) {
        qsizetype cut = maxChars - 1;
        // Do not split a surrogate pair.
        if (cut > 0 && line.at(cut - 1).isHighSurrogate())
            --cut;
        line = line.left(cut) + u'…';
    }
    return line;
}

QString plainToolTip(const QString &text, qsizetype maxChars)
{
    QString shown = text;
    if (shown.size() > maxChars)
        shown = shown.left(maxChars) + u'…';
    // convertFromPlainText escapes markup and keeps line breaks, so the text is shown as typed.
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}

} // namespace fd::ui::format
