#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace fd::core {

// What every platform's traffic feeder shares: customer items arrive as a Poisson stream at a
// set rate, on a real-time timer (start) or on simulated time (advance), and a subclass turns
// each item into its platform's updates or events. Arrivals and the subclass's choices draw
// from one generator, so the same seed gives the same traffic.
class SandboxTrafficFeeder : public QObject
{
    Q_OBJECT

public:
    // Items per minute; start() runs on a real-time timer, advance() on simulated time.
    void setRate(double perMinute) { m_perMinute = perMinute; }
    double rate() const { return m_perMinute; }
    void start(double perMinute);
    void stop();
    bool isRunning() const { return m_running; }

    // Produces `count` customer items now; returns how many updates (events) were queued.
    int feed(int count);
    // Moves simulated time on by `ms` and produces every item that arrives in it; returns how
    // many items that was.
    int advance(qint64 ms);

    int itemsProduced() const { return m_items; }

Q_SIGNALS:
    // `queued`: the updates (events) the items became.
    void produced(int items, int queued);

protected:
    SandboxTrafficFeeder(quint32 rngSeed, QObject *parent);

    QRandomGenerator &rng() { return m_rng; }
    // Counts what a push queued towards the item being produced; returns the push.
    template <typename Pushed>
    Pushed count(Pushed pushed)
    {
        if (pushed.queued())
            ++m_itemQueued;
        return pushed;
    }

    // Appends to a list of recent things to edit or delete later, which stays short.
    template <typename T>
    static void remember(QList<T> &list, T value)
    {
        list.append(std::move(value));
        if (list.size() > 200)
            list.removeFirst();
    }
    int queuedTotal() const { return m_queued; }

private:
    // One customer item into the platform, its pushes passed through count().
    virtual void produceOne() = 0;

    int produceCounted();
    void scheduleNextArrival();
    void tick();

    QRandomGenerator m_rng;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_perMinute = 0;
    bool m_running = false;
    qint64 m_clockMs = 0;        // simulated time
    qint64 m_nextArrivalMs = -1; // -1: not drawn yet
    int m_items = 0;
    int m_queued = 0;
    int m_itemQueued = 0; // by the item being produced
};

} // namespace fd::core
