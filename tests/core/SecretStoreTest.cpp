// Runs against the real Secret Service: the README's test command starts a D-Bus session with
// gnome-keyring-daemon unlocked around CTest.
#include "TestSupport.h"

#include "auth/SecretStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using fd::core::SecretStore;

namespace {

QString uniqueStore()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("A token written to the keychain reads back exactly and can be removed", "[keychain]")
{
    SecretStore secrets(u"frontdesk-tests"_s);
    const QString key = SecretStore::accountKey(uniqueStore(), 1, u"token"_s);
    const QString token = u"123456789:AAH-x_Yz+/=тест"_s;

    const auto w = secrets.writeNow(key, token);
    INFO(w.message.toStdString());
    REQUIRE(w.ok());
    const auto r = secrets.readNow(key);
    REQUIRE(r.ok());
    CHECK(r.secret == token);

    REQUIRE(secrets.writeNow(key, u"replaced"_s).ok());
    CHECK(secrets.readNow(key).secret == u"replaced"_s);

    REQUIRE(secrets.removeNow(key).ok());
    const auto gone = secrets.readNow(key);
    CHECK(gone.kind == SecretStore::Result::Kind::NotFound);
    CHECK(gone.secret.isEmpty());
    CHECK(gone.message.contains(key));
}

TEST_CASE("Two stores on one machine never see each other's secrets", "[keychain]")
{
    SecretStore secrets(u"frontdesk-tests"_s);
    const QString a = SecretStore::accountKey(uniqueStore(), 1, u"token"_s);
    const QString b = SecretStore::accountKey(uniqueStore(), 1, u"token"_s);
    REQUIRE(secrets.writeNow(a, u"token of store A"_s).ok());
    CHECK(secrets.readNow(b).kind == SecretStore::Result::Kind::NotFound);
    secrets.removeNow(a);
}

TEST_CASE("Jobs run in the order they were asked for", "[keychain]")
{
    SecretStore secrets(u"frontdesk-tests"_s);
    const QString key = SecretStore::accountKey(uniqueStore(), 7, u"token"_s);
    QStringList seen;
    QObject context;
    // Queued without waiting: the read must see the second write, the last read nothing.
    secrets.write(key, u"first"_s, &context,
                  [&](const auto &r) { seen << u"w1:"_s + (r.ok() ? u"ok"_s : r.message); });
    secrets.write(key, u"second"_s, &context,
                  [&](const auto &r) { seen << u"w2:"_s + (r.ok() ? u"ok"_s : r.message); });
    secrets.read(key, &context, [&](const auto &r) { seen << u"r:"_s + r.secret; });
    secrets.remove(key, &context,
                   [&](const auto &r) { seen << u"rm:"_s + (r.ok() ? u"ok"_s : r.message); });
    const auto last = secrets.readNow(key);
    CHECK(seen == QStringList{u"w1:ok"_s, u"w2:ok"_s, u"r:second"_s, u"rm:ok"_s});
    CHECK(last.kind == SecretStore::Result::Kind::NotFound);
}

TEST_CASE("A callback whose context is gone is not called", "[keychain]")
{
    SecretStore secrets(u"frontdesk-tests"_s);
    const QString key = SecretStore::accountKey(uniqueStore(), 8, u"token"_s);
    bool called = false;
    {
        QObject context;
        secrets.write(key, u"x"_s, &context, [&](const auto &) { called = true; });
    }
    REQUIRE(secrets.removeNow(key).ok()); // runs after the write, so the write has finished
    CHECK_FALSE(called);
}
