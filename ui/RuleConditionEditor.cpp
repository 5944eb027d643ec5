#include "RuleConditionEditor.h"

#include "DockSupport.h"
#include "rules/RuleJson.h"
#include "rules/RuleSummary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

enum Page {
    NoPage,
    WordsPage,
    TextPage,
    RegexPage,
    FlagPage,
    RangePage,
    HistoryPage,
    TimePage,
    CalendarPage
};

enum Role { KeyRole = Qt::UserRole + 1, ValueRole };

struct ConditionKind
{
    const char *key;
    const char *label;
    Page page;
    const char *hint = ""; // the words a list accepts
};

// Every condition the rules know (see RuleJson.h), as the editor offers them.
const QList<ConditionKind> &kinds()
{
    static const QList<ConditionKind> all{
        {"all", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "All of these"), NoPage},
        {"any", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Any of these"), NoPage},
        {"not", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Not"), NoPage},
        {"keywords", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Keywords"), WordsPage},
        {"text_contains", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Text contains"),
         TextPage},
        {"text_regex",
         QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Text matches a regular expression"),
         RegexPage},
        {"kind", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Kind"), WordsPage,
         "dm, comment, mention, review"},
        {"platform", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Platform"), WordsPage,
         "telegram, vk, …"},
        {"account", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Account"), WordsPage},
        {"status", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Status"), WordsPage,
         "new, open, waiting, closed, …"},
        {"event", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Event"), WordsPage,
         "new, edited, timer"},
        {"language", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Language"), WordsPage,
         "ru, en, pl, other"},
        {"sentiment", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Sentiment"), WordsPage,
         "positive, neutral, negative"},
        {"priority", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Priority"), WordsPage,
         "low, normal, high, urgent"},
        {"tags", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Tagged"), WordsPage},
        {"spam", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Spam"), FlagPage},
        {"has_link", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Has a link"), FlagPage},
        {"only_emoji", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Only emoji"), FlagPage},
        {"words", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Number of words"), RangePage},
        {"author", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Author"), WordsPage},
        {"followers", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Author's followers"),
         RangePage},
        {"author_history", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Author is new"),
         HistoryPage},
        {"post_id", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Under the post"), WordsPage},
        {"post_contains", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Post contains"),
         TextPage},
        {"time_of_day", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Time of day"), TimePage},
        {"business_hours", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "In business hours"),
         CalendarPage},
        {"out_of_hours", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Out of hours"),
         CalendarPage},
        {"age_minutes", QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Age in minutes"),
         RangePage},
        {"unanswered_minutes",
         QT_TRANSLATE_NOOP("fd::ui::RuleConditionEditor", "Unanswered for minutes"), RangePage},
    };
    return all;
}

const ConditionKind *kindOf(const QString &key)
{
    for (const ConditionKind &k : kinds()) {
        if (key == QLatin1StringView(k.key))
            return &k;
    }
    return nullptr;
}

bool isGroup(const QString &key)
{
    return key == u"all" || key == u"any" || key == u"not";
}

// What a new condition of the type starts with.
QJsonValue defaultValue(const QString &key)
{
    switch (kindOf(key)->page) {
    case FlagPage:
        return true;
    case RangePage:
        return QJsonObject{{key == u"words" ? u"max"_s : u"min"_s, key == u"words" ? 4 : 15}};
    case HistoryPage:
        return u"new"_s;
    case TimePage:
        return QJsonObject{{u"from"_s, u"22:00"_s}, {u"to"_s, u"08:00"_s}};
    case WordsPage:
        return QJsonArray();
    default:
        return QString();
    }
}

QStringList wordsOf(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList words;
    for (const QJsonValue &v : value.toArray())
        words.append(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    return words;
}

// A page of the value editors, laid out without margins of its own.
template <typename Layout>
Layout *addPage(QStackedWidget *pages)
{
    auto *page = new QWidget(pages);
    auto *layout = new Layout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(page);
    return layout;
}

QSpinBox *rangeBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 100'000'000);
    box->setSpecialValueText(RuleConditionEditor::tr("any"));
    box->setValue(-1);
    return box;
}

} // namespace

RuleConditionEditor::RuleConditionEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"rule.conditions"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Conditions"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    auto *addCondition = new QPushButton(tr("Add condition"), this);
    addCondition->setObjectName(u"rule.addCondition"_s);
    auto *conditionMenu = new QMenu(addCondition);
    auto *addGroup = new QPushButton(tr("Add group"), this);
    addGroup->setObjectName(u"rule.addGroup"_s);
    auto *groupMenu = new QMenu(addGroup);
    for (const ConditionKind &k : kinds()) {
        const QString key = QString::fromLatin1(k.key);
        QMenu *menu = isGroup(key) ? groupMenu : conditionMenu;
        menu->addAction(tr(k.label), this, [this, key] { addNode(key); });
    }
    addCondition->setMenu(conditionMenu);
    addGroup->setMenu(groupMenu);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"rule.removeCondition"_s);
    buttons->addWidget(addCondition);
    buttons->addWidget(addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"rule.conditionType"_s);
    form->addRow(tr("&Type:"), m_type);
    m_pages = new QStackedWidget(this);
    form->addRow(m_pages);
    layout->addLayout(form);
    buildValueEditors();

    connect(m_remove, &QPushButton::clicked, this, &RuleConditionEditor::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RuleConditionEditor::showSelected);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            &RuleConditionEditor::selectedTypeChosen);
    setCondition(QJsonObject{{u"all"_s, QJsonArray()}});
}

void RuleConditionEditor::buildValueEditors()
{
    m_pages->addWidget(new QWidget(m_pages)); // groups: nothing to edit

    auto *wordsLayout = addPage<QVBoxLayout>(m_pages);
    QWidget *words = wordsLayout->parentWidget();
    m_words = new QLineEdit(words);
    m_words->setObjectName(u"rule.conditionWords"_s);
    m_words->setAccessibleName(tr("Words, separated by commas"));
    m_words->setPlaceholderText(tr("Words or phrases, separated by commas"));
    m_wordsHint = new QLabel(words);
    m_wordsHint->setTextFormat(Qt::PlainText);
    wordsLayout->addWidget(m_words);
    wordsLayout->addWidget(m_wordsHint);

    m_text = new QLineEdit(m_pages);
    m_text->setObjectName(u"rule.conditionText"_s);
    m_text->setAccessibleName(tr("Text"));
    m_pages->addWidget(m_text);

    auto *regexLayout = addPage<QVBoxLayout>(m_pages);
    QWidget *regex = regexLayout->parentWidget();
    m_regex = new QLineEdit(regex);
    m_regex->setObjectName(u"rule.conditionRegex"_s);
    m_regex->setAccessibleName(tr("Regular expression"));
    m_regexProblem = makeMessageLabel(u"rule.regexProblem"_s, regex);
    regexLayout->addWidget(m_regex);
    regexLayout->addWidget(m_regexProblem);

    m_flag = new QComboBox(m_pages);
    m_flag->setObjectName(u"rule.conditionFlag"_s);
    m_flag->addItems({tr("Yes"), tr("No")});
    m_pages->addWidget(m_flag);

    auto *rangeLayout = addPage<QHBoxLayout>(m_pages);
    QWidget *range = rangeLayout->parentWidget();
    m_min = rangeBox(range);
    m_min->setObjectName(u"rule.conditionMin"_s);
    m_max = rangeBox(range);
    m_max->setObjectName(u"rule.conditionMax"_s);
    rangeLayout->addWidget(new QLabel(tr("at least"), range));
    rangeLayout->addWidget(m_min);
    rangeLayout->addWidget(new QLabel(tr("at most"), range));
    rangeLayout->addWidget(m_max);

    m_history = new QComboBox(m_pages);
    m_history->addItem(tr("Writes to this account for the first time"), u"new"_s);
    m_history->addItem(tr("Has written before"), u"returning"_s);
    m_pages->addWidget(m_history);

    auto *timeLayout = addPage<QHBoxLayout>(m_pages);
    QWidget *time = timeLayout->parentWidget();
    m_from = new QTimeEdit(time);
    m_from->setDisplayFormat(u"HH:mm"_s);
    m_to = new QTimeEdit(time);
    m_to->setDisplayFormat(u"HH:mm"_s);
    m_zone = new QComboBox(time);
    m_zone->setEditable(true);
    m_zone->addItem(tr("This station's time zone"), QString());
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_zone->addItem(QString::fromUtf8(zone), QString::fromUtf8(zone));
    timeLayout->addWidget(new QLabel(tr("from"), time));
    timeLayout->addWidget(m_from);
    timeLayout->addWidget(new QLabel(tr("to"), time));
    timeLayout->addWidget(m_to);
    timeLayout->addWidget(m_zone, 1);

    m_calendar = new QLineEdit(m_pages);
    m_calendar->setObjectName(u"rule.conditionCalendar"_s);
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setPlaceholderText(tr("The business-hours calendar's name"));
    m_pages->addWidget(m_calendar);

    for (QLineEdit *field : {m_words, m_text, m_regex, m_calendar})
        connect(field, &QLineEdit::textChanged, this, &RuleConditionEditor::valueEdited);
    for (QComboBox *box : {m_flag, m_history})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleConditionEditor::valueEdited);
    connect(m_zone, &QComboBox::currentTextChanged, this, &RuleConditionEditor::valueEdited);
    for (QSpinBox *box : {m_min, m_max})
        connect(box, &QSpinBox::valueChanged, this, &RuleConditionEditor::valueEdited);
    for (QTimeEdit *edit : {m_from, m_to})
        connect(edit, &QTimeEdit::timeChanged, this, &RuleConditionEditor::valueEdited);
}

QTreeWidgetItem *RuleConditionEditor::selected() const
{
    return m_tree->currentItem();
}

QJsonValue RuleConditionEditor::jsonOf(const QTreeWidgetItem *item) const
{
    const QString key = item->data(0, KeyRole).toString();
    if (key == u"not")
        return QJsonObject{
            {key, item->childCount() == 1 ? jsonOf(item->child(0)) : QJsonValue(QJsonArray())}};
    if (isGroup(key)) {
        QJsonArray children;
        for (int i = 0; i < item->childCount(); ++i)
            children.append(jsonOf(item->child(i)));
        return QJsonObject{{key, children}};
    }
    return QJsonObject{{key, QJsonValue::fromVariant(item->data(0, ValueRole))}};
}

QJsonValue RuleConditionEditor::condition() const
{
    const QTreeWidgetItem *root = m_tree->topLevelItem(0);
    // "All of" one condition is that condition.
    if (root->data(0, KeyRole).toString() == u"all" && root->childCount() == 1)
        return jsonOf(root->child(0));
    return jsonOf(root);
}

void RuleConditionEditor::describe(QTreeWidgetItem *item) const
{
    const QString key = item->data(0, KeyRole).toString();
    const ConditionKind *kind = kindOf(key);
    QString text = kind ? tr(kind->label) : key;
    if (!isGroup(key)) {
        QString error;
        const auto c = core::ruleJson::parseCondition(jsonOf(item), &error);
        text = c ? core::describeCondition(*c) : tr("%1 (incomplete)").arg(text);
        item->setToolTip(0, c ? QString() : error);
    }
    item->setText(0, text);
}

QTreeWidgetItem *RuleConditionEditor::fill(QTreeWidgetItem *item, const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const QString key = o.isEmpty() ? u"all"_s : o.begin().key();
    const QJsonValue value = o.value(key);
    item->setData(0, KeyRole, key);
    if (key == u"not") {
        fill(new QTreeWidgetItem(item), value);
    } else if (isGroup(key)) {
        for (const QJsonValue &child : value.toArray())
            fill(new QTreeWidgetItem(item), child);
    } else {
        item->setData(0, ValueRole, value.toVariant());
    }
    describe(item);
    return item;
}

void RuleConditionEditor::setCondition(const QJsonValue &condition)
{
    m_loading = true;
    m_tree->clear();
    QJsonValue root = condition;
    const QJsonObject o = condition.toObject();
    // The root is always a group, so conditions can be added beside a lone one.
    if (o.isEmpty())
        root = QJsonObject{{u"all"_s, QJsonArray()}};
    else if (!isGroup(o.begin().key()) || o.begin().key() == u"not")
        root = QJsonObject{{u"all"_s, QJsonArray{condition}}};
    QTreeWidgetItem *top = fill(new QTreeWidgetItem(m_tree), root);
    m_tree->expandAll();
    m_tree->setCurrentItem(top);
    m_loading = false;
    showSelected();
}

void RuleConditionEditor::selectPath(const QList<int> &path)
{
    QTreeWidgetItem *item = m_tree->topLevelItem(0);
    for (int i : path) {
        if (!item || i >= item->childCount())
            return;
        item = item->child(i);
    }
    m_tree->setCurrentItem(item);
}

void RuleConditionEditor::addNode(const QString &key)
{
    if (!kindOf(key))
        return;
    QTreeWidgetItem *parent = selected() ? selected() : m_tree->topLevelItem(0);
    if (!isGroup(parent->data(0, KeyRole).toString()))
        parent = parent->parent();
    QJsonValue json = isGroup(key) ? QJsonValue(QJsonObject{{key, QJsonArray()}})
                                   : QJsonValue(QJsonObject{{key, defaultValue(key)}});
    if (key == u"not")
        json = QJsonObject{{u"not"_s, QJsonObject{{u"keywords"_s, QJsonArray()}}}};
    QTreeWidgetItem *item = fill(new QTreeWidgetItem(parent), json);
    m_tree->expandAll();
    m_tree->setCurrentItem(key == u"not" ? item->child(0) : item);
    Q_EMIT changed();
}

void RuleConditionEditor::removeSelected()
{
    QTreeWidgetItem *item = selected();
    if (!item || !item->parent())
        return; // the root stays
    delete item;
    showSelected();
    Q_EMIT changed();
}

void RuleConditionEditor::showSelected()
{
    if (m_loading)
        return;
    const QTreeWidgetItem *item = selected();
    m_remove->setEnabled(item && item->parent());
    if (!item)
        return;
    const QString key = item->data(0, KeyRole).toString();
    m_loading = true;
    m_type->clear();
    for (const ConditionKind &k : kinds()) {
        if (isGroup(QString::fromLatin1(k.key)) == isGroup(key))
            m_type->addItem(tr(k.label), QString::fromLatin1(k.key));
    }
    m_type->setCurrentIndex(m_type->findData(key));
    m_loading = false;
    loadValue(key, QJsonValue::fromVariant(item->data(0, ValueRole)));
}

void RuleConditionEditor::loadValue(const QString &key, const QJsonValue &value)
{
    const ConditionKind *kind = kindOf(key);
    m_loading = true;
    m_pages->setCurrentIndex(kind ? kind->page : NoPage);
    switch (kind ? kind->page : NoPage) {
    case WordsPage:
        m_words->setText(wordsOf(value).join(u", "_s));
        m_wordsHint->setText(
            *kind->hint ? tr("One or more of: %1").arg(QString::fromUtf8(kind->hint)) : QString());
        break;
    case TextPage:
        m_text->setText(value.toString());
        break;
    case RegexPage:
        m_regex->setText(value.toString());
        break;
    case FlagPage:
        m_flag->setCurrentIndex(value.toBool(true) ? 0 : 1);
        break;
    case RangePage: {
        const QJsonObject r = value.toObject();
        m_min->setValue(r.contains(u"min"_s) ? r.value(u"min"_s).toInt() : -1);
        m_max->setValue(r.contains(u"max"_s) ? r.value(u"max"_s).toInt() : -1);
        break;
    }
    case HistoryPage:
        m_history->setCurrentIndex(qMax(0, m_history->findData(value.toString())));
        break;
    case TimePage: {
        const QJsonObject t = value.toObject();
        m_from->setTime(QTime::fromString(t.value(u"from"_s).toString(), u"HH:mm"_s));
        m_to->setTime(QTime::fromString(t.value(u"to"_s).toString(), u"HH:mm"_s));
        const QString zone = t.value(u"zone"_s).toString();
        const int at = m_zone->findData(zone);
        if (at >= 0)
            m_zone->setCurrentIndex(at);
        else
            m_zone->setEditText(zone);
        break;
    }
    case CalendarPage:
        m_calendar->setText(value.toString());
        break;
    case NoPage:
        break;
    }
    m_loading = false;
    setMessage(m_regexProblem, regexProblem());
}

QJsonValue RuleConditionEditor::editedValue(const QString &key) const
{
    const ConditionKind *kind = kindOf(key);
    switch (kind ? kind->page : NoPage) {
    case WordsPage: {
        QJsonArray words;
        const QStringList parts = m_words->text().split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                words.append(part.trimmed());
        }
        return words;
    }
    case TextPage:
        return m_text->text();
    case RegexPage:
        return m_regex->text();
    case FlagPage:
        return m_flag->currentIndex() == 0;
    case RangePage: {
        QJsonObject r;
        if (m_min->value() >= 0)
            r.insert(u"min"_s, m_min->value());
        if (m_max->value() >= 0)
            r.insert(u"max"_s, m_max->value());
        return r;
    }
    case HistoryPage:
        return m_history->currentData().toString();
    case TimePage: {
        QJsonObject t{{u"from"_s, m_from->time().toString(u"HH:mm"_s)},
                      {u"to"_s, m_to->time().toString(u"HH:mm"_s)}};
        const int at = m_zone->findText(m_zone->currentText());
        const QString zone = at >= 0 ? m_zone->itemData(at).toString() : m_zone->currentText();
        if (!zone.trimmed().isEmpty())
            t.insert(u"zone"_s, zone.trimmed());
        return t;
    }
    case CalendarPage:
        return m_calendar->text().trimmed();
    case NoPage:
        break;
    }
    return {};
}

QString RuleConditionEditor::regexProblem() const
{
    const QTreeWidgetItem *item = selected();
    if (!item || item->data(0, KeyRole).toString() != u"text_regex")
        return {};
    if (m_regex->text().isEmpty())
        return tr("Write a regular expression.");
    const QRegularExpression re(m_regex->text());
    return re.isValid() ? QString()
                        : tr("Not a valid regular expression (at character %1): %2")
                              .arg(re.patternErrorOffset() + 1)
                              .arg(re.errorString());
}

void RuleConditionEditor::valueEdited()
{
    QTreeWidgetItem *item = selected();
    if (m_loading || !item)
        return;
    const QString key = item->data(0, KeyRole).toString();
    if (isGroup(key))
        return;
    item->setData(0, ValueRole, editedValue(key).toVariant());
    describe(item);
    setMessage(m_regexProblem, regexProblem());
    Q_EMIT changed();
}

void RuleConditionEditor::selectedTypeChosen()
{
    QTreeWidgetItem *item = selected();
    if (m_loading || !item)
        return;
    const QString key = m_type->currentData().toString();
    const QString old = item->data(0, KeyRole).toString();
    if (key.isEmpty() || key == old)
        return;
    item->setData(0, KeyRole, key);
    if (!isGroup(key)) {
        // The value carries over where it fits (words to other words, calendars both ways).
        const bool samePage = kindOf(old) && kindOf(old)->page == kindOf(key)->page;
        item->setData(0, ValueRole,
                      samePage ? item->data(0, ValueRole) : defaultValue(key).toVariant());
    }
    describe(item);
    loadValue(key, QJsonValue::fromVariant(item->data(0, ValueRole)));
    Q_EMIT changed();
}

} // namespace fd::ui
