#include "SandboxApiBase.h"

#include "SandboxTrafficFeeder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::core {
namespace {

QByteArray junk(qsizetype size)
{
    // Deterministic bytes that are not JSON: markup, binary and text mixed.
    QByteArray out;
    out.reserve(size);
    quint32 x = 2463534242u;
    const QByteArray start = "<!DOCTYPE html><html><body>\x01\x02\xff\xfe";
    out.append(start.left(size));
    while (out.size() < size) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out.append(char(x & 0xff));
    }
    return out;
}

} // namespace

SandboxApiBase::SandboxApiBase(HttpServer *server, std::function<qint64()> clockMs,
                               QByteArray serverName, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_clockMs(std::move(clockMs))
    , m_serverName(std::move(serverName))
{
    if (!m_clockMs)
        m_clockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QUrl SandboxApiBase::apiBaseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

int SandboxApiBase::requestCount(const QString &method) const
{
    if (!method.isEmpty())
        return m_served.value(countedName(method));
    int n = 0;
    for (int v : m_served)
        n += v;
    return n;
}

// Answers and faults

void SandboxApiBase::send(SandboxCall &call, int status, QByteArray body, HttpServerHeaders headers)
{
    if (status == 0)
        call.responder.drop();
    else
        call.responder.send(HttpServerResponse{status, {}, std::move(headers), std::move(body)});
    ++m_served[call.method];
    Q_EMIT requestServed(call.method, status);
}

bool SandboxApiBase::applyFault(SandboxCall &call, const SandboxFault &fault,
                                std::function<void()> carryOut)
{
    switch (fault.kind) {
    case SandboxFault::Kind::Drop:
        send(call, 0, {});
        return true;
    case SandboxFault::Kind::JunkBody:
        send(call, 200, junk(fault.size), {{"Content-Type", "application/json"}});
        return true;
    case SandboxFault::Kind::ServerErrorHtml:
        send(call, fault.status, errorPage(fault.status), {{"Content-Type", "text/html"}});
        return true;
    case SandboxFault::Kind::Delay:
        QTimer::singleShot(fault.delayMs, this,
                           [responder = call.responder, carryOut = std::move(carryOut)] {
                               if (responder.isConnected())
                                   carryOut();
                           });
        return true;
    case SandboxFault::Kind::DropAfterProcessing:
    case SandboxFault::Kind::MalformedJson:
    case SandboxFault::Kind::HugeBody:
        call.after = fault;
        return false;
    case SandboxFault::Kind::Specific:
        return false;
    }
    return false;
}

void SandboxApiBase::answer(SandboxCall &call, int status, QByteArray body,
                            HttpServerHeaders headers)
{
    if (call.after && call.after->kind == SandboxFault::Kind::DropAfterProcessing) {
        send(call, 0, {});
        return;
    }
    if (call.after && call.after->kind == SandboxFault::Kind::MalformedJson) {
        // Cut anywhere and a JSON object is never complete.
        body.truncate(qMax<qsizetype>(1, body.size() * 2 / 3));
    }
    send(call, status, std::move(body), std::move(headers));
}

QByteArray SandboxApiBase::errorPage(int status) const
{
    const QByteArray title =
        QByteArray::number(status) + ' ' + HttpServerResponse::reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>" + m_serverName + "</center>\r\n</body>\r\n</html>\r\n";
}

// Long polls

void SandboxApiBase::wakeSoon(QObject *account, std::function<void()> wake)
{
    if (m_wakeScheduled.contains(account))
        return;
    m_wakeScheduled.insert(account);
    QTimer::singleShot(0, this, [this, account, wake = std::move(wake)] {
        m_wakeScheduled.remove(account);
        wake();
    });
}

// Traffic

void SandboxApiBase::startTraffic(double perMinute, quint32 seed)
{
    for (qsizetype i = 0; i < m_feeders.size(); ++i) {
        delete m_feeders.at(i);
        m_feeders[i] = newFeeder(i, seed + quint32(i));
        m_feeders.at(i)->start(perMinute);
    }
}

void SandboxApiBase::stopTraffic()
{
    for (SandboxTrafficFeeder *f : std::as_const(m_feeders))
        f->stop();
}

// Text

QByteArray SandboxApiBase::jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString SandboxApiBase::hugeText(qsizetype bytes)
{
    const QString line =
        u"Здравствуйте! Пишу по поводу заказа #482913, курьер так и не приехал. "_s;
    const qsizetype lineBytes = line.toUtf8().size();
    QString out;
    out.reserve(bytes / 2 + line.size());
    for (qsizetype have = 0; have < bytes; have += lineBytes)
        out += line;
    return out;
}

} // namespace fd::core
