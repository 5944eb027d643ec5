#pragma once

#include "HttpServer.h"
#include "SandboxFault.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace fd::core {

class SandboxTrafficFeeder;

// One request to a platform sandbox, as far as every platform has it.
struct SandboxCall
{
    QString method; // as the platform counts it
    QMap<QString, QString> params;
    HttpResponder responder;
    std::optional<SandboxFault> after; // spoils the answer
};

// What the fake platform APIs share around their wire formats: the HTTP server and the clock,
// counting answers, carrying out the generic faults, waking long polls, and a traffic feeder
// per account (a bot, a community). The platform's sandbox parses requests, answers them in
// its envelopes and handles its own faults (Kind::Specific).
class SandboxApiBase : public QObject
{
    Q_OBJECT

public:
    // What a connector uses as its API base ("http://127.0.0.1:<port>").
    QUrl apiBaseUrl() const;
    // Requests answered (or dropped) per method; empty: all of them.
    int requestCount(const QString &method = {}) const;

    // Customer traffic from TrafficGenerator into every account, `perMinute` items each, with
    // Poisson arrivals (account i uses seed + i).
    void startTraffic(double perMinute, quint32 seed);
    void stopTraffic();

Q_SIGNALS:
    // Every answered request; status 0 when the connection was dropped instead.
    void requestServed(const QString &method, int httpStatus);
    // A long poll of this account (a bot's or a community's id) found nothing and now waits.
    void pollWaiting(qint64 accountId);

protected:
    // `clockMs`: ms since the epoch, empty: the system clock. `serverName`: what the footer
    // of the platform's nginx error pages says.
    SandboxApiBase(HttpServer *server, std::function<qint64()> clockMs, QByteArray serverName,
                   QObject *parent);

    const std::function<qint64()> &clock() const { return m_clockMs; }
    qint64 nowMs() const { return m_clockMs(); }
    // How requestCount() spells `method` (a platform may ignore case).
    virtual QString countedName(const QString &method) const { return method; }

    // Answers the call (status 0: drops the connection) and counts it.
    void send(SandboxCall &call, int status, QByteArray body, HttpServerHeaders headers = {});
    // Puts a generic fault on the call. One that replaces the answer is carried out now and
    // returns true: the call is dealt with (a delay carries it out later through `carryOut`).
    // One that spoils the real answer becomes call.after, and the platform carries on.
    bool applyFault(SandboxCall &call, const SandboxFault &fault, std::function<void()> carryOut);
    // Sends the real answer as call.after leaves it: cut short, dropped, or whole.
    void answer(SandboxCall &call, int status, QByteArray body, HttpServerHeaders headers);

    // Runs `wake` once control is back in the event loop, once for everything `account`
    // pushed until then, so things pushed together go out in one answer.
    void wakeSoon(QObject *account, std::function<void()> wake);

    // The traffic feeder of each account, in the platform's order of accounts.
    void addFeeder(SandboxTrafficFeeder *feeder) { m_feeders.append(feeder); }
    SandboxTrafficFeeder *feeder(qsizetype account) const { return m_feeders.value(account); }

    // `value` as JSON text, the way it stands inside a document.
    static QByteArray jsonText(const QJsonValue &value);
    // About `bytes` of UTF-8 in a customer's words.
    static QString hugeText(qsizetype bytes);

private:
    // A new feeder for the account at `account`, drawing from `seed`.
    virtual SandboxTrafficFeeder *newFeeder(qsizetype account, quint32 seed) = 0;

    QByteArray errorPage(int status) const;

    QPointer<HttpServer> m_server;
    std::function<qint64()> m_clockMs;
    QByteArray m_serverName;
    QHash<QString, int> m_served;
    QSet<QObject *> m_wakeScheduled;
    QList<SandboxTrafficFeeder *> m_feeders;
};

} // namespace fd::core
