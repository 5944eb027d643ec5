#pragma once

#include "connectors/Connector.h"
#include "connectors/telegram/TelegramNormalizer.h"
#include "net/Backoff.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"

#include <QJsonValue>
#include <QTimer>

#include <memory>

namespace fd::core {

class HttpClient;

// Telegram Bot API: long-polls getUpdates, confirms the offset only after the store committed
// the batch (offset = last stored update_id + 1, kept as the account's cursor), and replies,
// deletes and bans through sendMessage, deleteMessage and banChatMember.
//
// A 409 (a webhook is set, or another program polls the same bot) and a refused token stop
// this account with the reason in words; the other accounts go on. Rate limits wait for
// retry_after; network trouble and server errors back off exponentially.
class TelegramConnector : public Connector
{
    Q_OBJECT
public:
    struct Options
    {
        int longPollSeconds = 25; // the server clamps to 50
        int limit = 100;
        bool once = false; // one getUpdates round (timeout 0), then finish
    };

    static constexpr const char *defaultApiBase = "https://api.telegram.org";

    TelegramConnector(Account account, QString token, HttpClient &http, IngestSink &sink,
                      QObject *parent, Options options);
    ~TelegramConnector() override;

    ConnectorCapabilities capabilities() const override;
    void start() override;
    void stop() override;
    void perform(const OutgoingAction &action, QObject *context,
                 std::function<void(const ActionResult &)> done) override;

    // The update types asked for (sticky on the server): everything customer care needs.
    static QStringList allowedUpdates();
    // Unwraps {"ok":…} into `result`; on an error envelope sets the API error on `reply`.
    static bool unwrap(HttpResult &reply, QJsonValue *result);

private:
    HttpRequest call(const QString &method) const;
    void identify();
    void poll();
    void handleUpdates(HttpResult reply);
    void fail(const HttpResult &reply, const QString &what);
    void retryIn(std::chrono::milliseconds delay);
    void finishRound();

    QString m_token;
    HttpClient &m_http;
    IngestSink &m_sink;
    Options m_options;
    std::unique_ptr<TelegramNormalizer> m_normalizer;
    qint64 m_offset = 0; // the next update to ask for; 0 before the first confirmation
    int m_limit = 100;
    bool m_running = false;
    bool m_identified = false;
    Backoff m_backoff;
    QTimer m_retry;
};

} // namespace fd::core
