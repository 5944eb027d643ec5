#pragma once

#include "connectors/Connector.h"
#include "store/Store.h"

#include <QPointer>

namespace fd::core {

// Connectors' batches go into the store; the answer comes back on the connector's thread.
class StoreSink final : public IngestSink
{
public:
    explicit StoreSink(Store &store)
        : m_store(store)
    {}

    void ingest(IngestBatch batch, QObject *context,
                std::function<void(const IngestResult &)> done) override
    {
        m_store.ingest(std::move(batch)).then(context, [done = std::move(done)](IngestResult r) {
            done(r);
        });
    }

private:
    Store &m_store;
};

} // namespace fd::core
