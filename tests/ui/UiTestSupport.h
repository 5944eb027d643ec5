#pragma once

#include "TestSupport.h"

#include "MainWindow.h"
#include "store/Store.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <catch2/catch.hpp>

// Helpers shared by the UI tests.
namespace fd::test {

// When the tests' stories begin: 2026-01-01 00:00 UTC, in seconds.
constexpr qint64 kStart = 1767225600;

// Collects what QAbstractItemModelTester reports (category "qt.modeltest") while it lives.
class ModelTesterLog
{
public:
    ModelTesterLog()
    {
        messages().clear();
        m_previous = qInstallMessageHandler(&ModelTesterLog::handle);
    }
    ~ModelTesterLog() { qInstallMessageHandler(m_previous); }
    ModelTesterLog(const ModelTesterLog &) = delete;
    ModelTesterLog &operator=(const ModelTesterLog &) = delete;

    // The failures reported so far, joined for a readable assertion message.
    static QString failures() { return messages().join(u'\n'); }

private:
    static QStringList &messages()
    {
        static QStringList all;
        return all;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
            qstrcmp(context.category, "qt.modeltest") == 0)
            messages().append(message);
    }

    QtMessageHandler m_previous = nullptr;
};

// Settings in a file of their own, as the application keeps them.
struct TempSettings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("frontdesk.conf")), QSettings::IniFormat};
};

// The main window as the application opens it: on a temporary store, with settings of its own.
// Fill the store first; open() then builds the window on it.
struct WindowOnStore
{
    TempStore store;
    TempSettings temp;
    std::unique_ptr<ui::MainWindow> window;

    ui::MainWindow &open()
    {
        window = std::make_unique<ui::MainWindow>(store.store(), temp.settings);
        return *window;
    }
};

// Shows the window and waits until it is on screen.
inline void showExposed(QWidget &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

// Shows the window and waits until it has the keyboard.
inline void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// A reading connection to the store.
inline QSqlDatabase readerOf(TempStore &store)
{
    auto reader = store->reader();
    INFO(reader.error().message.toStdString());
    REQUIRE(reader.ok());
    return *reader;
}

// Waits for the next emission of a spied signal. It may have come already: a write the writer
// finished before the dock attached its continuation is answered at once, in the same call.
class Awaited
{
public:
    explicit Awaited(QSignalSpy &spy)
        : m_spy(spy)
    {}
    bool next()
    {
        ++m_seen;
        return QTest::qWaitFor([this] { return m_spy.count() >= m_seen; }, 5000);
    }

private:
    QSignalSpy &m_spy;
    int m_seen = 0;
};

// Types `text` as the keyboard would (QTest::keyClicks knows Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// `count` DMs from seven authors, one a minute from `firstSecs` on; every tenth one asks for a
// refund. Returns the ids in the order of the items (oldest first).
inline QList<qint64> fillInbox(TempStore &store, qint64 accountId, int count,
                               qint64 firstSecs = kStart)
{
    static const QStringList names{
        QStringLiteral("Anna Petrova"),   QStringLiteral("Boris Orlov"),
        QStringLiteral("Zofia Nowak"),    QStringLiteral("Emma Smith"),
        QStringLiteral("Ivan Sokolov"),   QStringLiteral("Łukasz Wójcik"),
        QStringLiteral("Olga Kuznetsova")};
    core::IngestBatch batch;
    batch.accountId = accountId;
    for (int i = 0; i < count; ++i) {
        const QString text = i % 10 == 0 ? QStringLiteral("Refund for order %1, please").arg(i)
                                         : QStringLiteral("Hello, question number %1").arg(i);
        batch.items.append(makeItem(QStringLiteral("m%1").arg(i), text,
                                    QStringLiteral("u%1").arg(i % names.size()),
                                    names.at(i % names.size()), firstSecs + i * 60));
    }
    const core::IngestResult result = ingest(store.store(), batch);
    INFO(result.error.message.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.inserted == count);
    return result.insertedIds;
}

// Sets the status of items straight in the store, as another station or the CLI would.
inline void setStatus(TempStore &store, const QList<qint64> &ids, core::ItemStatus status)
{
    auto done = store->write([ids, status](const QSqlDatabase &db) -> core::StoreError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE items SET status = ? WHERE id = ?"));
        for (qint64 id : ids) {
            q.bindValue(0, core::toString(status));
            q.bindValue(1, id);
            if (!q.exec())
                return core::StoreError::invalid(q.lastError().text());
        }
        return {};
    });
    done.waitForFinished();
    INFO(done.result().message.toStdString());
    REQUIRE(done.result().ok());
}

} // namespace fd::test
