#pragma once
// State shared by every event loop of one server: configuration, routes, metrics and the
// data version that keys the response caches. Read-mostly; counters are atomic.
#include "server/ServerConfig.h"
#include "server/domain/Accounts.h"
#include "server/domain/CatalogChanges.h"
#include "server/domain/Orders.h"
#include "server/domain/MinuteSeries.h"
#include "server/payments/PaymentGateway.h"
#include "server/storage/CatalogRepository.h"
#include "server/storage/ItemTextIndex.h"
#include "server/storage/Writer.h"
#include "server/metrics/Metrics.h"
#include "server/http/Router.h"

#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace emporium::http {

struct ServerContext
{
    ServerConfig config;
    Router router;
    std::unique_ptr<metrics::Metrics> metrics;
    QString imagesDir;
    // The catalog's words in memory (search); declared before the workers that build it.
    storage::ItemTextIndex textIndex;
    // Every committed change of the catalog passes here (the writer's commit hook): it re-reads the
    // index and bumps the version that keys the cached answers.
    std::unique_ptr<domain::CatalogChanges> catalogChanges;
    domain::LoginThrottle loginThrottle;
    // Slow, database-free work (password hashing) runs here, never on an event loop.
    QThreadPool workers;
    // The single owner of database writes.
    std::unique_ptr<storage::Writer> writer;
    std::unique_ptr<payments::PaymentGateway> payments;
    // The order flow and its effects after the commit.
    std::unique_ptr<domain::Orders> orders;
    // Sends receipts; woken when an order commits.
    std::function<void()> wakeMail;
    // orders and revenue per minute, last hour (admin analytics)
    domain::MinuteSeries ordersPerMinute;
    // a sale happened since the admin's live analytics were last pushed: push them soon
    std::atomic<bool> analyticsDirty{false};

    // Searches to record for the analytics, written together twice a second (by the first
    // loop's timer): a write per search changed the database under every reading thread
    // thousands of times a second, and SQLite drops a reader's memory map of the file at each.
    void recordSearch(const QString &normalized, const QString &at)
    {
        std::lock_guard lock(searchesLock);
        pendingSearches.append({normalized, at});
    }
    void flushSearches()
    {
        QList<std::pair<QString, QString>> batch;
        {
            std::lock_guard lock(searchesLock);
            batch.swap(pendingSearches);
        }
        if (batch.isEmpty() || !writer)
            return;
        writer->submit<Done>([batch = std::move(batch)](QSqlDatabase &db) { return storage::CatalogRepository::logSearches(db, batch); });
    }
    std::mutex searchesLock;
    QList<std::pair<QString, QString>> pendingSearches;
};

} // namespace emporium::http
