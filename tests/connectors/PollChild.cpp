// Polls one Telegram account into a store until killed: the process the restart test kills.
// Arguments: DB API_BASE TOKEN ACCOUNT_ID.
#include "connectors/StoreSink.h"
#include "connectors/telegram/TelegramConnector.h"
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
    TelegramConnector::Options options;
    options.longPollSeconds = 1;
    options.limit = 37; // several batches in flight over a run
    TelegramConnector connector(account, args.at(3), http, sink, nullptr, options);
    connector.start();
    std::printf("polling\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
