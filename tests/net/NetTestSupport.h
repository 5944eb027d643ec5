#pragma once

#include "TestSupport.h"
#include "net/HttpClient.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>

#include <catch2/catch.hpp>

#include <utility>

// Helpers for the HTTP tests: waiting for a callback by running the event loop, and decoding
// form data the way the platforms do.
namespace fd::test {

// Sends with a context of its own and runs the event loop until the callback comes. The test
// fails if it has not come after `limitMs` (a guard against hanging, not a timing assertion).
core::HttpResult sendAndWait(core::HttpClient &client, const core::HttpRequest &request,
                             int limitMs = 20'000);

// Callbacks emit called() on a probe so a test can wait for them with a QSignalSpy.
class Probe : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void called();
};

// Waits (running the event loop) until `spy` has seen `count` signals; false if it has not
// after `limitMs`.
bool waitForCount(QSignalSpy &spy, int count, int limitMs = 20'000);

// application/x-www-form-urlencoded decoding as servers do it: '+' is a space, then
// percent-decoding, then UTF-8.
QList<std::pair<QString, QString>> decodeForm(const QByteArray &encoded);

} // namespace fd::test

namespace Catch {
template <>
struct StringMaker<fd::core::HttpResult::Kind>
{
    static std::string convert(fd::core::HttpResult::Kind kind)
    {
        return fd::core::HttpResult::kindName(kind).toStdString();
    }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &bytes)
    {
        return '"' + (bytes.size() > 200 ? bytes.left(200) + "..." : bytes).toStdString() + '"';
    }
};
} // namespace Catch
