#include "RuleActionsEditor.h"

#include "rules/DryRun.h"
#include "rules/RuleJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

enum Page { NoPage, TextPage, AssignPage, PriorityPage, ReplyPage };

constexpr int ValueRole = Qt::UserRole + 1;

struct ActionKind
{
    const char *key;
    const char *label;
    Page page;
};

const QList<ActionKind> &kinds()
{
    static const QList<ActionKind> all{
        {"tag", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Tag"), TextPage},
        {"untag", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Remove a tag"), TextPage},
        {"close", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Close"), NoPage},
        {"hide", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Hide on the platform"), NoPage},
        {"delete", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Delete on the platform"),
         NoPage},
        {"assign", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Assign"), AssignPage},
        {"priority", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Set the priority"),
         PriorityPage},
        {"reply", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Reply with a template"),
         ReplyPage},
        {"notify", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Alert the desk"), TextPage},
        {"stop", QT_TRANSLATE_NOOP("fd::ui::RuleActionsEditor", "Stop: no further rules"), NoPage},
    };
    return all;
}

const ActionKind *kindOf(const QString &key)
{
    for (const ActionKind &k : kinds()) {
        if (key == QLatin1StringView(k.key))
            return &k;
    }
    return nullptr;
}

QJsonValue defaultValue(const QString &key)
{
    switch (kindOf(key)->page) {
    case NoPage:
        return true;
    case PriorityPage:
        return u"high"_s;
    default:
        return QString();
    }
}

QString keyOf(const QJsonObject &action)
{
    return action.isEmpty() ? QString() : action.begin().key();
}

} // namespace

RuleActionsEditor::RuleActionsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"rule.actions"_s);
    m_list->setAccessibleName(tr("Actions, in order"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add action"), this);
    add->setObjectName(u"rule.addAction"_s);
    auto *menu = new QMenu(add);
    for (const ActionKind &k : kinds()) {
        const QString key = QString::fromLatin1(k.key);
        menu->addAction(tr(k.label), this, [this, key] { addAction(key); });
    }
    add->setMenu(menu);
    m_remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Up"), this);
    up->setAccessibleName(tr("Move the action up"));
    auto *down = new QPushButton(tr("Down"), this);
    down->setAccessibleName(tr("Move the action down"));
    for (QPushButton *b : {add, m_remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"rule.actionType"_s);
    for (const ActionKind &k : kinds())
        m_type->addItem(tr(k.label), QString::fromLatin1(k.key));
    form->addRow(tr("&Action:"), m_type);
    m_pages = new QStackedWidget(this);
    form->addRow(m_pages);
    layout->addLayout(form);

    m_pages->addWidget(new QWidget(m_pages));
    m_text = new QLineEdit(m_pages);
    m_text->setObjectName(u"rule.actionText"_s);
    m_text->setAccessibleName(tr("Tag or alert text"));
    m_pages->addWidget(m_text);

    auto *assign = new QWidget(m_pages);
    auto *assignForm = new QFormLayout(assign);
    assignForm->setContentsMargins(0, 0, 0, 0);
    m_toLogin = new QRadioButton(tr("To"), assign);
    m_toLogin->setChecked(true);
    m_login = new QLineEdit(assign);
    m_login->setPlaceholderText(tr("login"));
    assignForm->addRow(m_toLogin, m_login);
    m_roundRobin = new QRadioButton(tr("In turn among"), assign);
    m_operators = new QLineEdit(assign);
    m_operators->setPlaceholderText(tr("logins, separated by commas (empty: everyone on shift)"));
    assignForm->addRow(m_roundRobin, m_operators);
    m_cap = new QSpinBox(assign);
    m_cap->setRange(0, 10000);
    m_cap->setSpecialValueText(tr("no limit"));
    assignForm->addRow(tr("Skip anyone with this many open items:"), m_cap);
    m_pages->addWidget(assign);

    m_priority = new QComboBox(m_pages);
    m_priority->addItem(tr("Low"), u"low"_s);
    m_priority->addItem(tr("Normal"), u"normal"_s);
    m_priority->addItem(tr("High"), u"high"_s);
    m_priority->addItem(tr("Urgent"), u"urgent"_s);
    m_pages->addWidget(m_priority);

    auto *reply = new QWidget(m_pages);
    auto *replyForm = new QFormLayout(reply);
    replyForm->setContentsMargins(0, 0, 0, 0);
    m_template = new QComboBox(reply);
    m_template->setObjectName(u"rule.replyTemplate"_s);
    m_template->setEditable(true);
    replyForm->addRow(tr("Template:"), m_template);
    m_firstContact = new QCheckBox(tr("Only to a customer's first message"), reply);
    replyForm->addRow(m_firstContact);
    m_outOfHours = new QLineEdit(reply);
    m_outOfHours->setPlaceholderText(tr("a calendar: reply only outside its hours"));
    replyForm->addRow(tr("Out of hours of:"), m_outOfHours);
    m_pages->addWidget(reply);

    connect(m_remove, &QPushButton::clicked, this, &RuleActionsEditor::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RuleActionsEditor::showSelected);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RuleActionsEditor::selectedTypeChosen);
    for (QLineEdit *field : {m_text, m_login, m_operators, m_outOfHours})
        connect(field, &QLineEdit::textChanged, this, &RuleActionsEditor::valueEdited);
    for (QRadioButton *b : {m_toLogin, m_roundRobin})
        connect(b, &QRadioButton::toggled, this, &RuleActionsEditor::valueEdited);
    connect(m_cap, &QSpinBox::valueChanged, this, &RuleActionsEditor::valueEdited);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &RuleActionsEditor::valueEdited);
    connect(m_template, &QComboBox::currentTextChanged, this, &RuleActionsEditor::valueEdited);
    connect(m_firstContact, &QCheckBox::toggled, this, &RuleActionsEditor::valueEdited);
    showSelected();
}

QJsonArray RuleActionsEditor::actions() const
{
    QJsonArray out;
    for (int row = 0; row < m_list->count(); ++row)
        out.append(QJsonValue::fromVariant(m_list->item(row)->data(ValueRole)));
    return out;
}

void RuleActionsEditor::setActions(const QJsonArray &actions)
{
    m_loading = true;
    m_list->clear();
    for (const QJsonValue &a : actions) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(ValueRole, a.toObject().toVariantMap());
        describe(m_list->count() - 1);
    }
    m_loading = false;
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    showSelected();
}

void RuleActionsEditor::setTemplates(const QStringList &titles)
{
    const QString current = m_template->currentText();
    m_loading = true;
    m_template->clear();
    m_template->addItems(titles);
    m_template->setEditText(current);
    m_loading = false;
}

void RuleActionsEditor::describe(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    const QJsonObject json = QJsonObject::fromVariantMap(item->data(ValueRole).toMap());
    QString error;
    const auto action = core::ruleJson::parseAction(json, &error);
    const ActionKind *kind = kindOf(keyOf(json));
    item->setText(action ? core::describeAction(*action)
                         : tr("%1 (incomplete)").arg(kind ? tr(kind->label) : keyOf(json)));
    item->setToolTip(action ? QString() : error);
}

void RuleActionsEditor::addAction(const QString &key)
{
    if (!kindOf(key))
        return;
    const int row = m_list->currentRow() + 1;
    auto *item = new QListWidgetItem;
    item->setData(ValueRole, QJsonObject{{key, defaultValue(key)}}.toVariantMap());
    m_list->insertItem(row, item);
    describe(row);
    m_list->setCurrentRow(row);
    Q_EMIT changed();
}

void RuleActionsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    showSelected();
    Q_EMIT changed();
}

void RuleActionsEditor::moveSelected(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_loading = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_loading = false;
    Q_EMIT changed();
}

void RuleActionsEditor::showSelected()
{
    if (m_loading)
        return;
    const QListWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(item);
    m_type->setEnabled(item);
    if (!item) {
        m_pages->setCurrentIndex(NoPage);
        return;
    }
    const QJsonObject json = QJsonObject::fromVariantMap(item->data(ValueRole).toMap());
    const QString key = keyOf(json);
    m_loading = true;
    m_type->setCurrentIndex(m_type->findData(key));
    m_loading = false;
    loadValue(key, json.value(key));
}

void RuleActionsEditor::loadValue(const QString &key, const QJsonValue &value)
{
    const ActionKind *kind = kindOf(key);
    m_loading = true;
    m_pages->setCurrentIndex(kind ? kind->page : NoPage);
    switch (kind ? kind->page : NoPage) {
    case TextPage:
        m_text->setText(value.toString());
        break;
    case AssignPage: {
        const QJsonObject r = value.toObject();
        const bool roundRobin = value.isObject();
        (roundRobin ? m_roundRobin : m_toLogin)->setChecked(true);
        m_login->setText(roundRobin ? QString() : value.toString());
        const QJsonValue who = r.value(u"round_robin"_s);
        QStringList logins;
        for (const QJsonValue &login : who.toArray())
            logins.append(login.toString());
        m_operators->setText(logins.join(u", "_s));
        m_cap->setValue(r.value(u"cap"_s).toInt());
        break;
    }
    case PriorityPage:
        m_priority->setCurrentIndex(qMax(0, m_priority->findData(value.toString())));
        break;
    case ReplyPage: {
        const QJsonObject r = value.toObject();
        m_template->setEditText(value.isObject() ? r.value(u"template"_s).toString()
                                                 : value.toString());
        m_firstContact->setChecked(r.value(u"first_contact_only"_s).toBool());
        m_outOfHours->setText(r.value(u"out_of_hours"_s).toString());
        break;
    }
    case NoPage:
        break;
    }
    m_loading = false;
}

QJsonValue RuleActionsEditor::editedValue(const QString &key) const
{
    const ActionKind *kind = kindOf(key);
    switch (kind ? kind->page : NoPage) {
    case TextPage:
        return m_text->text();
    case AssignPage: {
        if (m_toLogin->isChecked())
            return m_login->text().trimmed();
        QJsonArray logins;
        const QStringList parts = m_operators->text().split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                logins.append(part.trimmed());
        }
        QJsonObject r{
            {u"round_robin"_s, logins.isEmpty() ? QJsonValue(u"on_shift"_s) : QJsonValue(logins)}};
        if (m_cap->value() > 0)
            r.insert(u"cap"_s, m_cap->value());
        return r;
    }
    case PriorityPage:
        return m_priority->currentData().toString();
    case ReplyPage: {
        const QString title = m_template->currentText().trimmed();
        if (!m_firstContact->isChecked() && m_outOfHours->text().trimmed().isEmpty())
            return title;
        QJsonObject r{{u"template"_s, title}};
        if (m_firstContact->isChecked())
            r.insert(u"first_contact_only"_s, true);
        if (!m_outOfHours->text().trimmed().isEmpty())
            r.insert(u"out_of_hours"_s, m_outOfHours->text().trimmed());
        return r;
    }
    case NoPage:
        break;
    }
    return true;
}

void RuleActionsEditor::valueEdited()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_loading || !item)
        return;
    const QString key = m_type->currentData().toString();
    item->setData(ValueRole, QJsonObject{{key, editedValue(key)}}.toVariantMap());
    describe(m_list->row(item));
    Q_EMIT changed();
}

void RuleActionsEditor::selectedTypeChosen()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_loading || !item)
        return;
    const QString key = m_type->currentData().toString();
    item->setData(ValueRole, QJsonObject{{key, defaultValue(key)}}.toVariantMap());
    describe(m_list->row(item));
    loadValue(key, defaultValue(key));
    Q_EMIT changed();
}

} // namespace fd::ui
