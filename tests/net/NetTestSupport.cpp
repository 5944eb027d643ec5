#include "NetTestSupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace fd::test {

core::HttpResult sendAndWait(core::HttpClient &client, const core::HttpRequest &request,
                             int limitMs)
{
    QObject context;
    QEventLoop loop;
    int calls = 0;
    core::HttpResult result;
    client.send(request, &context, [&](core::HttpResult r) {
        ++calls;
        result = std::move(r);
        loop.quit();
    });
    CHECK(calls == 0); // never from inside send()
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(limitMs);
    loop.exec();
    REQUIRE(calls == 1);
    return result;
}

bool waitForCount(QSignalSpy &spy, int count, int limitMs)
{
    QDeadlineTimer deadline(limitMs);
    while (spy.count() < count) {
        if (deadline.hasExpired() || !spy.wait(int(deadline.remainingTime())))
            return spy.count() >= count;
    }
    return true;
}

QList<std::pair<QString, QString>> decodeForm(const QByteArray &encoded)
{
    QList<std::pair<QString, QString>> out;
    if (encoded.isEmpty())
        return out;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            out.append({decode(pair), QString()});
        else
            out.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return out;
}

} // namespace fd::test
