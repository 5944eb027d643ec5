#pragma once

#include <QFrame>
#include <QSet>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace fd::ui {

class TagListModel;

// The quick tag chooser the T key opens over the inbox: type a few letters, Enter. Tags that
// every chosen item already carries are ticked, and Enter on one of them takes it off again. A
// name no tag has yet can be created on the spot.
class TagsPicker : public QFrame
{
    Q_OBJECT

public:
    TagsPicker(TagListModel *tags, QWidget *parent);

    // Shows the picker centred on `anchor` for `itemCount` items; `onAll` are the tags every
    // one of them carries already.
    void popup(QWidget *anchor, int itemCount, const QSet<qint64> &onAll);

    QLineEdit *filterField() const { return m_filter; }
    QListView *list() const { return m_list; }
    // The tag Enter would apply, 0 for none.
    qint64 currentTagId() const;
    // What Enter would do, in words.
    QString hintText() const;

Q_SIGNALS:
    // The operator chose a tag: put it on the items (on) or take it off.
    void tagPicked(qint64 tagId, bool on);
    // The operator typed a name no tag has and pressed Enter.
    void createRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick();
    void filterChanged(const QString &text);
    void updateHint();

    QSortFilterProxyModel *m_filtered = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QSet<qint64> m_onAll;
};

} // namespace fd::ui
