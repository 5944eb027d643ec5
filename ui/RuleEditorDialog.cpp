#include "RuleEditorDialog.h"

#include "DockSupport.h"
#include "RuleActionsEditor.h"
#include "RuleConditionEditor.h"
#include "rules/RuleJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

RuleEditorDialog::RuleEditorDialog(const core::Rule &original, const QStringList &templates,
                                   QWidget *parent)
    : QDialog(parent)
    , m_original(original)
{
    setObjectName(u"rule.editor"_s);
    setWindowTitle(original.id == 0 ? tr("New rule") : tr("Edit rule"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"rule.name"_s);
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_trigger = new QComboBox(this);
    m_trigger->setObjectName(u"rule.trigger"_s);
    m_trigger->addItem(tr("As items arrive"), u"ingest"_s);
    m_trigger->addItem(tr("Every minute, on open items"), u"timer"_s);
    m_trigger->addItem(tr("Both"), u"both"_s);
    form->addRow(tr("&Runs:"), m_trigger);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(u"rule.enabled"_s);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    split->setChildrenCollapsible(false);
    auto *whenBox = new QWidget(split);
    auto *whenLayout = new QVBoxLayout(whenBox);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(new QLabel(tr("When:"), whenBox));
    m_conditions = new RuleConditionEditor(whenBox);
    whenLayout->addWidget(m_conditions);
    auto *thenBox = new QWidget(split);
    auto *thenLayout = new QVBoxLayout(thenBox);
    thenLayout->setContentsMargins(0, 0, 0, 0);
    thenLayout->addWidget(new QLabel(tr("Then:"), thenBox));
    m_actions = new RuleActionsEditor(thenBox);
    m_actions->setTemplates(templates);
    thenLayout->addWidget(m_actions);
    split->addWidget(whenBox);
    split->addWidget(thenBox);
    m_tabs->addTab(split, tr("&Rule"));

    auto *jsonPage = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(u"rule.json"_s);
    m_json->setAccessibleName(tr("The rule as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonLayout->addWidget(m_json, 1);
    m_jsonProblem = makeMessageLabel(u"rule.jsonProblem"_s, jsonPage);
    jsonLayout->addWidget(m_jsonProblem);
    m_tabs->addTab(jsonPage, tr("&JSON"));
    layout->addWidget(m_tabs, 1);

    m_problemLabel = makeMessageLabel(u"rule.problem"_s, this);
    layout->addWidget(m_problemLabel);
    m_error = makeMessageLabel(u"rule.error"_s, this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_dryRun = m_buttons->addButton(tr("&Dry run…"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(u"rule.editorDryRun"_s);
    m_dryRun->setToolTip(tr("See what this rule would have done to the stored items"));
    layout->addWidget(m_buttons);
    resize(720, 640);

    QJsonObject json = core::ruleJson::toJson(original);
    json.remove(u"id"_s);
    if (original.actions.isEmpty())
        json.insert(u"then"_s, QJsonArray{QJsonObject{{u"close"_s, true}}});
    loadForm(json);
    formEdited();

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleEditorDialog::accept);
    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        if (const auto rule = edited())
            Q_EMIT dryRunRequested(*rule);
    });
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditorDialog::formEdited);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::formEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleEditorDialog::formEdited);
    connect(m_conditions, &RuleConditionEditor::changed, this, &RuleEditorDialog::formEdited);
    connect(m_actions, &RuleActionsEditor::changed, this, &RuleEditorDialog::formEdited);
    connect(m_json, &QPlainTextEdit::textChanged, this, &RuleEditorDialog::jsonEdited);
}

QJsonObject RuleEditorDialog::json() const
{
    QJsonObject json{{u"name"_s, m_name->text().trimmed()},
                     {u"enabled"_s, m_enabled->isChecked()},
                     {u"trigger"_s, m_trigger->currentData().toString()},
                     {u"then"_s, m_actions->actions()}};
    const QJsonValue when = m_conditions->condition();
    const QJsonObject o = when.toObject();
    // An empty "all" matches every item: the JSON says so by leaving "when" out.
    if (!(o.size() == 1 && o.value(u"all"_s).isArray() && o.value(u"all"_s).toArray().isEmpty()))
        json.insert(u"when"_s, when);
    return json;
}

void RuleEditorDialog::loadForm(const QJsonObject &json)
{
    m_syncing = true;
    m_name->setText(json.value(u"name"_s).toString());
    m_enabled->setChecked(json.value(u"enabled"_s).toBool());
    m_trigger->setCurrentIndex(
        qMax(0, m_trigger->findData(json.value(u"trigger"_s).toString(u"ingest"_s))));
    m_conditions->setCondition(json.value(u"when"_s));
    m_actions->setActions(json.value(u"then"_s).toArray());
    m_syncing = false;
}

void RuleEditorDialog::formEdited()
{
    if (m_syncing)
        return;
    const QJsonObject j = json();
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    setMessage(m_jsonProblem, QString());
    validate(j);
}

void RuleEditorDialog::jsonEdited()
{
    if (m_syncing)
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_problem =
            pe.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(pe.offset).arg(pe.errorString())
                : tr("A rule is a JSON object.");
        setMessage(m_jsonProblem, m_problem);
        setMessage(m_problemLabel, m_problem);
        saveButton()->setEnabled(false);
        m_dryRun->setEnabled(false);
        return;
    }
    QJsonObject json = doc.object();
    QString error;
    if (core::ruleJson::parse(json, &error))
        loadForm(json);
    setMessage(m_jsonProblem, error);
    validate(json);
}

void RuleEditorDialog::validate(const QJsonObject &json)
{
    QString error;
    if (!core::ruleJson::parse(json, &error))
        m_problem = error;
    else
        m_problem.clear();
    // The regular expression being typed says exactly where it breaks.
    const QString regex = m_conditions->regexProblem();
    setMessage(m_problemLabel, m_problem.isEmpty() ? QString()
                               : regex.isEmpty()   ? m_problem
                                                   : regex);
    if (!regex.isEmpty() && m_problem.isEmpty())
        m_problem = regex;
    saveButton()->setEnabled(m_problem.isEmpty() && !m_saving);
    m_dryRun->setEnabled(m_problem.isEmpty());
}

std::optional<core::Rule> RuleEditorDialog::edited() const
{
    if (!m_problem.isEmpty())
        return std::nullopt;
    QString error;
    auto rule = core::ruleJson::parse(json(), &error);
    if (!rule)
        return std::nullopt;
    rule->id = m_original.id;
    rule->position = m_original.position;
    return rule;
}

QPushButton *RuleEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RuleEditorDialog::accept()
{
    const auto rule = edited();
    if (!rule || m_saving)
        return;
    m_saving = true;
    saveButton()->setEnabled(false);
    setMessage(m_error, QString());
    Q_EMIT saveRequested(*rule);
}

void RuleEditorDialog::showError(const QString &message)
{
    m_saving = false;
    setMessage(m_error, message);
    saveButton()->setEnabled(m_problem.isEmpty());
}

QString RuleEditorDialog::errorText() const
{
    return shownMessage(m_error);
}

void RuleEditorDialog::finishSaved()
{
    m_saving = false;
    QDialog::accept();
}

} // namespace fd::ui
