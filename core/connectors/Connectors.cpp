#include "Connectors.h"

#include "connectors/telegram/TelegramConnector.h"
#include "connectors/vk/VkConnector.h"

namespace fd::core {

bool hasConnector(Platform platform)
{
    return platform == Platform::Telegram || platform == Platform::Vk;
}

std::unique_ptr<Connector> makeConnector(const Account &account, const ConnectorSetup &setup,
                                         HttpClient &http, IngestSink &sink, QObject *parent)
{
    switch (account.platform) {
    case Platform::Telegram: {
        TelegramConnector::Options o;
        o.once = setup.once;
        o.longPollSeconds = setup.longPollSeconds;
        return std::make_unique<TelegramConnector>(account, setup.token, http, sink, parent, o);
    }
    case Platform::Vk: {
        VkConnector::Options o;
        o.once = setup.once;
        o.longPollSeconds = setup.longPollSeconds;
        return std::make_unique<VkConnector>(account, setup.token, setup.userToken, http, sink,
                                             parent, o);
    }
    default:
        return nullptr;
    }
}

} // namespace fd::core
