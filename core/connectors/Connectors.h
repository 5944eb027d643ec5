#pragma once

#include "connectors/Connector.h"

#include <memory>

namespace fd::core {

class HttpClient;

// What a connector needs besides its account: the tokens from the keychain (or the sandbox) and
// how to poll.
struct ConnectorSetup
{
    QString token;
    QString userToken; // VK: an administrator's user token for deleting and banning; optional
    bool once = false;
    int longPollSeconds = 25;
};

// Whether this build has a connector for the platform.
bool hasConnector(Platform platform);

// The connector for `account`'s platform; nullptr when there is none (see hasConnector).
std::unique_ptr<Connector> makeConnector(const Account &account, const ConnectorSetup &setup,
                                         HttpClient &http, IngestSink &sink, QObject *parent);

} // namespace fd::core
