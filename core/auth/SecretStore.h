#pragma once

#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

namespace fd::core {

// Platform tokens and other secrets, kept only in the operating system's keychain through
// QtKeychain (the Secret Service on Linux). There is no plaintext fallback: when no keychain
// answers, the caller is told so in words and nothing is stored.
//
// Jobs run one at a time in the order they were asked for, so a write followed by a read sees
// the write. Keys are namespaced by the caller (see accountKey()).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Kind { Ok, NotFound, NoKeychain, Denied, Failed };
        Kind kind = Kind::Ok;
        QString message; // in words, for the UI and the CLI; never contains the secret
        QString secret;  // what read() found

        bool ok() const { return kind == Kind::Ok; }
    };
    using Done = std::function<void(const Result &)>;

    explicit SecretStore(QString service = QStringLiteral("frontdesk"), QObject *parent = nullptr);
    ~SecretStore() override;

    // `done` runs on this object's thread, and not at all if `context` is gone by then.
    void write(const QString &key, const QString &secret, QObject *context, Done done);
    void read(const QString &key, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

    // The same, waiting in a local event loop: for the command line.
    Result writeNow(const QString &key, const QString &secret);
    Result readNow(const QString &key);
    Result removeNow(const QString &key);

    // The key of an account's secret in the store with the given id; `what` is e.g. "token".
    static QString accountKey(const QString &storeId, qint64 accountId, const QString &what);

private:
    struct Pending;
    void enqueue(std::unique_ptr<Pending> job);
    void startNext();
    Result waitFor(const std::function<void(Done)> &start);

    const QString m_service;
    std::deque<std::unique_ptr<Pending>> m_queue;
    bool m_running = false;
};

} // namespace fd::core
