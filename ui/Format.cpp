#include "Format.h"

#include "model/Author.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

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
    if (days < 365)
        return QCoreApplication::translate("fd::ui::Format", "%n month(s) ago", nullptr,
                                           int(qMax<qint64>(1, days / 30)));
    return QCoreApplication::translate("fd::ui::Format", "%n year(s) ago", nullptr,
                                       int(days / 365));
}

QString fullTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
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

QString author(const core::Author &a)
{
    QStringList parts;
    QString who = a.name.simplified();
    if (!a.handle.isEmpty())
        who += (who.isEmpty() ? u"@"_s : u" @"_s) + a.handle.simplified();
    if (who.isEmpty())
        who = QCoreApplication::translate("fd::ui::Format", "unknown");
    parts << who;
    if (a.followers >= 0)
        parts << followers(a.followers);
    if (!a.city.isEmpty())
        parts << a.city.simplified();
    return parts.join(u" · "_s);
}

QString preview(const QString &text, qsizetype maxChars)
{
    QString line = text.simplified();
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
