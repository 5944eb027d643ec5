#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace fd::core {

struct SecretStore::Pending
{
    enum class Op { Write, Read, Remove };
    Op op = Op::Read;
    QString key;
    QString secret;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
};

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job, const QString &key)
{
    using Kind = SecretStore::Result::Kind;
    SecretStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.kind = Kind::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.kind = Kind::NotFound;
        r.message = QCoreApplication::translate("fd::core::SecretStore",
                                                "There is no secret stored for %1 in the keychain.")
                        .arg(key);
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.kind = Kind::Denied;
        r.message = QCoreApplication::translate("fd::core::SecretStore",
                                                "The keychain refused access (%1). Unlock it and "
                                                "try again.")
                        .arg(job.errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.kind = Kind::NoKeychain;
        r.message = QCoreApplication::translate(
                        "fd::core::SecretStore",
                        "No keychain is available (%1). Frontdesk keeps platform tokens only in "
                        "the system keychain: start a Secret Service such as GNOME Keyring or "
                        "KWallet and try again.")
                        .arg(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.kind = Kind::Failed;
    r.message = QCoreApplication::translate("fd::core::SecretStore", "The keychain failed: %1")
                    .arg(job.errorString());
    return r;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::accountKey(const QString &storeId, qint64 accountId, const QString &what)
{
    return u"%1/account/%2/%3"_s.arg(storeId).arg(accountId).arg(what);
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto job = std::make_unique<Pending>();
    job->op = Pending::Op::Write;
    job->key = key;
    job->secret = secret;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void SecretStore::read(const QString &key, QObject *context, Done done)
{
    auto job = std::make_unique<Pending>();
    job->op = Pending::Op::Read;
    job->key = key;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto job = std::make_unique<Pending>();
    job->op = Pending::Op::Remove;
    job->key = key;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void SecretStore::enqueue(std::unique_ptr<Pending> job)
{
    m_queue.push_back(std::move(job));
    if (!m_running)
        startNext();
}

void SecretStore::startNext()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    std::shared_ptr<Pending> pending(m_queue.front().release());
    m_queue.pop_front();

    QKeychain::Job *job = nullptr;
    switch (pending->op) {
    case Pending::Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(pending->secret);
        job = w;
        break;
    }
    case Pending::Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Pending::Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(pending->key);
    job->setAutoDelete(false);
    // Never keep a secret in a plain file when the keychain is missing.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, pending] {
        Result r = resultOf(*job, pending->key);
        if (r.ok() && pending->op == Pending::Op::Read)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        job->deleteLater();
        if (pending->done && (!pending->hasContext || pending->context))
            pending->done(r);
        startNext();
    });
    job->start();
}

SecretStore::Result SecretStore::waitFor(const std::function<void(Done)> &start)
{
    Result result;
    QEventLoop loop;
    bool finished = false;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

SecretStore::Result SecretStore::writeNow(const QString &key, const QString &secret)
{
    return waitFor([&](Done done) { write(key, secret, nullptr, std::move(done)); });
}

SecretStore::Result SecretStore::readNow(const QString &key)
{
    return waitFor([&](Done done) { read(key, nullptr, std::move(done)); });
}

SecretStore::Result SecretStore::removeNow(const QString &key)
{
    return waitFor([&](Done done) { remove(key, nullptr, std::move(done)); });
}

} // namespace fd::core
