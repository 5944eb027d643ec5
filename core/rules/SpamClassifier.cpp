#include "SpamClassifier.h"

#include "ClassifierData.h"
#include "TextFold.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

struct Pattern
{
    QString name;
    double weight = 0;
    QRegularExpression re;
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> list = [] {
        std::vector<Pattern> out;
        for (const QString &line : classifierDataLines(u"spam_patterns.txt"_s)) {
            // `name weight regex`, the name may have spaces: the weight is the first number.
            const QStringList parts = line.split(u' ');
            for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
                bool ok = false;
                const double weight = parts.at(i).toDouble(&ok);
                if (!ok)
                    continue;
                QRegularExpression re(parts.mid(i + 1).join(u' '),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
                if (!re.isValid()) {
                    qWarning() << "spam pattern does not compile:" << line;
                    break;
                }
                re.optimize();
                out.push_back({parts.mid(0, i).join(u' '), weight, std::move(re)});
                break;
            }
        }
        return out;
    }();
    return list;
}

} // namespace

SpamVerdict classifySpam(const QString &text, const TextSignals &sig, int repeats)
{
    return withRepeats(spamSigns(foldText(text), sig), sig, repeats);
}

SpamVerdict spamSigns(const QString &folded, const TextSignals &sig)
{
    SpamVerdict v;
    double score = 0;
    if (sig.links > 0) {
        score += sig.links == 1 ? 0.25 : sig.links == 2 ? 0.45 : 0.6;
        v.reasons.append(
            QCoreApplication::translate("fd::core::Spam", "%n link(s)", nullptr, sig.links));
    }
    if (sig.hasPhone) {
        score += 0.25;
        v.reasons.append(QCoreApplication::translate("fd::core::Spam", "a phone number"));
    }
    if (sig.mentions >= 3) {
        score += 0.3;
        v.reasons.append(
            QCoreApplication::translate("fd::core::Spam", "%n mention(s)", nullptr, sig.mentions));
    }
    if (sig.upperRatio >= 0.7 && sig.letters >= 15) {
        score += 0.2;
        v.reasons.append(QCoreApplication::translate("fd::core::Spam", "mostly capital letters"));
    }
    if (sig.emoji >= 6 && sig.words >= 3) {
        score += 0.15;
        v.reasons.append(QCoreApplication::translate("fd::core::Spam", "many emoji"));
    }

    QStringList matched;
    for (const Pattern &p : patterns()) {
        if (matched.contains(p.name) || !p.re.match(folded).hasMatch())
            continue;
        matched.append(p.name);
        score += p.weight;
        v.reasons.append(
            QCoreApplication::translate("fd::core::Spam", "matches a known spam pattern: %1")
                .arg(p.name));
    }
    v.score = score;
    return v;
}

SpamVerdict withRepeats(SpamVerdict v, const TextSignals &sig, int repeats)
{
    double score = v.score;
    // "thanks!" from fifty customers is not spam; the same offer with a link from five is. A
    // long text without a way to reach anyone, repeated, only leans that way: customers ask the
    // same question in the same words ("Where is my order, I paid on Monday and …") every day.
    const bool carriesContact = sig.hasLink || sig.hasPhone || sig.mentions > 0;
    if ((carriesContact && repeats >= 3) || (sig.words >= 6 && repeats >= 5)) {
        score += !carriesContact ? 0.3 : repeats >= 10 ? 0.7 : repeats >= 5 ? 0.5 : 0.3;
        v.reasons.append(QCoreApplication::translate(
            "fd::core::Spam", "the same text was sent %n time(s) today", nullptr, repeats));
    }
    v.score = std::min(1.0, score);
    v.spam = v.score >= kSpamThreshold;
    return v;
}

RepeatTracker::RepeatTracker(int capacity, qint64 windowMs)
    : m_capacity(std::max(1, capacity))
    , m_windowMs(windowMs)
{}

quint64 RepeatTracker::keyOf(const QString &folded)
{
    // FNV-1a over letters, symbols and one '0' per run of digits; spaces and punctuation
    // dropped, so "Earn 500$ now!!" and "earn 900$ now" are one text.
    quint64 h = 14695981039346656037ULL;
    const auto add = [&h](char16_t c) {
        h ^= c;
        h *= 1099511628211ULL;
    };
    bool digits = false;
    for (const QChar c : folded) {
        if (c.isDigit()) {
            if (!digits)
                add(u'0');
            digits = true;
            continue;
        }
        digits = false;
        if (c.isSpace() || c.isPunct())
            continue;
        add(c.unicode());
    }
    return h;
}

int RepeatTracker::seen(const QString &folded, qint64 atMs)
{
    const quint64 key = keyOf(folded);
    QMutexLocker lock(&m_mutex);
    // Texts not seen for a whole window are forgotten first.
    while (!m_order.empty()) {
        const auto last = m_entries.find(m_order.back());
        if (atMs - last->second.lastMs <= m_windowMs)
            break;
        m_entries.erase(last);
        m_order.pop_back();
    }
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (int(m_entries.size()) >= m_capacity) {
            m_entries.erase(m_order.back());
            m_order.pop_back();
        }
        m_order.push_front(key);
        it = m_entries.emplace(key, Entry{0, atMs, atMs, m_order.begin()}).first;
    } else {
        m_order.splice(m_order.begin(), m_order, it->second.order);
    }
    Entry &e = it->second;
    if (atMs - e.firstMs > m_windowMs) { // a new day for this text
        e.count = 0;
        e.firstMs = atMs;
    }
    ++e.count;
    e.lastMs = std::max(e.lastMs, atMs);
    return e.count;
}

int RepeatTracker::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace fd::core
