// The Rules dock as a shift lead uses it: the rules in order, ticked on and off, dragged into a
// new order, written in the editor (tree or JSON), and tried on the stored items first.
#include "UiTestSupport.h"

#include "RuleActionsEditor.h"
#include "RuleConditionEditor.h"
#include "RuleDryRunDialog.h"
#include "RuleEditorDialog.h"
#include "RuleListModel.h"
#include "RulesDock.h"
#include "console/InboxActions.h"
#include "rules/RuleJson.h"
#include "rules/RuleStore.h"
#include "store/Connection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::DryRunItemsModel;
using fd::ui::RuleDryRunDialog;
using fd::ui::RuleEditorDialog;
using fd::ui::RuleListModel;
using fd::ui::RulesDock;

namespace {

Actor lead()
{
    return {0, u"olga"_s, u"Ольга"_s, u"desk-1"_s};
}

qint64 addRule(RuleStore &rules, const char *json)
{
    QString error;
    const auto rule = ruleJson::parse(QByteArray(json), &error);
    INFO(error.toStdString());
    REQUIRE(rule);
    const auto id = resultOf(rules.save(*rule));
    INFO(id.error().message.toStdString());
    REQUIRE(id.ok());
    return *id;
}

QStringList shownNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, RuleListModel::NameColumn).data().toString();
    return names;
}

QStringList storedNames(RuleStore &rules)
{
    QStringList names;
    const auto list = rules.list();
    for (const RuleRecord &r : list.value())
        names << r.rule.name;
    return names;
}

const char *const kThanks = R"({"name": "Thanks closes itself",
    "when": {"all": [{"kind": ["comment", "dm"]}, {"words": {"max": 4}},
                     {"keywords": ["thanks", "спасибо"]}]},
    "then": [{"tag": "thanks"}, {"close": true}, {"stop": true}]})";
const char *const kSpam = R"({"name": "Spam hides", "enabled": true,
    "when": {"spam": true}, "then": [{"hide": true}]})";
const char *const kLate = R"({"name": "Late answers", "trigger": "timer",
    "when": {"unanswered_minutes": {"min": 15}}, "then": [{"priority": "high"}]})";

struct DockFixture
{
    DockFixture()
    {
        addRule(rules, kThanks);
        addRule(rules, kSpam);
        addRule(rules, kLate);
        dock = std::make_unique<RulesDock>(store.store(), actions);
        showExposed(*dock);
    }
    TempStore store;
    InboxActions actions{store.store(), lead()};
    RuleStore rules{store.store(), lead()};
    std::unique_ptr<RulesDock> dock;
};

int journalRows(TempStore &store, const QString &action)
{
    auto q = Connection::exec(*store->reader(), u"SELECT count(*) FROM journal WHERE action = ?"_s,
                              {action});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("The rules dock lists the rules in the order they run with what they do", "[ui][rules]")
{
    DockFixture f;
    ModelTesterLog log;
    QAbstractItemModelTester tester(f.dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModel *model = f.dock->view()->model();
    CHECK(f.dock->objectName() == u"dock.rules"_s);
    CHECK(shownNames(model) ==
          QStringList{u"Thanks closes itself"_s, u"Spam hides"_s, u"Late answers"_s});
    const auto cell = [model](int row, int column) { return model->index(row, column); };
    CHECK(cell(0, RuleListModel::PositionColumn).data().toInt() == 1);
    CHECK(cell(2, RuleListModel::PositionColumn).data().toInt() == 3);
    CHECK(cell(0, RuleListModel::EnabledColumn).data(Qt::CheckStateRole) == Qt::Unchecked);
    CHECK(cell(1, RuleListModel::EnabledColumn).data(Qt::CheckStateRole) == Qt::Checked);
    CHECK(cell(0, RuleListModel::TriggerColumn).data().toString() == u"As items arrive"_s);
    CHECK(cell(2, RuleListModel::TriggerColumn).data().toString() == u"Every minute"_s);
    const QString summary = cell(0, RuleListModel::SummaryColumn).data().toString();
    CHECK(summary.contains(u"спасибо"_s));
    CHECK(summary.contains(u"→"_s));
    CHECK(cell(0, RuleListModel::FiringsColumn).data().toInt() == 0);
    CHECK(cell(0, RuleListModel::LastFiredColumn).data().toString() == u"never"_s);

    // What a rule did shows after a reload.
    const qint64 spam = f.rules.byName(u"Spam hides"_s)->rule.id;
    REQUIRE(resultOf(f.store->write([spam](const QSqlDatabase &db) {
                auto q = Connection::exec(
                    db, u"INSERT INTO rule_counts (rule_id, fired, last_at) VALUES (?, 1, ?)"_s,
                    {spam, (kStart + 3600) * 1000});
                return q.ok() ? StoreError{} : q.error();
            })).ok());
    f.dock->model()->setNow(QDateTime::fromSecsSinceEpoch(kStart + 3 * 3600, Qt::UTC));
    f.dock->reload();
    CHECK(cell(1, RuleListModel::FiringsColumn).data().toInt() == 1);
    CHECK(cell(1, RuleListModel::LastFiredColumn).data().toString() == u"2 h"_s);

    INFO(ModelTesterLog::failures().toStdString());
    CHECK(ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Ticking a rule on or off writes it through and journals it", "[ui][rules]")
{
    DockFixture f;
    QSignalSpy changed(f.dock.get(), &RulesDock::changed);
    Awaited changedNext(changed);
    QAbstractItemModel *model = f.dock->model();
    REQUIRE(model->flags(model->index(0, RuleListModel::EnabledColumn)) & Qt::ItemIsUserCheckable);
    REQUIRE(model->setData(model->index(0, RuleListModel::EnabledColumn), Qt::Checked,
                           Qt::CheckStateRole));
    REQUIRE(changedNext.next());
    CHECK(f.rules.byName(u"Thanks closes itself"_s)->rule.enabled);
    CHECK(journalRows(f.store, u"rule.enabled"_s) == 1);

    REQUIRE(model->setData(model->index(1, RuleListModel::EnabledColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    REQUIRE(changedNext.next());
    CHECK_FALSE(f.rules.byName(u"Spam hides"_s)->rule.enabled);
    CHECK(model->index(1, RuleListModel::EnabledColumn).data(Qt::CheckStateRole) == Qt::Unchecked);
    CHECK(journalRows(f.store, u"rule.disabled"_s) == 1);
}

TEST_CASE("Dragging a rule to another place reorders the rules and the order stays", "[ui][rules]")
{
    DockFixture f;
    ModelTesterLog log;
    QAbstractItemModelTester tester(f.dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy changed(f.dock.get(), &RulesDock::changed);
    Awaited changedNext(changed);
    RuleListModel *model = f.dock->model();

    // "Late answers" dragged onto the top of the list, as the view hands a drop to the model.
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, RuleListModel::NameColumn)}));
    REQUIRE(data);
    REQUIRE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    CHECK(shownNames(model) ==
          QStringList{u"Late answers"_s, u"Thanks closes itself"_s, u"Spam hides"_s});
    REQUIRE(changedNext.next());
    CHECK(storedNames(f.rules) ==
          QStringList{u"Late answers"_s, u"Thanks closes itself"_s, u"Spam hides"_s});
    CHECK(model->index(0, RuleListModel::PositionColumn).data().toInt() == 1);

    // Dropped below the last row: last.
    data.reset(model->mimeData({model->index(0, RuleListModel::NameColumn)}));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
    REQUIRE(changedNext.next());
    CHECK(storedNames(f.rules) ==
          QStringList{u"Thanks closes itself"_s, u"Spam hides"_s, u"Late answers"_s});

    // From the keyboard: Move up and Move down on the current rule.
    REQUIRE(f.dock->selectRule(f.rules.byName(u"Spam hides"_s)->rule.id));
    f.dock->moveUpAction()->trigger();
    REQUIRE(changedNext.next());
    CHECK(storedNames(f.rules) ==
          QStringList{u"Spam hides"_s, u"Thanks closes itself"_s, u"Late answers"_s});
    CHECK_FALSE(f.dock->moveUpAction()->isEnabled());
    f.dock->moveDownAction()->trigger();
    f.dock->moveDownAction()->trigger();
    REQUIRE(changedNext.next());
    REQUIRE(changedNext.next());
    CHECK(storedNames(f.rules) ==
          QStringList{u"Thanks closes itself"_s, u"Late answers"_s, u"Spam hides"_s});
    CHECK(shownNames(model) == storedNames(f.rules));
    CHECK(journalRows(f.store, u"rule.moved"_s) == 5);

    INFO(ModelTesterLog::failures().toStdString());
    CHECK(ModelTesterLog::failures().isEmpty());
}

TEST_CASE("A rule built in the editor's tree round-trips through its JSON and is saved",
          "[ui][rules]")
{
    DockFixture f;
    QSignalSpy changed(f.dock.get(), &RulesDock::changed);
    Awaited changedNext(changed);
    f.dock->newAction()->trigger();
    QPointer<RuleEditorDialog> editor = f.dock->editor();
    REQUIRE(editor);
    CHECK(editor->windowTitle() == u"New rule"_s);
    // No name yet.
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->problem().startsWith(u"name"_s));

    typeText(editor->nameField(), u"Благодарности"_s);
    fd::ui::RuleConditionEditor *when = editor->conditions();
    when->addNode(u"keywords"_s);
    typeText(when->wordsField(), u"спасибо, thanks"_s);
    when->selectPath({});
    when->addNode(u"any"_s);
    when->addNode(u"spam"_s); // into the "any" group just added
    when->selectPath({1});
    when->addNode(u"has_link"_s);
    fd::ui::RuleActionsEditor *then = editor->actions();
    then->list()->setCurrentRow(0); // "close", the new rule's first action
    then->addAction(u"tag"_s);
    typeText(then->textField(), u"thanks"_s);
    REQUIRE(editor->problem().isEmpty());
    CHECK(editor->saveButton()->isEnabled());

    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "name": "Благодарности", "enabled": false, "trigger": "ingest",
        "when": {"all": [{"keywords": ["спасибо", "thanks"]},
                         {"any": [{"spam": true}, {"has_link": true}]}]},
        "then": [{"close": true}, {"tag": "thanks"}]})")
                                     .object();
    CHECK(editor->json() == expected);
    // The JSON tab says the same.
    CHECK(QJsonDocument::fromJson(editor->jsonField()->toPlainText().toUtf8()).object() ==
          expected);
    // And it reads back into the same rule.
    const auto built = editor->edited();
    REQUIRE(built);
    QJsonObject again = ruleJson::toJson(*built);
    CHECK(again == expected);

    // An edit of the JSON shows in the form.
    QJsonObject changedJson = expected;
    changedJson.insert(u"trigger"_s, u"both"_s);
    changedJson.insert(u"when"_s, QJsonObject{{u"text_contains"_s, u"refund"_s}});
    editor->jsonField()->setPlainText(QString::fromUtf8(QJsonDocument(changedJson).toJson()));
    CHECK(editor->triggerField()->currentData().toString() == u"both"_s);
    REQUIRE(when->tree()->topLevelItem(0)->childCount() == 1);
    CHECK(when->tree()->topLevelItem(0)->child(0)->text(0).contains(u"refund"_s));
    CHECK(editor->json() == changedJson);

    // JSON that does not read says where, and Save waits.
    editor->jsonField()->setPlainText(u"{\"name\": \"x\", \"then\": [{\"tag\": 5}]}"_s);
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->problem().startsWith(u"then[0]"_s));
    editor->jsonField()->setPlainText(u"{\"name\": "_s);
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->problem().contains(u"JSON"_s));
    editor->jsonField()->setPlainText(QString::fromUtf8(QJsonDocument(changedJson).toJson()));
    REQUIRE(editor->saveButton()->isEnabled());

    editor->saveButton()->click();
    REQUIRE(changedNext.next());
    CHECK((!editor || !editor->isVisible()));
    const auto stored = f.rules.byName(u"Благодарности"_s);
    REQUIRE(stored.ok());
    QJsonObject storedJson = ruleJson::toJson(stored->rule);
    storedJson.remove(u"id"_s);
    CHECK(storedJson == changedJson);
    CHECK(storedNames(f.rules).constLast() == u"Благодарности"_s);
    CHECK(f.dock->currentRuleId() == stored->rule.id);

    // A name in use is refused in the dialog, with the rule kept.
    REQUIRE(f.dock->selectRule(stored->rule.id));
    f.dock->duplicateAction()->trigger();
    editor = f.dock->editor();
    REQUIRE(editor);
    CHECK(editor->nameField()->text() == u"Благодарности (copy)"_s);
    editor->nameField()->setText(u"spam HIDES"_s);
    QSignalSpy failed(f.dock.get(), &RulesDock::failed);
    editor->saveButton()->click();
    REQUIRE(Awaited(failed).next());
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->errorText().contains(u"already a rule called"_s));
    editor->reject();
}

TEST_CASE("An invalid regular expression disables Save and says what is wrong", "[ui][rules]")
{
    DockFixture f;
    f.dock->newAction()->trigger();
    QPointer<RuleEditorDialog> editor = f.dock->editor();
    REQUIRE(editor);
    editor->nameField()->setText(u"Order numbers"_s);
    editor->conditions()->addNode(u"text_regex"_s);
    typeText(editor->conditions()->regexField(), u"order (\\d+"_s);
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK_FALSE(editor->dryRunButton()->isEnabled());
    const QString problem = editor->conditions()->regexProblem();
    CHECK(problem.contains(u"regular expression"_s));
    auto *shown = editor->findChild<QLabel *>(u"rule.problem"_s);
    REQUIRE(shown);
    CHECK(shown->isVisible());
    CHECK(shown->text() == problem);

    typeText(editor->conditions()->regexField(), u")"_s);
    CHECK(editor->conditions()->regexProblem().isEmpty());
    CHECK(editor->saveButton()->isEnabled());
    CHECK_FALSE(shown->isVisible());
    CHECK(editor->json().value(u"when"_s).toObject().value(u"text_regex"_s).toString() ==
          u"order (\\d+)"_s);
    editor->reject();
}

TEST_CASE("Deleting a rule asks first", "[ui][rules]")
{
    DockFixture f;
    QSignalSpy changed(f.dock.get(), &RulesDock::changed);
    REQUIRE(f.dock->selectRule(f.rules.byName(u"Spam hides"_s)->rule.id));
    f.dock->deleteAction()->trigger();
    auto *ask = f.dock->findChild<QMessageBox *>(u"rules.confirmDelete"_s);
    REQUIRE(ask);
    CHECK(ask->text().contains(u"Spam hides"_s));
    ask->button(QMessageBox::Cancel)->click();
    CHECK(storedNames(f.rules).size() == 3);
    f.dock->deleteAction()->trigger();
    ask = f.dock->findChild<QMessageBox *>(u"rules.confirmDelete"_s);
    REQUIRE(ask);
    ask->button(QMessageBox::Yes)->click();
    REQUIRE(Awaited(changed).next());
    CHECK(storedNames(f.rules) == QStringList{u"Thanks closes itself"_s, u"Late answers"_s});
    CHECK(shownNames(f.dock->model()) == storedNames(f.rules));
}

TEST_CASE("A dry run shows what the rule would have done and can enable it", "[ui][rules]")
{
    DockFixture f;
    const qint64 account = f.store.addAccount(Platform::Telegram, u"Shop"_s);
    // Forty items; every tenth asks for a refund.
    fillInbox(f.store, account, 40);
    addRule(f.rules, R"({"name": "Refunds", "when": {"text_contains": "refund"},
                         "then": [{"tag": "refund"}, {"priority": "high"}]})");
    f.dock->reload();
    const qint64 refunds = f.rules.byName(u"Refunds"_s)->rule.id;
    REQUIRE(f.dock->selectRule(refunds));
    QSignalSpy changed(f.dock.get(), &RulesDock::changed);
    f.dock->dryRunAction()->trigger();
    QPointer<RuleDryRunDialog> run = f.dock->dryRunDialog();
    REQUIRE(run);
    QSignalSpy finished(run.data(), &RuleDryRunDialog::finished);
    REQUIRE(Awaited(finished).next());
    REQUIRE(run->report());
    CHECK(run->report()->matched == 4);
    CHECK(run->summaryLabel()->text().startsWith(run->report()->summary()));
    CHECK(run->summaryLabel()->text().contains(u"4"_s));

    ModelTesterLog log;
    QAbstractItemModelTester tester(run->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(run->model()->rowCount() == 4);
    CHECK(run->model()
              ->index(0, DryRunItemsModel::TextColumn)
              .data()
              .toString()
              .startsWith(u"Refund for order 0"_s));
    CHECK(run->model()
              ->index(0, DryRunItemsModel::ActionsColumn)
              .data()
              .toString()
              .contains(u"refund"_s));
    QSignalSpy opened(f.dock.get(), &RulesDock::itemActivated);
    Q_EMIT run->view()->activated(run->model()->index(1, DryRunItemsModel::TextColumn));
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() ==
          run->model()->index(1, 0).data(DryRunItemsModel::ItemIdRole).toLongLong());

    // Enabled right from the result.
    REQUIRE(run->enableButton()->isVisible());
    run->enableButton()->click();
    REQUIRE(Awaited(changed).next());
    CHECK(f.rules.byName(u"Refunds"_s)->rule.enabled);
    run->close();

    INFO(ModelTesterLog::failures().toStdString());
    CHECK(ModelTesterLog::failures().isEmpty());
}
