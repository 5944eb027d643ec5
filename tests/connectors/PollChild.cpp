// Polls one Telegram or VK account into a store until killed: the process the restart tests
// kill. Arguments: DB API_BASE TOKEN ACCOUNT_ID (API_BASE is the account's, kept for the record).
#include "connectors/StoreSink.h"
#include "connectors/telegram/TelegramConnector.h"
#include "connectors/vk/VkConnector.h"
#include "net/HttpClient.h"
#include "store/ItemQueries.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace fd::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: frontdesk_poll_child DB API_BASE TOKEN ACCOUNT_ID\n");
        return 2;
    }
    auto opened = Store::open(args.at(1));
    if (!opened.ok())
        return 1;
    Store &store = **opened;
    const auto accounts = ItemQueries(*store.reader()).accounts();
    Account account;
    for (const Account &a : accounts.value()) {
        if (a.id == args.at(4).toLongLong())
            account = a;
    }
    if (account.id == 0)
        return 1;
    HttpClient http(nullptr);
    StoreSink sink(store);
    std::unique_ptr<Connector> connector;
    if (account.platform == Platform::Vk) {
        VkConnector::Options options;
        options.longPollSeconds = 1;
        connector = std::make_unique<VkConnector>(account, args.at(3), QString(), http, sink,
                                                  nullptr, options);
    } else {
        TelegramConnector::Options options;
        options.longPollSeconds = 1;
        options.limit = 37; // several batches in flight over a run
        connector =
            std::make_unique<TelegramConnector>(account, args.at(3), http, sink, nullptr, options);
    }
    connector->start();
    std::printf("polling\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
