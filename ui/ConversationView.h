#pragma once

#include "store/ItemQueries.h"
#include "store/ItemRow.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QVBoxLayout;

namespace fd::ui {

// The conversation an item belongs to: the DM dialog or comment tree with its post, oldest
// first, our own replies set apart. Customer text is shown as plain text only.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    // Longer threads open with their newest items and a button for the rest.
    static constexpr int initialItems = 200;

    explicit ConversationView(core::ItemQueries queries, QWidget *parent = nullptr);

    // Shows the thread, scrolled to `focusItemId` (its newest item when 0).
    void showThread(qint64 threadId, qint64 focusItemId = 0);
    // Back to the empty state.
    void clear();
    // Re-reads the shown thread; does nothing visible when it did not change.
    void reload();

    qint64 threadId() const { return m_threadId; }
    qint64 focusItemId() const { return m_focusItemId; }
    // How many items are on screen.
    int shownItems() const { return m_shownItems; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(bool scrollToFocus);
    void showMessage(const QString &text);
    void discardList();
    void build(const core::ThreadView &view);
    QWidget *makeMessage(const core::ItemRow &row, bool focused, QWidget *parent) const;
    static QByteArray signatureOf(const core::ThreadView &view);

    core::ItemQueries m_queries;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_post = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_showEarlier = nullptr;
    qint64 m_threadId = 0;
    qint64 m_focusItemId = 0;
    bool m_showAll = false;
    int m_shownItems = 0;
    QByteArray m_signature;
    core::ThreadView m_view;
};

} // namespace fd::ui
