#pragma once

#include "store/StoreError.h"

#include <QAbstractItemView>
#include <QFuture>
#include <QString>

#include <functional>
#include <initializer_list>
#include <type_traits>
#include <utility>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QObject;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class QWidget;

// The plumbing the docks and popups share: how their fields, lists, buttons and questions are
// set up, and what follows a store write. No texts live here: callers pass them in already
// translated, so each string keeps the tr() context of the widget it belongs to.
namespace fd::ui {

// The line at the top of a dock that says why a write was refused or a read failed: plain text
// in the error colour, selectable, hidden while there is nothing to say.
QLabel *makeMessageLabel(const QString &objectName, QWidget *parent);
void showMessage(QLabel *label, const QString &message);
void clearMessage(QLabel *label);
// Shows `message`, or hides the label when there is nothing to say.
void setMessage(QLabel *label, const QString &message);
// What the label says, empty while it is hidden.
QString shownMessage(const QLabel *label);

struct SearchFieldSetup
{
    QString objectName{};
    QString prompt{};         // the placeholder, and the accessible name unless one is given
    QString accessibleName{}; // when the field should be named other than it prompts
    bool clearButton = true;
    QObject *keyFilter = nullptr; // sees the field's keys first (Up/Down into a list)
    int maxLength = 0;            // 0: QLineEdit's own limit
};

// A search, filter or name field.
QLineEdit *makeSearchField(QWidget *parent, const SearchFieldSetup &setup);

// A text-only button for the action.
QToolButton *makeActionButton(QAction *action, QWidget *parent);
// A row of text-only buttons for the actions, held to the left.
QHBoxLayout *makeButtonRow(std::initializer_list<QAction *> actions, QWidget *parent);

// Sorts in the user's alphabet, ignoring case, by `sortRole`.
void sortLikeTheUser(QSortFilterProxyModel *proxy, QAbstractItemModel *source, int sortRole);

// A sortable list of records, one row selected at a time, its actions as the context menu:
// `stretchColumn` takes the width left, `fitColumns` fit their contents. Sorted by
// `stretchColumn` ascending.
void setUpRecordView(QTreeView *view, QAbstractItemModel *model, int stretchColumn,
                     std::initializer_list<int> fitColumns,
                     QAbstractItemView::EditTriggers editTriggers);

struct DeleteQuestion
{
    QString objectName{};
    QString title{};
    QString text{};
    QString informative{};
    QString deleteLabel{}; // the text of the button that deletes
};

// Asks (window-modal, Cancel the default) before something is deleted for good; `confirmed`
// runs, in `parent`'s thread, only if the operator says yes.
void askBeforeDeleting(QWidget *parent, const DeleteQuestion &question,
                       std::function<void()> confirmed);

// The words of a failed store write, for the user.
inline QString storeMessage(const core::StoreError &error)
{
    return error.message;
}
template <typename T>
QString storeMessage(const core::StoreResult<T> &result)
{
    return result.error().message;
}

// Once the store write is done, in `context`'s thread (and not at all once it is gone):
// `refused(message)` when it failed, else `committed(result)` (or `committed()`).
template <typename T, typename Refused, typename Committed>
void whenWritten(QFuture<T> write, QObject *context, Refused refused, Committed committed)
{
    write.then(context,
               [refused = std::move(refused), committed = std::move(committed)](const T &result) {
                   if (!result.ok()) {
                       refused(storeMessage(result));
                       return;
                   }
                   if constexpr (std::is_invocable_v<const Committed &, const T &>)
                       committed(result);
                   else
                       committed();
               });
}

} // namespace fd::ui
