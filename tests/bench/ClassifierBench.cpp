// bench classify: the on-device classifiers (language, sentiment, spam) against the hand-labelled
// set in tests/data — precision, recall and F1 per class, accuracy on the whole set and on the
// held-out half (odd lines; the word lists are tuned on even lines only), confusion matrices —
// and throughput of all three together, as run at ingest.
#include "BenchSupport.h"
#include "IngestBenchRun.h"

#include "rules/ClassifierEvaluation.h"
#include "rules/SpamClassifier.h"
#include "rules/TextSignals.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace fd::core;

namespace fd::bench {
namespace {

struct Task
{
    QString name;
    QStringList classes;
    std::function<int(const LabelledSample &)> expected;
    std::function<int(const LabelledSample &)> predicted;
};

QString padded(const QString &s, int width)
{
    return s.leftJustified(width);
}

void printTask(const Task &task, const QList<LabelledSample> &samples, QTextStream &out)
{
    Confusion all(task.classes), heldOut(task.classes);
    for (const LabelledSample &s : samples) {
        const int e = task.expected(s), p = task.predicted(s);
        all.add(e, p);
        if (s.line % 2 == 1)
            heldOut.add(e, p);
    }
    out << u"\n%1: accuracy %2 on all %3, %4 on the held-out %5\n"_s.arg(task.name)
               .arg(fmt(all.accuracy(), 3))
               .arg(all.total())
               .arg(fmt(heldOut.accuracy(), 3))
               .arg(heldOut.total());
    out << u"  class       precision  recall  F1     | held-out: precision  recall  F1\n"_s;
    for (int c = 0; c < task.classes.size(); ++c) {
        out << u"  "_s << padded(task.classes.at(c), 12) << padded(fmt(all.precision(c), 3), 11)
            << padded(fmt(all.recall(c), 3), 8) << padded(fmt(all.f1(c), 3), 7) << u"|           "_s
            << padded(fmt(heldOut.precision(c), 3), 11) << padded(fmt(heldOut.recall(c), 3), 8)
            << fmt(heldOut.f1(c), 3) << u"\n"_s;
    }
    out << u"  confusion (rows: labelled, columns: predicted), all:\n  "_s << padded(QString(), 12);
    for (const QString &c : task.classes)
        out << padded(c, 10);
    out << u"\n"_s;
    for (int e = 0; e < task.classes.size(); ++e) {
        out << u"  "_s << padded(task.classes.at(e), 12);
        for (int p = 0; p < task.classes.size(); ++p)
            out << padded(QString::number(all.count(e, p)), 10);
        out << u"\n"_s;
    }
}

} // namespace

int classifyBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {u"data"_s, u"Labelled set (default: the source tree's tests/data)."_s, u"PATH"_s,
         QStringLiteral(FRONTDESK_BENCH_DATA "/classifier_labelled.tsv")},
        {u"runs"_s, u"Repeat the throughput run and report the median (default 5)."_s, u"R"_s,
         u"5"_s},
        {u"misses"_s, u"Also list the texts each classifier got wrong."_s},
    });
    if (!p.parse(args)) {
        err << p.errorText() << u"\n"_s;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const int runs = qMax(1, p.value(u"runs"_s).toInt());
    QString error;
    const auto samples = readLabelledSamples(p.value(u"data"_s), &error);
    if (!samples) {
        err << error << u"\n"_s;
        return 1;
    }
    out << u"bench classify: %1 labelled texts from %2; word lists tuned on even lines, odd "
           u"lines held out\n"_s.arg(samples->size())
               .arg(p.value(u"data"_s));

    const Task language{
        u"language"_s,
        {u"other"_s, u"ru"_s, u"en"_s, u"pl"_s},
        [](const LabelledSample &s) { return int(s.language); },
        [](const LabelledSample &s) { return int(detectLanguage(s.text)); },
    };
    // Sentiment is read with the detected language, as at ingest.
    const Task sentiment{
        u"sentiment"_s,
        {u"negative"_s, u"neutral"_s, u"positive"_s},
        [](const LabelledSample &s) { return int(s.sentiment) + 1; },
        [](const LabelledSample &s) {
            return int(classifySentiment(s.text, detectLanguage(s.text))) + 1;
        },
    };
    // Each labelled text is seen once: repeats play no part here (see the rules tests).
    const Task spam{
        u"spam"_s,
        {u"not spam"_s, u"spam"_s},
        [](const LabelledSample &s) { return s.spam ? 1 : 0; },
        [](const LabelledSample &s) { return classifySpam(s.text, textSignals(s.text), 1).spam; },
    };
    for (const Task *task : {&language, &sentiment, &spam}) {
        printTask(*task, *samples, out);
        if (!p.isSet(u"misses"_s))
            continue;
        for (const LabelledSample &s : *samples) {
            const int e = task->expected(s), got = task->predicted(s);
            if (e != got)
                out << u"    line %1: %2 as %3: %4\n"_s.arg(s.line).arg(
                    task->classes.at(e), task->classes.at(got), s.text);
        }
    }

    // Throughput: signals, language, sentiment and spam for each text, as at ingest.
    QList<double> rates;
    int sink = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 done = 0;
        while (timer.nsecsElapsed() < 300'000'000) {
            for (const LabelledSample &s : *samples) {
                const TextSignals sig = textSignals(s.text);
                const Language lang = detectLanguage(s.text);
                sink += int(classifySentiment(s.text, lang)) + classifySpam(s.text, sig, 1).spam;
            }
            done += samples->size();
        }
        rates << double(done) / (double(timer.nsecsElapsed()) / 1e9);
    }
    out << u"\nthroughput: %1 texts/s for signals + language + sentiment + spam together "
           u"(median of %2 runs; min %3, max %4)\n"_s.arg(fmt(median(rates), 0))
               .arg(runs)
               .arg(fmt(*std::min_element(rates.begin(), rates.end()), 0))
               .arg(fmt(*std::max_element(rates.begin(), rates.end()), 0));
    return sink < 0 ? 1 : 0;
}

} // namespace fd::bench
