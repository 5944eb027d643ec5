#pragma once

#include "RateWatch.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace fd::core {

class Store;

// Something about the flow of items an operator must hear about.
struct Alarm
{
    enum class Kind {
        Spike,     // many times the usual items in minutes (an account, or one post)
        Silent,    // nothing for hours while the usual rate says there should be
        Recovered, // a silent account brings items again
    };
    Kind kind = Kind::Spike;
    qint64 accountId = 0;
    QString accountName;
    qint64 postId = 0;     // 0: the whole account
    QString title;         // short, for a notification's heading
    QString text;          // the whole story in words; may quote a post's first line (plain text)
    qint64 at = 0;         // ms
    int count = 0;         // spike: items in the window
    double expected = 0;   // spike: the usual count in the window; silent: in the silent hours
    qint64 lastItemAt = 0; // silent, recovered: the newest item before the silence (ms)
};

// "spike", "silent", "recovered": the journal's action is "alarm." and this.
QString toString(Alarm::Kind kind);

// Watches every account's flow (see RateWatch) once a minute and when asked, and raises each
// alarm once per episode: a spike once until its count falls below half the threshold, a
// silence once until items arrive again (then a "recovered" notice). Episodes are kept in the
// store, so a restart, or another program on the same store, does not raise them again: the
// decision is taken inside the store's writer, against the episodes there. Every alarm is
// journaled (actor_kind 'system', action "alarm.spike", "alarm.silent", "alarm.recovered").
class AlarmWatcher : public QObject
{
    Q_OBJECT
public:
    // Milliseconds since the epoch, UTC; tests set the time.
    using Clock = std::function<qint64()>;

    explicit AlarmWatcher(Store &store, Clock clock = {}, QObject *parent = nullptr);
    ~AlarmWatcher() override;

    // Checks every `intervalMs` from now on.
    void start(int intervalMs = 60000);
    void stop();

    // Measures now and settles the episodes in one write job. The future carries the alarms
    // raised (after commit; no event loop needed); alarm() is emitted for each as well.
    QFuture<StoreResult<QList<Alarm>>> check();

Q_SIGNALS:
    void alarm(const fd::core::Alarm &alarm);
    // A check could not read or write the store.
    void failed(const QString &message);

private:
    Store &m_store;
    Clock m_clock;
    QTimer *m_timer = nullptr;
};

// The alarms `rates` call for against the episodes stored in `db`, with the episodes and the
// journal updated to match (inside the caller's write job). Exposed for the command line's
// one-shot check and for tests.
StoreError settleAlarms(const QSqlDatabase &db, const QList<AccountRate> &rates, qint64 nowMs,
                        QList<Alarm> &raised);

} // namespace fd::core

Q_DECLARE_METATYPE(fd::core::Alarm)
