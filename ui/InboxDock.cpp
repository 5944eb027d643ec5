#include "InboxDock.h"

#include "DockSupport.h"
#include "Format.h"
#include "ItemFeedModel.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {
constexpr int kAll = -1; // the "any" entry of a filter choice

// A saved header: this tag, how many columns the feed had then, and the header's own state.
// States saved before the tag existed knew the columns up to Tags.
constexpr quint32 kHeaderTag = 0x46444831; // "FDH1"
constexpr qint32 kUntaggedColumns = ItemFeedModel::TagsColumn + 1;

// The columns from left to right: who and how far they reach, what they wrote and under what,
// then where it stands.
const QList<int> &defaultOrder()
{
    static const QList<int> order{
        ItemFeedModel::TimeColumn,   ItemFeedModel::ChannelColumn,   ItemFeedModel::KindColumn,
        ItemFeedModel::AuthorColumn, ItemFeedModel::FollowersColumn, ItemFeedModel::CityColumn,
        ItemFeedModel::TextColumn,   ItemFeedModel::PostColumn,      ItemFeedModel::ParentColumn,
        ItemFeedModel::StatusColumn, ItemFeedModel::TagsColumn,      ItemFeedModel::AssigneeColumn};
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
    connect(m_status, &QComboBox::currentIndexChanged, this, &InboxDock::applyFilter);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &InboxDock::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, &InboxDock::clearFilters);

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

    reloadPlatforms();
    updateEmptyState();
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
    return {ItemFeedModel::CityColumn, ItemFeedModel::PostColumn, ItemFeedModel::ParentColumn};
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
    if (const int status = m_status->currentData().toInt(); status != kAll)
        filter.statuses = {core::ItemStatus(status)};
    if (m_platform->currentIndex() >= 0) {
        if (const int platform = m_platform->currentData().toInt(); platform != kAll)
            filter.platforms = {core::Platform(platform)};
    }
    filter.search = m_search->text().simplified();
    return filter;
}

void InboxDock::applyFilter()
{
    const core::ItemFilter filter = filterFromBar();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
}

void InboxDock::clearFilters()
{
    {
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockPlatform(m_platform);
        const QSignalBlocker blockSearch(m_search);
        m_status->setCurrentIndex(0);
        m_platform->setCurrentIndex(0);
        m_search->clear();
    }
    m_searchDelay.stop();
    applyFilter();
}

void InboxDock::reloadPlatforms()
{
    auto accounts = m_queries.accounts();
    if (!accounts.ok())
        return; // the list keeps what it had; the feed reports read errors itself
    QList<core::Platform> present;
    for (core::Platform platform : core::allPlatforms()) {
        const bool used =
            std::any_of(accounts->cbegin(), accounts->cend(),
                        [&](const core::Account &a) { return a.platform == platform; });
        if (used)
            present.append(platform);
    }

    QList<int> shown;
    for (int i = 1; i < m_platform->count(); ++i)
        shown.append(m_platform->itemData(i).toInt());
    QList<int> wanted;
    for (core::Platform platform : std::as_const(present))
        wanted.append(int(platform));
    if (m_platform->count() > 0 && shown == wanted)
        return;

    const int selected = m_platform->currentIndex() > 0 ? m_platform->currentData().toInt() : kAll;
    {
        const QSignalBlocker block(m_platform);
        m_platform->clear();
        m_platform->addItem(tr("All platforms"), kAll);
        for (core::Platform platform : std::as_const(present))
            m_platform->addItem(core::displayName(platform), int(platform));
        const int index = m_platform->findData(selected);
        m_platform->setCurrentIndex(index >= 0 ? index : 0);
    }
    applyFilter();
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
