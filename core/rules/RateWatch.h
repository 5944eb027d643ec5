#pragma once

#include "console/InboxActions.h"
#include "model/Enums.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fd::core {

class Store;

// How one account's flow of items is judged. An account without saved settings uses these.
struct AlarmSettings
{
    qint64 accountId = 0;
    double multiple = 5;    // a spike: this many times the usual count in the window…
    int windowMinutes = 10; // …over this many minutes…
    int minimum = 20; // …and at least this many (2 or more; a quiet account's first few are not)
    int silentHours = 6;   // silent: nothing for this many hours…
    int silentMinimum = 5; // …while the usual rate says at least this many should have come
    bool spikeOn = true;
    bool silentOn = true;

    bool operator==(const AlarmSettings &) const = default;
};

// Every account's settings, the defaults where none were saved.
StoreResult<QHash<qint64, AlarmSettings>> loadAlarmSettings(const QSqlDatabase &db);
// Saves one account's settings (values out of range are refused), journaled under `actor`.
QFuture<StoreError> saveAlarmSettings(Store &store, const AlarmSettings &settings,
                                      const Actor &actor = Actor::local());

// Comments under one post in the window.
struct PostRate
{
    qint64 postId = 0;
    qint64 threadId = 0;
    QString title; // the post's first line, shortened; customer text, plain
    int count = 0;
    double expected = 0;  // the usual count in a window this long
    double threshold = 0; // a spike from this count on
    bool spike = false;
    bool calm = true; // below half the threshold: a spike under way is over
};

// One account's flow now.
struct AccountRate
{
    qint64 accountId = 0;
    QString name;
    Platform platform = Platform::Telegram;
    bool enabled = true;
    AlarmSettings settings;

    // Spikes. `usualPerHour` is -1 where it was not measured (the count is too low to matter).
    int count = 0; // incoming items in the window
    bool hasHistory = false;
    double usualPerHour = -1;
    double expected = 0;
    double threshold = 0;
    bool spike = false;
    bool calm = true;
    QList<PostRate> posts; // posts with comments in the window, busiest first

    // Silence. `expectedSilent` is -1 where it was not measured (items came recently).
    qint64 lastItemAt = 0; // ms; 0: none ever
    double expectedSilent = -1;
    bool silent = false;
};

// Measures the flow of incoming items per account and per post, against its usual rate.
//
// Time is an item's creation time as the platform gives it, read from its id (created ms * 1000
// + n), never its arrival: a backfill after an outage, the first poll of a new account and demo
// data all arrive in one burst but were written over days, and it is the customers' pace that
// matters. So every count is a range walk of the (account_id, id) index (incoming = all minus
// replies, both from indexes alone) and a check costs a few index probes per account.
//
// Usual rate of an account: its incoming items per hour over the 7 days before the window (or
// since its first item, if younger), the window itself excluded. An account with less than a
// day of history has no usual rate and never alarms.
// Usual rate of a post: the higher of its own rate over its earlier life (at least an hour of
// it, within the same 7 days) and its account's whole rate. A crisis post is new and has no life
// of its own to compare with; measured against everything the account usually gets, one post
// alarms only when it alone brings many times that.
// Spike: count >= max(multiple * usual count in the window, minimum). An account whose spike is
// all under spiking posts is not a spike of its own (one alarm per burst, the most precise one).
// Calm again: count below half the threshold.
// Silent: no incoming item for `silentHours` while the same hours of the day brought at least
// `silentMinimum` on average over the past 7 days (only days the account existed): a shop
// quiet every night is not silent at night. Disabled accounts are not watched for silence.
class RateWatch
{
public:
    explicit RateWatch(const QSqlDatabase &db)
        : m_db(db)
    {}

    // The flow of every account at `nowMs`. With `full`, usual rates are measured even where
    // the counts cannot alarm (benchmarks, the command line's detail).
    StoreResult<QList<AccountRate>> measure(qint64 nowMs, bool full = false) const;

private:
    QSqlDatabase m_db;
};

} // namespace fd::core
