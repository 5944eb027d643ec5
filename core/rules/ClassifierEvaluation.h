#pragma once

#include "LanguageDetector.h"
#include "SentimentClassifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd::core {

// One hand-labelled message of a classifier test set (tests/data/classifier_labelled.tsv).
struct LabelledSample
{
    int line = 0; // in the file, the header being line 1
    QString text;
    Language language = Language::Other;
    Sentiment sentiment = Sentiment::Neutral;
    bool spam = false;
};

// Reads a tab-separated file with the header `text lang sentiment spam`; \t, \n and \\ in the
// text are unescaped; spam is 1 or 0. On a malformed file returns nothing and says why.
std::optional<QList<LabelledSample>> readLabelledSamples(const QString &path, QString *error);

// Counts of expected against predicted classes, with the usual figures.
class Confusion
{
public:
    explicit Confusion(QStringList classes);

    void add(int expected, int predicted);
    int count(int expected, int predicted) const;
    int total() const { return m_total; }
    const QStringList &classes() const { return m_classes; }

    double accuracy() const;
    double precision(int cls) const; // 0 when the class was never predicted
    double recall(int cls) const;    // 0 when the class never occurs
    double f1(int cls) const;

private:
    QStringList m_classes;
    QList<int> m_counts; // expected * n + predicted
    int m_total = 0;
};

} // namespace fd::core
