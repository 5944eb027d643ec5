#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

namespace fd::ui {

// A thread of its own for a dock's reads of the store, so the window never waits on disk: jobs
// posted run there one after another, on the store's reading connection for that thread
// (Connection::forThisThread on the store's path), which stays open between jobs. Going away,
// it waits for the jobs under way, closes the connection on its thread and ends the thread.
// Held by value or unique_ptr in the dock, so it goes before the dock's QObject does.
class ReadingThread
{
public:
    ReadingThread(QString storePath, const QString &threadName);
    ~ReadingThread();
    ReadingThread(const ReadingThread &) = delete;
    ReadingThread &operator=(const ReadingThread &) = delete;

    // Lives on the thread: QMetaObject::invokeMethod(worker(), job, Qt::QueuedConnection).
    QObject *worker() const { return m_worker; }
    // Runs `job` on the thread after the jobs posted before it.
    void post(std::function<void()> job) const;
    QThread *thread() const { return m_thread; }
    const QString &storePath() const { return m_storePath; }

private:
    QString m_storePath;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace fd::ui
