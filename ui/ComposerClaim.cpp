#include "ComposerClaim.h"

#include "Theme.h"
#include "sync/ClaimKeeper.h"
#include "sync/TeamPresence.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace fd::ui {

ComposerClaim::ComposerClaim(QWidget *editor, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_label(label)
{
    m_editor->installEventFilter(this);
    m_label->hide();
}

void ComposerClaim::setTeam(core::ClaimKeeper *keeper, core::TeamPresence *presence)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_keeper && m_keeper != keeper)
        m_keeper->release();
    m_keeper = keeper;
    m_presence = presence;
    // Sends waiting for a team that is gone go as a standalone station's would not: refused.
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        p.refuse(tr("This station left the team before the reply could go."));
    if (keeper) {
        m_connections << connect(keeper, &core::ClaimKeeper::stateChanged, this,
                                 &ComposerClaim::updateLabel);
        m_connections << connect(keeper, &core::ClaimKeeper::confirmed, this,
                                 [this](qint64 thread, bool ok, const QString &why) {
                                     const auto found = m_pending.find(thread);
                                     if (found == m_pending.end())
                                         return;
                                     const Pending p = *found;
                                     m_pending.erase(found);
                                     if (ok)
                                         p.go();
                                     else
                                         p.refuse(why);
                                 });
    }
    if (presence)
        m_connections << connect(presence, &core::TeamPresence::changed, this, [this] {
            // Whoever held this conversation let it go: it may be ours now.
            if (m_thread != 0 && !m_presence->claimOn(m_thread))
                m_keeper->noticeFree(m_thread);
            updateLabel();
        });
    updateLabel();
}

bool ComposerClaim::inTeam() const
{
    return m_keeper && m_keeper->inTeam();
}

void ComposerClaim::showThread(qint64 thread)
{
    if (thread == m_thread)
        return;
    m_thread = thread;
    if (inTeam()) {
        if (thread != 0 && m_editor->hasFocus())
            m_keeper->hold(thread);
        else
            m_keeper->release();
    }
    updateLabel();
}

void ComposerClaim::active()
{
    if (inTeam() && m_thread != 0)
        m_keeper->hold(m_thread);
}

void ComposerClaim::stop()
{
    if (inTeam())
        m_keeper->release();
}

void ComposerClaim::beforeSend(qint64 thread, std::function<void()> go,
                               std::function<void(const QString &)> refuse)
{
    if (!inTeam()) {
        go();
        return;
    }
    m_pending.insert(thread, {std::move(go), std::move(refuse)});
    m_keeper->confirm(thread);
}

std::optional<qint64> ComposerClaim::fence(qint64 thread) const
{
    if (!inTeam() || m_keeper->thread() != thread ||
        m_keeper->state() != core::ClaimKeeper::State::Held || m_keeper->fence() == 0)
        return std::nullopt;
    return m_keeper->fence();
}

void ComposerClaim::sent(qint64 thread)
{
    if (inTeam())
        m_keeper->releaseAfterSync(thread);
}

QString ComposerClaim::text() const
{
    if (!inTeam() || m_thread == 0)
        return {};
    if (m_presence) {
        if (const auto other = m_presence->claimOn(m_thread))
            return tr("%1 is replying to this conversation.").arg(other->name);
    }
    // The server said so when this station asked, before the team's list caught up.
    if (m_keeper->thread() == m_thread && m_keeper->state() == core::ClaimKeeper::State::Taken)
        return tr("%1 is replying to this conversation.").arg(m_keeper->holderName());
    return {};
}

void ComposerClaim::updateLabel()
{
    const QString line = text();
    m_label->setText(line);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Busy, m_label->palette()));
    m_label->setPalette(palette);
    m_label->setVisible(!line.isEmpty());
}

bool ComposerClaim::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusIn)
        active();
    return QObject::eventFilter(watched, event);
}

} // namespace fd::ui
