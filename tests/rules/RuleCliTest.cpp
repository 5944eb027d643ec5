// `frontdeskctl rule …` through the real binary: what an admin scripting the rules sees.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Cli
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"rules.db"_s);

    fd::test::ProgramRun operator()(QStringList args, const QByteArray &input = {}) const
    {
        args.prepend(db);
        args.prepend(u"--db"_s);
        return fd::test::runProgram(QStringLiteral(FRONTDESK_CTL), args, input);
    }

    QList<QJsonObject> listed() const
    {
        const auto run = (*this)({u"rule"_s, u"list"_s, u"--json"_s});
        REQUIRE(run.code == 0);
        QList<QJsonObject> rows;
        const auto lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            rows.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return rows;
    }

    QStringList names() const
    {
        QStringList out;
        for (const QJsonObject &o : listed())
            out << o.value(u"name"_s).toString();
        return out;
    }
};

const QByteArray kTwoRules = R"([
  {"name": "Thanks closes itself",
   "when": {"all": [{"kind": ["comment", "dm"]}, {"words": {"max": 4}},
                    {"keywords": ["thanks", "спасибо"]}]},
   "then": [{"tag": "thanks"}, {"close": true}, {"stop": true}]},
  {"name": "Spam hides", "when": {"spam": true}, "then": [{"hide": true}]}
])";

} // namespace

TEST_CASE("Rules added from a file are listed shown moved switched and removed from the CLI",
          "[rules][cli]")
{
    Cli ctl;
    QTemporaryDir files;
    const QString file = files.filePath(u"rules.json"_s);
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kTwoRules);
    }
    auto run = ctl({u"rule"_s, u"add"_s, u"--file"_s, file});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"Thanks closes itself"_s));

    // From standard input, enabled at once.
    run = ctl({u"rule"_s, u"add"_s, u"--enable"_s},
              R"({"name": "Late", "trigger": "timer", "when": {"unanswered_minutes": {"min": 15}},
                  "then": [{"priority": "high"}]})");
    REQUIRE(run.code == 0);

    auto rows = ctl.listed();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].value(u"name"_s).toString() == u"Thanks closes itself"_s);
    CHECK(rows[0].value(u"position"_s).toInt() == 1);
    CHECK_FALSE(rows[0].value(u"enabled"_s).toBool());
    CHECK(rows[0].value(u"trigger"_s).toString() == u"ingest"_s);
    CHECK(rows[0].value(u"firings"_s).toInt() == 0);
    CHECK(rows[0].value(u"last_fired"_s).isNull());
    CHECK(rows[0].value(u"summary"_s).toString().contains(u"спасибо"_s));
    CHECK(rows[2].value(u"enabled"_s).toBool());
    CHECK(rows[2].value(u"trigger"_s).toString() == u"timer"_s);

    // The table for people.
    run = ctl({u"rule"_s, u"list"_s});
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"Spam hides"_s));
    CHECK(run.out.contains(u"never"_s));

    // `show` prints JSON that `add` reads back.
    run = ctl({u"rule"_s, u"show"_s, u"spam hides"_s});
    REQUIRE(run.code == 0);
    QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(u"name"_s).toString() == u"Spam hides"_s);
    CHECK(shown.value(u"when"_s).toObject().value(u"spam"_s).toBool());
    shown.insert(u"name"_s, u"Spam hides too"_s);
    run = ctl({u"rule"_s, u"add"_s, u"-"_s}, QJsonDocument(shown).toJson());
    REQUIRE(run.code == 0);

    REQUIRE(ctl({u"rule"_s, u"move"_s, u"Late"_s, u"--to"_s, u"1"_s}).code == 0);
    REQUIRE(ctl({u"rule"_s, u"enable"_s, u"Spam hides"_s}).code == 0);
    REQUIRE(ctl({u"rule"_s, u"disable"_s, u"Late"_s}).code == 0);
    REQUIRE(ctl({u"rule"_s, u"remove"_s, u"Thanks closes itself"_s}).code == 0);
    rows = ctl.listed();
    REQUIRE(rows.size() == 3);
    CHECK(ctl.names() == QStringList{u"Late"_s, u"Spam hides"_s, u"Spam hides too"_s});
    CHECK_FALSE(rows[0].value(u"enabled"_s).toBool());
    CHECK(rows[1].value(u"enabled"_s).toBool());
    CHECK(rows[1].value(u"position"_s).toInt() == 2);
}

TEST_CASE("The rule CLI says where JSON is wrong and refuses names in use", "[rules][cli]")
{
    Cli ctl;
    auto run = ctl({u"rule"_s, u"add"_s},
                   R"({"name": "x", "when": {"all": [{"kind": "dm"}, {"moon": 1}]},
                       "then": [{"close": true}]})");
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"when.all[1]"_s));
    CHECK(run.err.contains(u"moon"_s));

    run = ctl({u"rule"_s, u"add"_s}, "{\"name\": ");
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"JSON"_s));

    // In an array, which rule is wrong.
    run = ctl({u"rule"_s, u"add"_s},
              R"([{"name": "a", "then": [{"close": true}]}, {"name": "b", "then": []}])");
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"[1]"_s));
    CHECK(run.err.contains(u"then"_s));
    CHECK(ctl.names().isEmpty());

    REQUIRE(ctl({u"rule"_s, u"add"_s}, R"({"name": "Close", "then": [{"close": true}]})").code ==
            0);
    run = ctl({u"rule"_s, u"add"_s}, R"({"name": "CLOSE", "then": [{"hide": true}]})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(u"already a rule called"_s));

    run = ctl({u"rule"_s, u"enable"_s, u"Nothing"_s});
    CHECK(run.code == 1);
    CHECK(run.err.contains(u"Nothing"_s));
    CHECK(ctl({u"rule"_s, u"move"_s, u"Close"_s, u"--to"_s, u"zero"_s}).code == 2);
    CHECK(ctl({u"rule"_s, u"frobnicate"_s}).code == 2);
}
