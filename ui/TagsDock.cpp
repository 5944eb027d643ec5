#include "TagsDock.h"

#include "DockSupport.h"
#include "TagListModel.h"
#include "TagsPicker.h"
#include "console/InboxActions.h"
#include "store/ItemQueries.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// Beyond this many selected items the picker does not look up which tags they all carry.
constexpr int kTickLookupLimit = 500;

// Colours for new tags: mid tones that read on light and dark lists alike.
const QStringList &tagPalette()
{
    static const QStringList colors{u"#e53935"_s, u"#fb8c00"_s, u"#fdd835"_s, u"#43a047"_s,
                                    u"#00897b"_s, u"#1e88e5"_s, u"#3949ab"_s, u"#8e24aa"_s,
                                    u"#d81b60"_s, u"#6d4c41"_s};
    return colors;
}

} // namespace

TagsDock::TagsDock(core::InboxActions &actions, QSqlDatabase reader, SelectionSource selection,
                   QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_actions(actions)
    , m_reader(reader)
    , m_selection(std::move(selection))
{
    setObjectName(u"dock.tags"_s);

    m_model = new TagListModel(std::move(reader), this);
    m_sorted = new QSortFilterProxyModel(this);
    sortLikeTheUser(m_sorted, m_model, Qt::EditRole); // counts as numbers

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_message = makeMessageLabel(u"tags.message"_s, body);
    layout->addWidget(m_message);

    m_new = new QAction(tr("&Add"), this);
    m_new->setObjectName(u"tags.new"_s);
    m_new->setToolTip(tr("Create a tag with the name typed beside"));
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setObjectName(u"tags.rename"_s);
    m_rename->setToolTip(tr("Rename the selected tag"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_color = new QAction(tr("&Colour…"), this);
    m_color->setObjectName(u"tags.color"_s);
    m_color->setToolTip(tr("Choose the colour of the selected tag"));
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(u"tags.delete"_s);
    m_delete->setToolTip(tr("Delete the selected tag; the items keep everything else"));
    m_tagSelection = new QAction(tr("&Tag selection…"), this);
    m_tagSelection->setObjectName(u"action.tagSelection"_s);
    m_tagSelection->setToolTip(tr("Put a tag on the items selected in the inbox, or take it off"));
    m_tagSelection->setShortcut(QKeySequence(Qt::Key_T));
    m_tagSelection->setShortcutContext(Qt::WindowShortcut);

    auto *nameRow = new QHBoxLayout;
    m_name = makeSearchField(body, {.objectName = u"tags.name"_s,
                                    .prompt = tr("New tag name"),
                                    .clearButton = false,
                                    .maxLength = 80});
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(makeActionButton(m_new, body));
    layout->addLayout(nameRow);

    m_view = new QTreeView(body);
    m_view->setObjectName(u"tags.view"_s);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    setUpRecordView(m_view, m_sorted, TagListModel::NameColumn, {TagListModel::ItemsColumn},
                    QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    layout->addWidget(m_view, 1);
    for (QAction *action : {m_rename, m_color, m_delete}) {
        m_view->addAction(action);
        addAction(action); // shortcuts anywhere in the dock
    }

    layout->addLayout(makeButtonRow({m_rename, m_color, m_delete, m_tagSelection}, body));
    setWidget(body);

    m_picker = new TagsPicker(m_model, this);

    connect(m_new, &QAction::triggered, this, [this] {
        if (m_name->text().trimmed().isEmpty()) {
            m_name->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        createTag(m_name->text());
    });
    connect(m_name, &QLineEdit::returnPressed, m_new, &QAction::trigger);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(TagListModel::NameColumn));
    });
    connect(m_color, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTagId())
            chooseColor(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTagId())
            confirmDelete(id);
    });
    connect(m_tagSelection, &QAction::triggered, this, &TagsDock::tagSelection);
    connect(m_model, &TagListModel::renameRequested, this, &TagsDock::renameTag);
    connect(m_model, &TagListModel::errorOccurred, this, &TagsDock::showMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TagsDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentTagId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepCurrent != 0)
            selectTag(m_keepCurrent);
        updateActions();
    });
    connect(m_picker, &TagsPicker::tagPicked, this,
            [this](qint64 tagId, bool on) { tagItems(m_pickingFor, tagId, on); });
    connect(m_picker, &TagsPicker::createRequested, this,
            [this](const QString &name) { createAndApply(name, m_pickingFor); });

    updateActions();
}

QString TagsDock::messageText() const
{
    return shownMessage(m_message);
}

void TagsDock::showMessage(const QString &message)
{
    fd::ui::showMessage(m_message, message);
}

void TagsDock::clearMessage()
{
    fd::ui::clearMessage(m_message);
}

void TagsDock::committed()
{
    clearMessage();
    reload();
    Q_EMIT changed();
}

void TagsDock::refused(const QString &message)
{
    showMessage(message);
    Q_EMIT failed(message);
}

std::function<void(const QString &)> TagsDock::refusal()
{
    return [this](const QString &message) { refused(message); };
}

QModelIndex TagsDock::sourceIndex(const QModelIndex &viewIndex) const
{
    return m_sorted->mapToSource(viewIndex);
}

qint64 TagsDock::currentTagId() const
{
    const QModelIndex current = sourceIndex(m_view->currentIndex());
    return current.isValid() ? current.data(TagListModel::TagIdRole).toLongLong() : 0;
}

bool TagsDock::selectTag(qint64 tagId)
{
    const int row = m_model->rowOfTag(tagId);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TagsDock::reload()
{
    m_model->reload();
}

void TagsDock::updateActions()
{
    const bool onTag = currentTagId() != 0;
    m_rename->setEnabled(onTag);
    m_color->setEnabled(onTag);
    m_delete->setEnabled(onTag);
}

QString TagsDock::nextColor() const
{
    QSet<QString> used;
    for (const core::TagCount &t : m_model->tags())
        used.insert(t.tag.color.toLower());
    for (const QString &color : tagPalette()) {
        if (!used.contains(color))
            return color;
    }
    return tagPalette().at(m_model->tags().size() % tagPalette().size());
}

void TagsDock::createTag(const QString &name)
{
    // When refused, the name stays in the field to be corrected.
    whenWritten(m_actions.createTag(name, nextColor()), this, refusal(),
                [this](const core::StoreResult<qint64> &id) {
                    m_name->clear();
                    committed();
                    selectTag(*id);
                    Q_EMIT tagCreated(*id);
                });
}

void TagsDock::renameTag(qint64 tagId, const QString &name)
{
    whenWritten(m_actions.renameTag(tagId, name), this, refusal(), [this] { committed(); });
}

void TagsDock::chooseColor(qint64 tagId)
{
    const core::TagCount *tag = m_model->tag(tagId);
    if (!tag)
        return;
    auto *dialog = new QColorDialog(TagListModel::swatchColor(tag->tag.color), this);
    dialog->setObjectName(u"tags.colorDialog"_s);
    dialog->setWindowTitle(tr("Colour of the tag “%1”").arg(tag->tag.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this, tagId](const QColor &color) { setTagColor(tagId, color); });
    dialog->open();
}

void TagsDock::setTagColor(qint64 tagId, const QColor &color)
{
    if (!color.isValid())
        return;
    whenWritten(m_actions.setTagColor(tagId, color.name(QColor::HexRgb)), this, refusal(),
                [this] { committed(); });
}

void TagsDock::confirmDelete(qint64 tagId)
{
    const core::TagCount *tag = m_model->tag(tagId);
    if (!tag)
        return;
    askBeforeDeleting(
        this,
        {.objectName = u"tags.confirmDelete"_s,
         .title = tr("Delete tag"),
         .text = tr("Delete the tag “%1”?").arg(tag->tag.name),
         .informative = tr("It is on %Ln item(s); they lose only this tag. This cannot be undone.",
                           nullptr, tag->items),
         .deleteLabel = tr("Delete")},
        [this, tagId] {
            whenWritten(m_actions.deleteTag(tagId), this, refusal(), [this] { committed(); });
        });
}

void TagsDock::tagItems(const QList<qint64> &itemIds, qint64 tagId, bool on)
{
    if (itemIds.isEmpty())
        return;
    whenWritten(m_actions.setTag(itemIds, tagId, on), this, refusal(), [this, itemIds, tagId, on] {
        clearMessage();
        reload();
        Q_EMIT itemsTagged(itemIds, tagId, on);
        Q_EMIT changed();
    });
}

void TagsDock::createAndApply(const QString &name, const QList<qint64> &itemIds)
{
    whenWritten(m_actions.createTag(name, nextColor()), this, refusal(),
                [this, itemIds](const core::StoreResult<qint64> &id) {
                    Q_EMIT tagCreated(*id);
                    tagItems(itemIds, *id, true);
                });
}

void TagsDock::tagSelection()
{
    const QList<qint64> items = m_selection ? m_selection() : QList<qint64>{};
    if (items.isEmpty()) {
        refused(tr("Select one or more items in the inbox to tag them."));
        return;
    }
    clearMessage();

    // Which tags every selected item carries already: those are ticked, and Enter takes them off.
    QSet<qint64> onAll;
    if (items.size() <= kTickLookupLimit) {
        const core::ItemQueries queries(m_reader);
        QHash<QString, int> carried;
        for (qint64 id : items) {
            const auto row = queries.item(id);
            if (!row.ok())
                continue;
            for (const QString &name : row->tags)
                ++carried[name];
        }
        for (const core::TagCount &t : m_model->tags()) {
            if (carried.value(t.tag.name) == items.size())
                onAll.insert(t.tag.id);
        }
    }
    m_pickingFor = items;
    QWidget *anchor = QApplication::focusWidget();
    if (!anchor || anchor->window() != window())
        anchor = window();
    m_picker->popup(anchor, int(items.size()), onAll);
}

} // namespace fd::ui
