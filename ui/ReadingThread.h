#pragma once

#include <QString>

class QObject;
class QThread;

namespace fd::ui {

// A thread of its own for a dock's reads of the store: jobs queued to worker() run there, on
// the store's reading connection for that thread, which stays open between jobs. Going away,
// it waits for the job under way, closes the connection on its thread and ends the thread.
// Held by value or unique_ptr in the dock, so it goes before the dock's QObject does.
class ReadingThread
{
public:
    ReadingThread(const QString &storePath, const QString &threadName);
    ~ReadingThread();
    ReadingThread(const ReadingThread &) = delete;
    ReadingThread &operator=(const ReadingThread &) = delete;

    // Lives on the thread: QMetaObject::invokeMethod(worker(), job, Qt::QueuedConnection).
    QObject *worker() const { return m_worker; }

private:
    QString m_storePath;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
};

} // namespace fd::ui
