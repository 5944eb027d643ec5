#pragma once

#include <QDockWidget>
#include <QList>
#include <QSqlDatabase>

#include <functional>

class QAction;
class QColor;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace fd::core {
class InboxActions;
}

namespace fd::ui {

class TagListModel;
class TagsPicker;

// The tags: each with its colour and how many items carry it; create, rename (F2 or a double
// click on the name), recolour and delete them. "Tag selection" (T) opens a quick picker that
// puts a tag on the items selected in the inbox, or takes it off.
class TagsDock : public QDockWidget
{
    Q_OBJECT

public:
    // The items the operator has selected in the feed, for "Tag selection".
    using SelectionSource = std::function<QList<qint64>()>;

    TagsDock(core::InboxActions &actions, QSqlDatabase reader, SelectionSource selection,
             QWidget *parent = nullptr);

    TagListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The field a new tag's name is typed into (Enter creates it).
    QLineEdit *nameField() const { return m_name; }
    TagsPicker *picker() const { return m_picker; }
    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *colorAction() const { return m_color; }
    QAction *deleteAction() const { return m_delete; }
    // "Tag selection", shortcut T; the window adds it so it works wherever the focus is.
    QAction *tagSelectionAction() const { return m_tagSelection; }
    // The refusal or error shown at the top of the dock, empty when none is.
    QString messageText() const;

    // The tag of the current row, 0 for none.
    qint64 currentTagId() const;
    bool selectTag(qint64 tagId);

    // Re-reads the tags and their counts (after a commit anywhere).
    void reload();
    void createTag(const QString &name);
    void renameTag(qint64 tagId, const QString &name);
    // Opens the colour chooser for the tag.
    void chooseColor(qint64 tagId);
    void setTagColor(qint64 tagId, const QColor &color);
    // Asks whether to delete the tag, then deletes it.
    void confirmDelete(qint64 tagId);
    // Puts the tag on the items (on) or takes it off; itemsTagged() once committed.
    void tagItems(const QList<qint64> &itemIds, qint64 tagId, bool on);
    // Opens the quick picker for the items selected in the inbox.
    void tagSelection();

Q_SIGNALS:
    void tagCreated(qint64 tagId);
    void itemsTagged(const QList<qint64> &itemIds, qint64 tagId, bool on);
    // A write of this dock was committed (other views may want to re-read).
    void changed();
    // A write was refused or failed; the message is in words for the user, and is shown.
    void failed(const QString &message);

private:
    void showMessage(const QString &message);
    void clearMessage();
    void committed();
    void refused(const QString &message);
    // refused(), as the failure handler of a store write.
    std::function<void(const QString &)> refusal();
    void createAndApply(const QString &name, const QList<qint64> &itemIds);
    QString nextColor() const;
    void updateActions();
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;

    core::InboxActions &m_actions;
    QSqlDatabase m_reader;
    SelectionSource m_selection;
    TagListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QTreeView *m_view = nullptr;
    TagsPicker *m_picker = nullptr;
    QAction *m_new = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_color = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_tagSelection = nullptr;
    QList<qint64> m_pickingFor; // the items the open picker applies to
    qint64 m_keepCurrent = 0;
};

} // namespace fd::ui
