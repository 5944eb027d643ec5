#include "ClassifierEvaluation.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QString unescape(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'\\' || i + 1 == s.size()) {
            out.append(s.at(i));
            continue;
        }
        const QChar next = s.at(++i);
        out.append(next == u't' ? QChar(u'\t') : next == u'n' ? QChar(u'\n') : next);
    }
    return out;
}

} // namespace

std::optional<QList<LabelledSample>> readLabelledSamples(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    const QString all = QString::fromUtf8(file.readAll());
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    if (lines.isEmpty() || lines.front().trimmed() != u"text\tlang\tsentiment\tspam"_s)
        return fail(
            u"%1: the first line must be: text, lang, sentiment, spam (tab-separated)"_s.arg(path));
    QList<LabelledSample> samples;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QStringView> f = line.split(u'\t');
        LabelledSample s;
        s.line = int(i + 1);
        const auto lang = f.size() == 4 ? languageFromName(f.at(1).toString()) : std::nullopt;
        const auto sentiment = f.size() == 4 ? sentimentFromName(f.at(2).toString()) : std::nullopt;
        if (!lang || !sentiment || (f.at(3) != u"0"_s && f.at(3) != u"1"_s))
            return fail(
                u"%1:%2: expected text, lang, sentiment and spam (0 or 1)"_s.arg(path).arg(s.line));
        s.text = unescape(f.at(0));
        s.language = *lang;
        s.sentiment = *sentiment;
        s.spam = f.at(3) == u"1"_s;
        samples.append(s);
    }
    return samples;
}

Confusion::Confusion(QStringList classes)
    : m_classes(std::move(classes))
    , m_counts(m_classes.size() * m_classes.size(), 0)
{}

void Confusion::add(int expected, int predicted)
{
    ++m_counts[expected * m_classes.size() + predicted];
    ++m_total;
}

int Confusion::count(int expected, int predicted) const
{
    return m_counts.at(expected * m_classes.size() + predicted);
}

double Confusion::accuracy() const
{
    int right = 0;
    for (int c = 0; c < m_classes.size(); ++c)
        right += count(c, c);
    return m_total > 0 ? double(right) / m_total : 0.0;
}

double Confusion::precision(int cls) const
{
    int predicted = 0;
    for (int e = 0; e < m_classes.size(); ++e)
        predicted += count(e, cls);
    return predicted > 0 ? double(count(cls, cls)) / predicted : 0.0;
}

double Confusion::recall(int cls) const
{
    int actual = 0;
    for (int p = 0; p < m_classes.size(); ++p)
        actual += count(cls, p);
    return actual > 0 ? double(count(cls, cls)) / actual : 0.0;
}

double Confusion::f1(int cls) const
{
    const double p = precision(cls), r = recall(cls);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

} // namespace fd::core
