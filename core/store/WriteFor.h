#pragma once

#include "Store.h"

#include <QPromise>

#include <functional>
#include <memory>

namespace fd::core {

// A write job that also yields a value (an inserted row's id, say): the future carries the
// value once the transaction committed, or the job's error.
template <typename T>
QFuture<StoreResult<T>> writeFor(Store &store,
                                 std::function<StoreError(const QSqlDatabase &, T &)> job)
{
    auto promise = std::make_shared<QPromise<StoreResult<T>>>();
    auto value = std::make_shared<T>();
    QFuture<StoreResult<T>> result = promise->future();
    promise->start();
    store.write([job = std::move(job), value](const QSqlDatabase &db) { return job(db, *value); })
        .then([promise, value](StoreError err) {
            promise->addResult(err.ok() ? StoreResult<T>(*value) : StoreResult<T>(err));
            promise->finish();
        });
    return result;
}

} // namespace fd::core
