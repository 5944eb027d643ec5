#include "ReadingThread.h"

#include "store/Connection.h"

#include <QThread>

namespace fd::ui {

ReadingThread::ReadingThread(QString storePath, const QString &threadName)
    : m_storePath(std::move(storePath))
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(threadName);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ReadingThread::~ReadingThread()
{
    // The reading connection is closed on the thread that opened it, then the thread ends.
    QMetaObject::invokeMethod(
        m_worker,
        [path = m_storePath] {
            core::Connection::closeForThisThread(path, core::Connection::Mode::Reader);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ReadingThread::post(std::function<void()> job) const
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

} // namespace fd::ui
