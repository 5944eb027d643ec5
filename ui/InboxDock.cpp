#include "InboxDock.h"

#include "DockSupport.h"
#include "FlowLayout.h"
#include "Format.h"
#include "ItemFeedModel.h"
#include "TagListModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

constexpr int kAll = -1;     // the "any" entry of a filter choice
constexpr int kSeveral = -2; // an entry setFilter() adds for values the list does not offer
constexpr int kValuesRole = Qt::UserRole + 1; // on that entry: the values it stands for
constexpr int kColorRole = Qt::UserRole + 2;  // on a tag's entry: its colour as stored

// The values a choice stands for; none for "all".
QVariantList chosenValues(const QComboBox *box)
{
    if (box->currentIndex() < 0)
        return {};
    const qint64 data = box->currentData().toLongLong();
    if (data == kSeveral)
        return box->currentData(kValuesRole).toList();
    if (data == kAll)
        return {};
    return {box->currentData()};
}

void dropSeveral(QComboBox *box, bool evenIfCurrent)
{
    for (int i = box->count() - 1; i > 0; --i) {
        if (box->itemData(i).toLongLong() == kSeveral &&
            (evenIfCurrent || i != box->currentIndex()))
            box->removeItem(i);
    }
}

// Chooses `values` in `box`: "all" for none, the entry of a single listed value, else an entry
// of their own, named by `nameOf`. The caller blocks the box's signals.
void choose(QComboBox *box, const QVariantList &values,
            const std::function<QString(const QVariant &)> &nameOf)
{
    dropSeveral(box, true);
    if (values.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    if (values.size() == 1) {
        if (const int at = box->findData(values.first()); at > 0) {
            box->setCurrentIndex(at);
            return;
        }
    }
    QStringList names;
    for (const QVariant &v : values)
        names << nameOf(v);
    box->addItem(names.join(u", "_s), kSeveral);
    box->setItemData(box->count() - 1, values, kValuesRole);
    box->setCurrentIndex(box->count() - 1);
}

template <typename T>
QVariantList asValues(const QList<T> &list)
{
    QVariantList out;
    for (const T &v : list) {
        if constexpr (std::is_enum_v<T>)
            out << int(v);
        else
            out << v;
    }
    return out;
}

template <typename T>
QList<T> valuesAs(const QVariantList &values)
{
    QList<T> out;
    for (const QVariant &v : values) {
        if constexpr (std::is_enum_v<T>)
            out << T(v.toInt());
        else
            out << v.toLongLong();
    }
    return out;
}

// A small square of the tag's colour for its entry.
QIcon swatch(const QString &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(TagListModel::swatchColor(color));
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return QIcon(pixmap);
}

// A saved header: this tag, how many columns the feed had then, and the header's own state.
// States saved before the tag existed knew the columns up to Tags.
constexpr quint32 kHeaderTag = 0x46444831; // "FDH1"
constexpr qint32 kUntaggedColumns = ItemFeedModel::TagsColumn + 1;

// The columns from left to right: who and how far they reach, what they wrote and under what,
// then where it stands.
const QList<int> &defaultOrder()
{
    static const QList<int> order{
        ItemFeedModel::TimeColumn,    ItemFeedModel::ChannelColumn,   ItemFeedModel::KindColumn,
        ItemFeedModel::AuthorColumn,  ItemFeedModel::FollowersColumn, ItemFeedModel::CityColumn,
        ItemFeedModel::TextColumn,    ItemFeedModel::PostColumn,      ItemFeedModel::ParentColumn,
        ItemFeedModel::StatusColumn,  ItemFeedModel::SlaColumn,       ItemFeedModel::TagsColumn,
        ItemFeedModel::AssigneeColumn};
    return order;
}

} // namespace

InboxDock::InboxDock(ItemFeedModel *model, core::ItemQueries queries, QWidget *parent)
    : QDockWidget(tr("Inbox"), parent)
    , m_model(model)
    , m_queries(std::move(queries))
{
    setObjectName(u"dock.inbox"_s);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    m_status = new QComboBox(body);
    m_status->setObjectName(u"inbox.status"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Show items with this status"));
    m_status->addItem(tr("All statuses"), kAll);
    for (core::ItemStatus status : core::allItemStatuses())
        m_status->addItem(core::displayName(status), int(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_platform = new QComboBox(body);
    m_platform->setObjectName(u"inbox.platform"_s);
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setToolTip(tr("Show items from accounts on this platform"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_search = makeSearchField(body, {.objectName = u"inbox.search"_s,
                                      .prompt = tr("Search text and authors"),
                                      .accessibleName = tr("Search")});

    bar->addWidget(m_status);
    bar->addWidget(m_platform);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    // The rarer choices on a line of their own, wrapping when the dock is narrow.
    m_account = makeChoice(body, u"inbox.account"_s, tr("Account"),
                           tr("Show items of this account (the platform choice narrows the list)"));
    m_account->setMinimumContentsLength(14);
    m_account->addItem(tr("All accounts"), kAll);
    m_kind = makeChoice(body, u"inbox.kind"_s, tr("Kind"),
                        tr("Show messages, comments, mentions or reviews only"));
    m_kind->setMinimumContentsLength(10);
    m_kind->addItem(tr("All kinds"), kAll);
    for (core::ItemKind kind : core::allItemKinds())
        m_kind->addItem(core::displayName(kind), int(kind));
    m_tag = makeChoice(body, u"inbox.tag"_s, tr("Tag"), tr("Show items carrying this tag"));
    m_tag->setMinimumContentsLength(10);
    m_tag->addItem(tr("All tags"), kAll);
    m_assignee = makeChoice(body, u"inbox.assignee"_s, tr("Assignee"),
                            tr("Show items on this operator's desk, or on nobody's"));
    m_assignee->setMinimumContentsLength(10);
    m_assignee->addItem(tr("Anyone"), kAll);
    m_assignee->addItem(tr("Unassigned"), qint64(0));

    m_unanswered = new QCheckBox(tr("Unanswered"), body);
    m_unanswered->setObjectName(u"inbox.unanswered"_s);
    m_unanswered->setToolTip(tr("Only items nobody has answered or closed yet (new or open)"));
    m_unread = new QCheckBox(tr("Unread"), body);
    m_unread->setObjectName(u"inbox.unread"_s);
    m_unread->setToolTip(tr("Only items nobody has read yet"));

    auto *clearBar = new QAction(tr("Clear filters"), this);
    clearBar->setObjectName(u"inbox.clearBarAction"_s);
    clearBar->setToolTip(tr("Show every item again: all choices back to \"all\", the search "
                            "emptied"));
    m_clearBar = makeActionButton(clearBar, body);
    m_clearBar->setObjectName(u"inbox.clearBar"_s);

    auto *more = new FlowLayout;
    more->setContentsMargins(4, 0, 4, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_account, m_kind, m_tag, m_assignee,
                                                       m_unanswered, m_unread, m_clearBar})
        more->addWidget(w);
    layout->addLayout(more);

    m_view = new QTreeView(body);
    m_view->setObjectName(u"inbox.view"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view, 1);
    setWidget(body);

    resetHeader();
    m_defaultHeader = m_view->header()->saveState();
    // Right-click on the header chooses the columns; the choice is kept with the widths.
    m_columnsMenu = new QMenu(tr("Columns"), this);
    m_columnsMenu->setObjectName(u"inbox.columns"_s);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &InboxDock::fillColumnsMenu);
    QHeaderView *header = m_view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        m_columnsMenu->popup(header->viewport()->mapToGlobal(at));
    });

    // Shown over the empty list, so an empty inbox explains itself.
    m_empty = new QWidget(m_view->viewport());
    m_empty->setObjectName(u"inbox.emptyState"_s);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(u"inbox.emptyText"_s);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyText);
    m_clearFilters = new QPushButton(tr("Clear filters"), m_empty);
    m_clearFilters->setObjectName(u"inbox.clearFilters"_s);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_view->viewport()->installEventFilter(this);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &InboxDock::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        // The accounts follow the platform: one of another platform would match nothing.
        {
            const QSignalBlocker block(m_account);
            fillAccounts();
        }
        applyFilter();
    });
    for (QComboBox *box : {m_status, m_account, m_kind, m_tag, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &InboxDock::applyFilter);
    for (QCheckBox *toggle : {m_unanswered, m_unread})
        connect(toggle, &QCheckBox::toggled, this, &InboxDock::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, &InboxDock::clearFilters);
    connect(clearBar, &QAction::triggered, this, &InboxDock::clearFilters);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxDock::emitCurrent);
    // A reset clears the selection without a signal: keep the item current if it is still
    // listed, and say so either way.
    auto keep = std::make_shared<qint64>(0);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, keep] { *keep = currentItemId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, keep] {
        if (*keep == 0 || !selectItem(*keep))
            emitCurrent();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxDock::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxDock::updateEmptyState);

    reloadChoices();
    updateBarState();
    updateEmptyState();
}

QComboBox *InboxDock::makeChoice(QWidget *parent, const QString &objectName, const QString &name,
                                 const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(name);
    box->setToolTip(tip);
    // As wide as a usual entry, however long a name is: longer ones are elided.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The list keeps the plain font when the box is bold (a chosen filter).
    box->view()->setFont(box->font());
    return box;
}

void InboxDock::resetHeader()
{
    QHeaderView *header = m_view->header();
    if (!m_defaultHeader.isEmpty()) {
        header->restoreState(m_defaultHeader);
        return;
    }
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    // Widths for typical content in the current language; the text takes whatever is left.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(u"MM"_s);
    const auto widthOf = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal).toString();
        int widest = 0;
        for (const QString &sample : std::as_const(samples))
            widest = std::max(widest, fm.horizontalAdvance(sample));
        m_defaultWidths[column] = widest + pad;
        header->resizeSection(column, widest + pad);
    };
    m_defaultWidths = QList<int>(ItemFeedModel::ColumnCount, header->defaultSectionSize());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    widthOf(ItemFeedModel::TimeColumn,
            {format::age(now.addSecs(-55 * 60), now), format::age(now.addSecs(-23 * 3600), now),
             format::age(now.addSecs(-6 * 86400), now)});
    widthOf(ItemFeedModel::ChannelColumn,
            {core::displayName(core::Platform::Telegram) + u" · Shop bot"_s});
    QStringList kinds;
    for (core::ItemKind kind : core::allItemKinds())
        kinds << core::displayName(kind);
    kinds << core::displayName(core::ItemKind::Review) + u" 5★"_s;
    widthOf(ItemFeedModel::KindColumn, kinds);
    widthOf(ItemFeedModel::AuthorColumn, {u"Anna Petrova @anna"_s});
    widthOf(ItemFeedModel::TextColumn, {QString(30, u'x')});
    QStringList statuses;
    for (core::ItemStatus status : core::allItemStatuses())
        statuses << core::displayName(status);
    widthOf(ItemFeedModel::StatusColumn, statuses);
    widthOf(ItemFeedModel::TagsColumn, {u"delivery"_s});
    widthOf(ItemFeedModel::FollowersColumn, {format::followers(888888), format::followers(88888)});
    widthOf(ItemFeedModel::CityColumn, {u"Saint Petersburg"_s});
    widthOf(ItemFeedModel::PostColumn, {QString(16, u'x')});
    widthOf(ItemFeedModel::ParentColumn, {QString(16, u'x')});
    widthOf(ItemFeedModel::AssigneeColumn, {u"Anna K."_s});
    core::SlaTimer over;
    over.state = core::SlaState::Breached;
    over.remainingSeconds = -(23 * 3600 + 59 * 60);
    widthOf(ItemFeedModel::SlaColumn, {core::slaShortText(over)});
    for (int column = 0; column < ItemFeedModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(ItemFeedModel::TextColumn, QHeaderView::Stretch);

    const QList<int> &order = defaultOrder();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    // A dock beside the conversation has room for so many (the text needs the most); the rest
    // are a right-click away.
    for (int column : defaultHiddenColumns())
        header->setSectionHidden(column, true);
}

QList<int> InboxDock::defaultHiddenColumns()
{
    // The SLA column shows once targets are set (MainWindow shows it when they are saved).
    return {ItemFeedModel::CityColumn, ItemFeedModel::PostColumn, ItemFeedModel::ParentColumn,
            ItemFeedModel::SlaColumn};
}

void InboxDock::fillColumnsMenu()
{
    QHeaderView *header = m_view->header();
    m_columnsMenu->clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action =
            m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The text is what a row is about; it always shows (and so the header never empties).
        action->setEnabled(column != ItemFeedModel::TextColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("Reset columns"));
    reset->setToolTip(tr("Show the usual columns in their usual order and widths"));
    connect(reset, &QAction::triggered, this, &InboxDock::resetHeader);
}

QByteArray InboxDock::saveHeaderState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kHeaderTag << qint32(ItemFeedModel::ColumnCount) << m_view->header()->saveState();
    return state;
}

void InboxDock::restoreHeaderState(const QByteArray &state)
{
    QByteArray headerState = state;
    qint32 known = kUntaggedColumns;
    QDataStream in(state);
    quint32 tag = 0;
    in >> tag;
    if (tag == kHeaderTag) {
        in >> known >> headerState;
        if (in.status() != QDataStream::Ok || known < 1 || known > ItemFeedModel::ColumnCount)
            headerState.clear();
    }
    if (headerState.isEmpty() || !m_view->header()->restoreState(headerState)) {
        resetHeader();
        return;
    }
    // The header gives columns added since at the end, shown, at a stock width: put them where
    // and as a new layout would.
    QHeaderView *header = m_view->header();
    const QList<int> &order = defaultOrder();
    for (int column = known; column < ItemFeedModel::ColumnCount; ++column) {
        header->resizeSection(column, m_defaultWidths.value(column, header->defaultSectionSize()));
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const qsizetype at = order.indexOf(column);
        const int before = at > 0 ? order.at(at - 1) : -1;
        const int to = before < 0 ? 0 : header->visualIndex(before) + 1;
        const int from = header->visualIndex(column);
        header->moveSection(from, from < to ? to - 1 : to);
        header->setSectionHidden(column, defaultHiddenColumns().contains(column));
    }
}

core::ItemFilter InboxDock::filterFromBar() const
{
    core::ItemFilter filter;
    filter.statuses = valuesAs<core::ItemStatus>(chosenValues(m_status));
    filter.platforms = valuesAs<core::Platform>(chosenValues(m_platform));
    filter.accountIds = valuesAs<qint64>(chosenValues(m_account));
    filter.kinds = valuesAs<core::ItemKind>(chosenValues(m_kind));
    filter.tagIds = valuesAs<qint64>(chosenValues(m_tag));
    if (const QVariantList assignee = chosenValues(m_assignee); !assignee.isEmpty())
        filter.assigneeId = assignee.first().toLongLong();
    filter.unansweredOnly = m_unanswered->isChecked();
    filter.unreadOnly = m_unread->isChecked();
    filter.search = m_search->text().simplified();
    return filter;
}

void InboxDock::setFilter(const core::ItemFilter &filter)
{
    {
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockPlatform(m_platform);
        const QSignalBlocker blockAccount(m_account);
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockTag(m_tag);
        const QSignalBlocker blockAssignee(m_assignee);
        const QSignalBlocker blockUnanswered(m_unanswered);
        const QSignalBlocker blockUnread(m_unread);
        const QSignalBlocker blockSearch(m_search);
        choose(m_status, asValues(filter.statuses),
               [](const QVariant &v) { return core::displayName(core::ItemStatus(v.toInt())); });
        choose(m_platform, asValues(filter.platforms),
               [](const QVariant &v) { return core::displayName(core::Platform(v.toInt())); });
        fillAccounts();
        choose(m_account, asValues(filter.accountIds), [this](const QVariant &v) {
            for (const core::Account &a : std::as_const(m_accounts)) {
                if (a.id == v.toLongLong())
                    return a.name;
            }
            return tr("Account %1").arg(v.toLongLong());
        });
        choose(m_kind, asValues(filter.kinds),
               [](const QVariant &v) { return core::displayName(core::ItemKind(v.toInt())); });
        choose(m_tag, asValues(filter.tagIds), [this](const QVariant &v) {
            const int at = m_tag->findData(v);
            return at > 0 ? m_tag->itemText(at) : tr("A deleted tag");
        });
        choose(m_assignee, filter.assigneeId ? QVariantList{*filter.assigneeId} : QVariantList{},
               [this](const QVariant &v) {
                   const int at = m_assignee->findData(v);
                   return at > 0 ? m_assignee->itemText(at) : tr("An operator no longer listed");
               });
        m_unanswered->setChecked(filter.unansweredOnly);
        m_unread->setChecked(filter.unreadOnly);
        m_search->setText(filter.search);
    }
    m_searchDelay.stop();
    applyFilter();
}

void InboxDock::applyFilter()
{
    for (QComboBox *box : {m_status, m_platform, m_account, m_kind, m_tag, m_assignee})
        dropSeveral(box, false);
    updateBarState();
    const core::ItemFilter filter = filterFromBar();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    Q_EMIT filterChanged(filter);
}

void InboxDock::updateBarState()
{
    for (QComboBox *box : {m_status, m_platform, m_account, m_kind, m_tag, m_assignee}) {
        QFont font = box->font();
        font.setBold(box->currentIndex() > 0);
        box->setFont(font);
    }
    m_clearBar->setEnabled(!(filterFromBar() == core::ItemFilter{}));
}

void InboxDock::clearFilters()
{
    setFilter({});
}

void InboxDock::setActor(const core::Actor &actor)
{
    m_actor = actor;
    reloadChoices();
}

void InboxDock::reloadChoices()
{
    auto accounts = m_queries.accounts();
    auto tags = m_queries.tags();
    auto operators = m_queries.operators();
    if (!accounts.ok() || !tags.ok() || !operators.ok())
        return; // the lists keep what they had; the feed reports read errors itself
    QList<core::Platform> present;
    for (core::Platform platform : core::allPlatforms()) {
        const bool used =
            std::any_of(accounts->cbegin(), accounts->cend(),
                        [&](const core::Account &a) { return a.platform == platform; });
        if (used)
            present.append(platform);
    }
    m_accounts = *accounts;
    {
        const QSignalBlocker blockPlatform(m_platform);
        const QSignalBlocker blockAccount(m_account);
        const QSignalBlocker blockTag(m_tag);
        const QSignalBlocker blockAssignee(m_assignee);
        fillPlatforms(present);
        fillAccounts();
        fillTags(*tags);
        fillAssignees(*operators);
    }
    applyFilter();
}

void InboxDock::fillPlatforms(const QList<core::Platform> &present)
{
    QList<int> shown;
    for (int i = 1; i < m_platform->count(); ++i) {
        if (m_platform->itemData(i).toInt() != kSeveral)
            shown.append(m_platform->itemData(i).toInt());
    }
    QList<int> wanted;
    for (core::Platform platform : present)
        wanted.append(int(platform));
    if (m_platform->count() > 0 && shown == wanted)
        return;
    const QVariantList selected = chosenValues(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All platforms"), kAll);
    for (core::Platform platform : present)
        m_platform->addItem(core::displayName(platform), int(platform));
    choose(m_platform, selected,
           [](const QVariant &v) { return core::displayName(core::Platform(v.toInt())); });
}

void InboxDock::fillAccounts()
{
    const QList<core::Platform> platforms = valuesAs<core::Platform>(chosenValues(m_platform));
    QList<std::pair<QString, qint64>> wanted;
    for (const core::Account &a : std::as_const(m_accounts)) {
        if (!platforms.isEmpty() && !platforms.contains(a.platform))
            continue;
        // Named with the platform while every platform's accounts are listed.
        wanted.append(
            {platforms.isEmpty() ? core::displayName(a.platform) + u" · "_s + a.name : a.name,
             a.id});
    }
    QList<std::pair<QString, qint64>> shown;
    for (int i = 1; i < m_account->count(); ++i) {
        if (m_account->itemData(i).toLongLong() != kSeveral)
            shown.append({m_account->itemText(i), m_account->itemData(i).toLongLong()});
    }
    if (shown == wanted)
        return;
    QVariantList selected;
    const auto listed = [&](qint64 id) {
        return std::any_of(wanted.cbegin(), wanted.cend(),
                           [id](const auto &entry) { return entry.second == id; });
    };
    for (const QVariant &v : chosenValues(m_account)) {
        // An account of another platform than the one chosen would match nothing.
        if (platforms.isEmpty() || listed(v.toLongLong()))
            selected.append(v);
    }
    while (m_account->count() > 1)
        m_account->removeItem(m_account->count() - 1);
    for (const auto &[name, id] : std::as_const(wanted))
        m_account->addItem(name, id);
    choose(m_account, selected, [this](const QVariant &v) {
        for (const core::Account &a : std::as_const(m_accounts)) {
            if (a.id == v.toLongLong())
                return a.name;
        }
        return tr("Account %1").arg(v.toLongLong());
    });
}

void InboxDock::fillTags(const QList<core::Tag> &tags)
{
    QList<std::pair<QString, qint64>> shown;
    for (int i = 1; i < m_tag->count(); ++i) {
        if (m_tag->itemData(i).toLongLong() != kSeveral)
            shown.append({m_tag->itemText(i) + m_tag->itemData(i, kColorRole).toString(),
                          m_tag->itemData(i).toLongLong()});
    }
    QList<std::pair<QString, qint64>> wanted;
    for (const core::Tag &t : tags)
        wanted.append({t.name + t.color, t.id});
    if (shown == wanted)
        return;
    QVariantList selected = chosenValues(m_tag);
    const int iconSize = m_tag->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(m_tag->count() - 1);
    for (const core::Tag &t : tags) {
        m_tag->addItem(swatch(t.color, iconSize), t.name, t.id);
        m_tag->setItemData(m_tag->count() - 1, t.color, kColorRole);
    }
    // A deleted tag is no longer offered: the feed goes back to every tag.
    selected.erase(std::remove_if(selected.begin(), selected.end(),
                                  [this](const QVariant &v) { return m_tag->findData(v) <= 0; }),
                   selected.end());
    choose(m_tag, selected,
           [this](const QVariant &v) { return m_tag->itemText(m_tag->findData(v)); });
}

void InboxDock::fillAssignees(const QList<core::Operator> &operators)
{
    qint64 me = 0;
    for (const core::Operator &o : operators) {
        if (m_actor.operatorId > 0 ? o.id == m_actor.operatorId
                                   : (!m_actor.login.isEmpty() &&
                                      o.login.compare(m_actor.login, Qt::CaseInsensitive) == 0))
            me = o.id;
    }
    QList<std::pair<QString, qint64>> wanted;
    if (me > 0)
        wanted.append({tr("Me"), me});
    for (const core::Operator &o : operators) {
        if (o.id != me)
            wanted.append({o.displayName.isEmpty() ? o.login : o.displayName, o.id});
    }
    QList<std::pair<QString, qint64>> shown;
    for (int i = 2; i < m_assignee->count(); ++i) {
        if (m_assignee->itemData(i).toLongLong() != kSeveral)
            shown.append({m_assignee->itemText(i), m_assignee->itemData(i).toLongLong()});
    }
    if (shown != wanted) {
        const QVariantList selected = chosenValues(m_assignee);
        while (m_assignee->count() > 2)
            m_assignee->removeItem(m_assignee->count() - 1);
        for (const auto &[name, id] : std::as_const(wanted))
            m_assignee->addItem(name, id);
        // An operator who is gone has no items left to show: back to anyone.
        const bool kept = !selected.isEmpty() && m_assignee->findData(selected.first()) >= 0;
        m_assignee->setCurrentIndex(kept ? m_assignee->findData(selected.first()) : 0);
    }
    if (me != m_me) {
        m_me = me;
        Q_EMIT myOperatorChanged(me);
    }
}

qint64 InboxDock::currentItemId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ItemFeedModel::ItemIdRole).toLongLong() : 0;
}

QList<qint64> InboxDock::selectedItemIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(ItemFeedModel::ItemIdRole).toLongLong());
    if (ids.isEmpty()) {
        if (const qint64 current = currentItemId())
            ids.append(current);
    }
    return ids;
}

bool InboxDock::selectItem(qint64 itemId)
{
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void InboxDock::emitCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 itemId =
        current.isValid() ? current.data(ItemFeedModel::ItemIdRole).toLongLong() : 0;
    const qint64 threadId =
        current.isValid() ? current.data(ItemFeedModel::ThreadIdRole).toLongLong() : 0;
    if (itemId == m_lastEmittedItem)
        return;
    m_lastEmittedItem = itemId;
    Q_EMIT currentItemChanged(itemId, threadId);
}

void InboxDock::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const bool filtered = !(m_model->filter() == core::ItemFilter{});
        if (!m_model->lastError().isEmpty()) {
            m_emptyText->setText(tr("The inbox could not be read.\n%1").arg(m_model->lastError()));
        } else if (filtered) {
            m_emptyText->setText(tr("Nothing matches these filters."));
        } else {
            m_emptyText->setText(tr("No items yet.\nMessages, comments, mentions and reviews from "
                                    "connected accounts will appear here as they arrive."));
        }
        m_clearFilters->setVisible(filtered);
        placeEmptyState();
    }
    m_empty->setVisible(empty);
}

void InboxDock::placeEmptyState()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = area.width() / 10;
    m_empty->setGeometry(area.adjusted(margin, 0, -margin, 0));
}

bool InboxDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeEmptyState();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace fd::ui
