#include "rules/ClassifierEvaluation.h"
#include "rules/SpamClassifier.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fd::core;
using namespace Qt::StringLiterals;

// The hand-labelled messages in tests/data: floors an operator would accept. The exact figures,
// per class and for the held-out half, are printed by `frontdeskctl bench classify`.
TEST_CASE("The classifiers meet their floors on the labelled set")
{
    QString error;
    const auto samples =
        readLabelledSamples(QStringLiteral(FRONTDESK_TEST_DATA "/classifier_labelled.tsv"), &error);
    INFO(error.toStdString());
    REQUIRE(samples.has_value());
    REQUIRE(samples->size() >= 300);

    Confusion language({u"other"_s, u"ru"_s, u"en"_s, u"pl"_s});
    Confusion sentiment({u"negative"_s, u"neutral"_s, u"positive"_s});
    Confusion spam({u"not spam"_s, u"spam"_s});
    for (const LabelledSample &s : *samples) {
        const Language lang = detectLanguage(s.text);
        language.add(int(s.language), int(lang));
        sentiment.add(int(s.sentiment) + 1, int(classifySentiment(s.text, lang)) + 1);
        spam.add(s.spam, classifySpam(s.text, textSignals(s.text), 1).spam);
    }
    CHECK(spam.count(1, 0) + spam.count(1, 1) >= 50);
    CHECK(language.accuracy() >= 0.9);
    CHECK(spam.precision(1) >= 0.9);
    CHECK(spam.recall(1) >= 0.8);
    CHECK(sentiment.accuracy() >= 0.7);
}

TEST_CASE("Labelled files are read with escapes and rejected when malformed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"set.tsv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("text\tlang\tsentiment\tspam\n"
            "two\\nlines\\tand a tab\ten\tneutral\t0\n"
            "buy now\ten\tneutral\t1\n");
    f.close();
    QString error;
    const auto samples = readLabelledSamples(path, &error);
    REQUIRE(samples.has_value());
    REQUIRE(samples->size() == 2);
    CHECK(samples->at(0).text == u"two\nlines\tand a tab"_s);
    CHECK(samples->at(0).line == 2);
    CHECK(samples->at(1).spam);

    REQUIRE(f.open(QIODevice::Append));
    f.write("bad line\txx\tneutral\t0\n");
    f.close();
    CHECK_FALSE(readLabelledSamples(path, &error).has_value());
    CHECK(error.contains(u":4:"_s));
}
