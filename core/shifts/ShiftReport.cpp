#include "ShiftReport.h"

#include "ShiftSchedule.h"
#include "stats/Csv.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::ShiftReport)
};

QString timeIn(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString shortTime(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString alarmWord(ShiftAlarm::Kind kind)
{
    switch (kind) {
    case ShiftAlarm::Kind::Spike:
        return u"spike"_s;
    case ShiftAlarm::Kind::Silent:
        return u"silent"_s;
    case ShiftAlarm::Kind::Recovered:
        return u"recovered"_s;
    case ShiftAlarm::Kind::Health:
        return u"health"_s;
    }
    return {};
}

QString alarmName(ShiftAlarm::Kind kind)
{
    switch (kind) {
    case ShiftAlarm::Kind::Spike:
        return ReportText::tr("Spike");
    case ShiftAlarm::Kind::Silent:
        return ReportText::tr("Silence");
    case ShiftAlarm::Kind::Recovered:
        return ReportText::tr("Recovered");
    case ShiftAlarm::Kind::Health:
        return ReportText::tr("Account problem");
    }
    return {};
}

QString median(const ShiftFigures &f)
{
    return f.medianFirstResponseSeconds ? QString::number(*f.medianFirstResponseSeconds)
                                        : QString();
}

QString share(const ShiftFigures &f)
{
    const auto s = f.slaMetShare();
    return s ? QString::number(*s * 100, 'f', 1) : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text)
{
    return u"<td>"_s + esc(text) + u"</td>"_s;
}

QString headerRow(const QStringList &names)
{
    QString row = u"<tr>"_s;
    for (const QString &n : names)
        row += u"<th align=\"left\">"_s + esc(n) + u"</th>"_s;
    return row + u"</tr>"_s;
}

QString itemTable(const HandoverSnapshot &s, const QList<int> &which, const QString &title,
                  const QTimeZone &zone, int maxRows)
{
    if (which.isEmpty())
        return {};
    QString out = u"<h2>"_s + esc(title) + u" ("_s + QString::number(which.size()) + u")</h2>"_s;
    out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({ReportText::tr("Item"), ReportText::tr("Account"), ReportText::tr("From"),
                      ReportText::tr("Came"), ReportText::tr("Response target"),
                      ReportText::tr("Assignee"), ReportText::tr("Text")});
    for (qsizetype k = 0; k < which.size() && k < maxRows; ++k) {
        const HandoverItem &i = s.items.at(which.at(k));
        QString sla = slaShortText(i.clock.main());
        if (i.promise)
            sla += (sla.isEmpty() ? QString() : u"; "_s) + ReportText::tr("promised");
        out += u"<tr>"_s + cell(QString::number(i.itemId)) + cell(i.accountName) +
               cell(i.authorName) + cell(shortTime(i.createdAt, zone)) + cell(sla) +
               cell(i.assigneeName) + cell(i.preview) + u"</tr>"_s;
    }
    out += u"</table>"_s;
    if (which.size() > maxRows)
        out += u"<p>"_s +
               esc(ReportText::tr("… and %n more.", nullptr, int(which.size() - maxRows))) +
               u"</p>"_s;
    return out;
}

} // namespace

namespace shiftReport {

bool writeCsv(const HandoverSnapshot &s, QIODevice *out, QString *error, const QTimeZone &zone)
{
    CsvWriter w(out, CsvOptions{true, true});
    w.writeRow({u"section"_s, u"name"_s, u"value"_s, u"item_id"_s, u"account"_s, u"kind"_s,
                u"status"_s, u"assignee"_s, u"author"_s, u"at"_s, u"sla"_s, u"promised"_s,
                u"text"_s});
    auto row = [&w](const QString &section, const QString &name, const QString &value,
                    const QStringList &rest = {}) {
        QStringList fields{section, name, value};
        fields += rest;
        while (fields.size() < 13)
            fields.append(QString());
        w.writeRow(fields);
    };
    const ShiftFigures &f = s.figures;
    row(u"shift"_s, u"from"_s, timeIn(s.run.start, zone));
    row(u"shift"_s, u"to"_s, timeIn(s.run.end, zone));
    row(u"shift"_s, u"name"_s, s.run.name);
    row(u"figure"_s, u"items_in"_s, QString::number(f.itemsIn));
    row(u"figure"_s, u"replies"_s, QString::number(f.replies));
    row(u"figure"_s, u"answered"_s, QString::number(f.answered));
    row(u"figure"_s, u"median_first_response_seconds"_s, median(f));
    row(u"figure"_s, u"sla_met"_s, QString::number(f.slaMet));
    row(u"figure"_s, u"sla_missed"_s, QString::number(f.slaMissed));
    row(u"figure"_s, u"sla_met_percent"_s, share(f));
    row(u"figure"_s, u"open_items"_s, QString::number(s.items.size()));
    row(u"figure"_s, u"breached"_s, QString::number(s.breached.size()));
    row(u"figure"_s, u"at_risk"_s, QString::number(s.atRisk.size()));
    row(u"figure"_s, u"promised"_s, QString::number(s.promised.size()));
    row(u"figure"_s, u"leaving_operator_items"_s, QString::number(s.leaving.size()));
    for (const HandoverItem &i : s.items) {
        const SlaTimer &t = i.clock.main();
        row(u"item"_s, toString(i.slaState()),
            t.isActive() ? QString::number(t.remainingSeconds / 60) : QString(),
            {QString::number(i.itemId), i.accountName, toString(i.kind), toString(i.status),
             i.assigneeName, i.authorName, timeIn(i.createdAt, zone), toString(t.target),
             i.promise
                 ? (i.promise->source == PromiseMark::Source::Manual ? u"manual"_s : u"reply"_s)
                 : QString(),
             i.preview});
    }
    for (const HandoverNote &n : s.notes)
        row(u"note"_s, n.author, QString(),
            {n.itemId ? QString::number(n.itemId) : QString(), QString(), QString(), QString(),
             QString(), n.author, timeIn(n.createdAt, zone), QString(), QString(), n.body});
    for (const ShiftAlarm &a : s.alarms)
        row(u"alarm"_s, alarmWord(a.kind), a.ongoing ? u"ongoing"_s : QString(),
            {QString(), a.accountName, QString(), QString(), QString(), QString(),
             timeIn(a.at, zone), QString(), QString(), a.text});
    for (const OperatorOnShift &o : s.operators)
        row(u"operator"_s, o.login, QString::number(o.openItems),
            {QString(), QString(), QString(), toString(o.state), o.displayName, QString(),
             timeIn(o.startedAt, zone), QString(), QString(), o.shiftName});
    for (const Handover &h : s.handovers)
        row(u"handover"_s, h.fromName, QString::number(h.itemsMoved),
            {QString(), QString(), toString(h.reassign),
             h.isAcknowledged() ? u"acknowledged"_s : u"open"_s, h.toName, h.acknowledgedBy,
             timeIn(h.createdAt, zone), QString(), QString(), h.summary});
    if (!w.ok() && error)
        *error = w.error();
    return w.ok();
}

QString html(const HandoverSnapshot &s, const QTimeZone &zone, int maxRows)
{
    const ShiftFigures &f = s.figures;
    QString out = u"<html><head><meta charset=\"utf-8\"></head><body>"_s;
    const QString title = s.run.name.isEmpty() ? ReportText::tr("Shift report")
                                               : ReportText::tr("Shift report: %1").arg(s.run.name);
    out += u"<h1>"_s + esc(title) + u"</h1>"_s;
    out += u"<p>"_s +
           esc(ReportText::tr("From %1 to %2 (%3)")
                   .arg(shortTime(s.run.start, zone), shortTime(s.run.end, zone),
                        QString::fromUtf8(zone.id()))) +
           u"</p>"_s;

    out += u"<h2>"_s + esc(ReportText::tr("Figures")) + u"</h2>"_s;
    out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    auto figure = [&out](const QString &name, const QString &value) {
        out += u"<tr>"_s + cell(name) + cell(value) + u"</tr>"_s;
    };
    figure(ReportText::tr("Items in"), QString::number(f.itemsIn));
    figure(ReportText::tr("Replies"), QString::number(f.replies));
    figure(ReportText::tr("Median first response"), f.medianFirstResponseSeconds
                                                        ? slaDuration(*f.medianFirstResponseSeconds)
                                                        : ReportText::tr("none"));
    figure(ReportText::tr("Response targets met"), f.slaMetShare()
                                                       ? ReportText::tr("%1 of %2 (%3%)")
                                                             .arg(f.slaMet)
                                                             .arg(f.slaMet + f.slaMissed)
                                                             .arg(share(f))
                                                       : ReportText::tr("none"));
    figure(ReportText::tr("Open and waiting items"), QString::number(s.items.size()));
    out += u"</table>"_s;

    out += itemTable(s, s.breached, ReportText::tr("Overdue"), zone, maxRows);
    out += itemTable(s, s.atRisk, ReportText::tr("At risk"), zone, maxRows);
    out += itemTable(s, s.promised, ReportText::tr("Promised an answer"), zone, maxRows);
    out += itemTable(s, s.leaving, ReportText::tr("On the leaving operator's desk"), zone, maxRows);

    if (!s.notes.isEmpty()) {
        out += u"<h2>"_s + esc(ReportText::tr("Notes for the next shift")) + u"</h2><ul>"_s;
        for (const HandoverNote &n : s.notes) {
            QString line = shortTime(n.createdAt, zone) + u", "_s + n.author;
            if (n.itemId)
                line += u", "_s + ReportText::tr("item %1").arg(n.itemId);
            out += u"<li><b>"_s + esc(line) + u"</b>: "_s + esc(n.body) + u"</li>"_s;
        }
        out += u"</ul>"_s;
    }
    if (!s.alarms.isEmpty()) {
        out += u"<h2>"_s + esc(ReportText::tr("Alarms and account problems")) + u"</h2><ul>"_s;
        for (const ShiftAlarm &a : s.alarms) {
            QString line = alarmName(a.kind) + u", "_s + a.accountName;
            if (a.at.isValid())
                line += u", "_s + shortTime(a.at, zone);
            if (a.ongoing)
                line += u", "_s + ReportText::tr("still under way");
            out += u"<li><b>"_s + esc(line) + u"</b>: "_s + esc(a.text) + u"</li>"_s;
        }
        out += u"</ul>"_s;
    }
    if (!s.operators.isEmpty()) {
        out += u"<h2>"_s + esc(ReportText::tr("The team now")) + u"</h2>"_s;
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s;
        out += headerRow({ReportText::tr("Operator"), ReportText::tr("State"),
                          ReportText::tr("Shift"), ReportText::tr("Open items")});
        for (const OperatorOnShift &o : s.operators)
            out += u"<tr>"_s + cell(o.displayName) + cell(displayName(o.state)) +
                   cell(o.shiftName) + cell(QString::number(o.openItems)) + u"</tr>"_s;
        out += u"</table>"_s;
    }
    if (!s.handovers.isEmpty()) {
        out += u"<h2>"_s + esc(ReportText::tr("Handovers")) + u"</h2><ul>"_s;
        for (const Handover &h : s.handovers) {
            const QString to = h.toName.isEmpty() ? ReportText::tr("the pool") : h.toName;
            QString line = ReportText::tr("%1 to %2 at %3, %n item(s) moved", nullptr, h.itemsMoved)
                               .arg(h.fromName, to, shortTime(h.createdAt, zone));
            if (h.isAcknowledged())
                line += u"; "_s + ReportText::tr("acknowledged by %1 at %2")
                                      .arg(h.acknowledgedBy, shortTime(h.acknowledgedAt, zone));
            out += u"<li><b>"_s + esc(line) + u"</b>"_s;
            if (!h.summary.isEmpty())
                out += u"<br>"_s + esc(h.summary).replace(u"\n"_s, u"<br>"_s);
            out += u"</li>"_s;
        }
        out += u"</ul>"_s;
    }
    out += u"</body></html>"_s;
    return out;
}

} // namespace shiftReport

} // namespace fd::core
