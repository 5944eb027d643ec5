#pragma once

#include <QToolButton>

namespace fd::core {
class TeamSession;
}

namespace fd::ui {

// The team's state in the status bar: a coloured dot and a few words (online, offline, syncing,
// the first sync's progress), the whole story in its tooltip, and the count of changes the
// server refused that the operator has not looked at yet. Clicking it opens the Team panel.
class TeamStatusButton : public QToolButton
{
    Q_OBJECT
public:
    explicit TeamStatusButton(core::TeamSession &session, QWidget *parent = nullptr);

    // Refusals not yet seen in the Team panel (0 clears them).
    void setUnseenRefusals(int count);
    int unseenRefusals() const { return m_unseen; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    core::TeamSession &m_session;
    int m_unseen = 0;
};

} // namespace fd::ui
