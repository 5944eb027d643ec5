// The real program, as a user starts it: `frontdesk --sandbox` on a fresh store fills its inbox
// through the connectors within seconds.
#include "UiTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

TEST_CASE("frontdesk --sandbox starts and items arrive", "[ui][smoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"smoke.db"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(FRONTDESK_GUI), {u"--sandbox"_s, u"--db"_s, db});
    REQUIRE(app.waitForStarted(10000));

    // Read the store the program writes with a plain read-only connection: opening it as a
    // Store would migrate it, racing the program that is creating it.
    qint64 items = 0;
    qint64 platforms = 0;
    const bool arrived = QTest::qWaitFor(
        [&] {
            if (!QFile::exists(db))
                return false;
            bool ok = false;
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"smoke"_s);
                c.setDatabaseName(db);
                c.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
                if (c.open()) {
                    QSqlQuery q(c);
                    if (q.exec(u"SELECT count(*), count(DISTINCT a.platform) FROM items i "
                               u"JOIN accounts a ON a.id = i.account_id"_s) &&
                        q.next()) {
                        items = q.value(0).toLongLong();
                        platforms = q.value(1).toLongLong();
                        ok = true;
                    }
                }
            }
            QSqlDatabase::removeDatabase(u"smoke"_s);
            return ok && items >= 40 && platforms == 2;
        },
        30000);
    INFO("items " << items << ", platforms " << platforms);
    CHECK(arrived);
    CHECK(app.state() == QProcess::Running);
    app.terminate();
    if (!app.waitForFinished(10000))
        app.kill();
}
