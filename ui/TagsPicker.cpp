#include "TagsPicker.h"

#include "DockSupport.h"
#include "TagListModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// The tags matching the typed letters, ticked when every chosen item carries them already.
class TickedTags : public QSortFilterProxyModel
{
public:
    TickedTags(const QSet<qint64> &onAll, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_onAll(onAll)
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::CheckStateRole && index.column() == TagListModel::NameColumn) {
            const qint64 id = index.data(TagListModel::TagIdRole).toLongLong();
            return m_onAll.contains(id) ? Qt::Checked : Qt::Unchecked;
        }
        return QSortFilterProxyModel::data(index, role);
    }

private:
    const QSet<qint64> &m_onAll;
};

} // namespace

TagsPicker::TagsPicker(TagListModel *tags, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(u"tags.picker"_s);
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_filtered = new TickedTags(m_onAll, this);
    sortLikeTheUser(m_filtered, tags, Qt::DisplayRole);
    m_filtered->setFilterKeyColumn(TagListModel::NameColumn);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->sort(TagListModel::NameColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(u"tags.picker.title"_s);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);

    m_filter = makeSearchField(this, {.objectName = u"tags.picker.filter"_s,
                                      .prompt = tr("Tag name"),
                                      .clearButton = false,
                                      .keyFilter = this});
    layout->addWidget(m_filter);

    m_list = new QListView(this);
    m_list->setObjectName(u"tags.picker.list"_s);
    m_list->setModel(m_filtered);
    m_list->setModelColumn(TagListModel::NameColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the name field
    layout->addWidget(m_list, 1);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"tags.picker.hint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    connect(m_filter, &QLineEdit::textChanged, this, &TagsPicker::filterChanged);
    connect(m_filter, &QLineEdit::returnPressed, this, &TagsPicker::pick);
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        pick();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TagsPicker::updateHint);
    // The tags may change while it is open (another station); keep a row current.
    connect(m_filtered, &QAbstractItemModel::modelReset, this,
            [this] { filterChanged(m_filter->text()); });

    resize(280, 320);
}

void TagsPicker::popup(QWidget *anchor, int itemCount, const QSet<qint64> &onAll)
{
    m_onAll = onAll;
    m_title->setText(tr("Tag %Ln item(s)", nullptr, itemCount));
    m_filter->clear();
    m_filtered->invalidate();
    filterChanged({});

    QPoint centre = anchor ? anchor->mapToGlobal(anchor->rect().center()) : QPoint();
    QRect area = QRect(centre, size()).translated(-width() / 2, -height() / 2);
    if (const QScreen *screen = anchor ? anchor->screen() : QApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        area.moveLeft(qBound(available.left(), area.left(), available.right() - area.width()));
        area.moveTop(qBound(available.top(), area.top(), available.bottom() - area.height()));
    }
    move(area.topLeft());
    // A popup takes the keys while it is open; the window stays the active one.
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

qint64 TagsPicker::currentTagId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(TagListModel::TagIdRole).toLongLong() : 0;
}

QString TagsPicker::hintText() const
{
    return m_hint->text();
}

void TagsPicker::filterChanged(const QString &text)
{
    m_filtered->setFilterFixedString(text.simplified());
    // An exact name (any case) goes first, so Enter picks it over a longer one containing it.
    int row = 0;
    for (int r = 0; r < m_filtered->rowCount(); ++r) {
        if (m_filtered->index(r, TagListModel::NameColumn)
                .data()
                .toString()
                .compare(text.simplified(), Qt::CaseInsensitive) == 0) {
            row = r;
            break;
        }
    }
    if (m_filtered->rowCount() > 0)
        m_list->setCurrentIndex(m_filtered->index(row, TagListModel::NameColumn));
    else
        m_list->setCurrentIndex({});
    updateHint();
}

void TagsPicker::updateHint()
{
    const QModelIndex current = m_list->currentIndex();
    const QString typed = m_filter->text().simplified();
    if (current.isValid()) {
        const QString name = current.data().toString();
        m_hint->setText(m_onAll.contains(currentTagId()) ? tr("Enter takes “%1” off.").arg(name)
                                                         : tr("Enter puts “%1” on.").arg(name));
    } else if (!typed.isEmpty()) {
        m_hint->setText(tr("Enter creates the tag “%1” and puts it on.").arg(typed));
    } else {
        m_hint->setText(tr("There are no tags yet: type a name to create one."));
    }
}

void TagsPicker::pick()
{
    const qint64 tagId = currentTagId();
    const QString typed = m_filter->text().simplified();
    if (tagId == 0 && typed.isEmpty())
        return;
    const bool on = !m_onAll.contains(tagId);
    hide();
    if (tagId != 0)
        Q_EMIT tagPicked(tagId, on);
    else
        Q_EMIT createRequested(typed);
}

bool TagsPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows and paging move in the list while the letters go on into the name field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, key);
            updateHint();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace fd::ui
