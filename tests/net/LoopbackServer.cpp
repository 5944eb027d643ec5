#include "LoopbackServer.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

QByteArray statusLine(const ScriptedReply &reply)
{
    return "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
}

QByteArray headerBlock(const ScriptedReply &reply, qint64 length)
{
    QByteArray out = statusLine(reply);
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (reply.contentLength)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    else
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

} // namespace

QByteArray ReceivedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ReceivedRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ScriptedReply ScriptedReply::json(int status, const QByteArray &reason, const QByteArray &body)
{
    ScriptedReply reply;
    reply.status = status;
    reply.reason = reason;
    reply.headers = {{"Content-Type", "application/json"}};
    reply.body = body;
    return reply;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    setReply(ScriptedReply::json(200, "OK", "{}"));
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

LoopbackServer::~LoopbackServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

void LoopbackServer::setReply(ScriptedReply reply)
{
    m_handler = [reply = std::move(reply)](const ReceivedRequest &) { return reply; };
}

QUrl LoopbackServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
}

quint16 LoopbackServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
            Q_EMIT connectionClosed();
        });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers[socket] += socket->readAll();
    // The socket may close (and leave m_buffers) while answering, so look it up every round.
    while (m_buffers.contains(socket)) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        ReceivedRequest request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);

        m_requests.append(request);
        const ScriptedReply reply = m_handler(request);
        respond(socket, reply);
        Q_EMIT requestReceived();
    }
}

void LoopbackServer::respond(QTcpSocket *socket, const ScriptedReply &reply)
{
    if (reply.delayMs > 0) {
        ScriptedReply now = reply;
        now.delayMs = 0;
        QTimer::singleShot(reply.delayMs, socket, [this, socket, now] { respond(socket, now); });
        return;
    }
    switch (reply.behaviour) {
    case ScriptedReply::Behaviour::NeverAnswer:
        return;
    case ScriptedReply::Behaviour::Respond:
        socket->write(headerBlock(reply, reply.body.size()) + reply.body);
        break;
    case ScriptedReply::Behaviour::CloseMidBody:
        socket->write(headerBlock(reply, reply.body.size()) +
                      reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case ScriptedReply::Behaviour::Trickle:
        socket->write(headerBlock(reply, reply.body.size()));
        trickle(socket, reply, 0);
        return;
    case ScriptedReply::Behaviour::Filler: {
        socket->write(headerBlock(reply, reply.fillerBytes));
        const QByteArray chunk(1024 * 1024, 'x');
        for (qint64 left = reply.fillerBytes; left > 0; left -= chunk.size())
            socket->write(chunk.left(qsizetype(std::min<qint64>(left, chunk.size()))));
        break;
    }
    }
    if (!reply.contentLength)
        socket->disconnectFromHost();
}

void LoopbackServer::trickle(QTcpSocket *socket, const ScriptedReply &reply, int part)
{
    const qsizetype size = reply.body.size();
    const qsizetype from = size * part / reply.parts;
    const qsizetype to = size * (part + 1) / reply.parts;
    socket->write(reply.body.mid(from, to - from));
    if (part + 1 < reply.parts) {
        QTimer::singleShot(reply.gapMs, socket,
                           [this, socket, reply, part] { trickle(socket, reply, part + 1); });
    } else if (!reply.contentLength) {
        socket->disconnectFromHost();
    }
}

} // namespace fd::test
