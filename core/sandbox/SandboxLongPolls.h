#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>
#include <utility>

namespace fd::core {

// Long polls that found nothing to answer with and wait, by serial (the order they came in).
// `Waiter` holds the platform's call as `call` (a SandboxCall, whose responder stays open) and
// whatever the platform needs to answer it later.
template <typename Waiter>
class SandboxLongPolls
{
public:
    // Parks `waiter` for `waitMs`: `expire(serial)` runs when that has passed, `gone(serial)`
    // when the client leaves first, either while `context` lives.
    quint64 park(Waiter waiter, int waitMs, QObject *context, std::function<void(quint64)> expire,
                 std::function<void(quint64)> gone)
    {
        const quint64 serial = m_nextSerial++;
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, context,
                         [expire = std::move(expire), serial] { expire(serial); });
        timer->start(waitMs);
        waiter.call.responder.onDisconnected(context,
                                             [gone = std::move(gone), serial] { gone(serial); });
        m_waiting.emplace(serial, Parked{std::move(waiter), timer});
        return serial;
    }

    // The waiter, no longer waiting; nullopt when it was not (any more).
    std::optional<Waiter> take(quint64 serial)
    {
        const auto it = m_waiting.find(serial);
        if (it == m_waiting.end())
            return std::nullopt;
        Parked parked = std::move(it->second);
        m_waiting.erase(it);
        // Later: this may run inside the timer's own timeout.
        parked.timer->stop();
        parked.timer->deleteLater();
        return std::move(parked.waiter);
    }

    const Waiter &at(quint64 serial) const { return m_waiting.at(serial).waiter; }

    // The serials of the waiting polls `match` picks, oldest first.
    QList<quint64> serials(const std::function<bool(const Waiter &)> &match) const
    {
        QList<quint64> out;
        for (const auto &[serial, parked] : m_waiting) {
            if (match(parked.waiter))
                out.append(serial);
        }
        return out;
    }

    // Waiting clients learn that the server went away instead of hanging.
    void dropAll()
    {
        auto waiting = std::exchange(m_waiting, {});
        for (auto &[serial, parked] : waiting) {
            delete parked.timer;
            parked.waiter.call.responder.drop();
        }
    }

private:
    struct Parked
    {
        Waiter waiter;
        QTimer *timer = nullptr;
    };

    std::map<quint64, Parked> m_waiting;
    quint64 m_nextSerial = 1;
};

} // namespace fd::core
