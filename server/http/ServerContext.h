#pragma once
// State shared by every event loop of one server: configuration, routes, metrics and the
// data version that keys the response caches. Read-mostly; counters are atomic.
#include "server/ServerConfig.h"
#include "server/domain/Accounts.h"
#include "server/domain/MinuteSeries.h"
#include "server/payments/PaymentGateway.h"
#include "server/storage/CatalogRepository.h"
#include "server/storage/ItemTextIndex.h"
#include "server/storage/Writer.h"
#include "server/http/Metrics.h"
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
    std::unique_ptr<Metrics> metrics;
    QString imagesDir;
    // Bumped by every write that changes what catalog routes answer; cached answers of an
    // older version are dropped.
    std::atomic<quint64> catalogVersion{1};
    // The catalog's words in memory (search); declared before the workers that build it.
    storage::ItemTextIndex textIndex;
    domain::LoginThrottle loginThrottle;
    // Slow, database-free work (password hashing) runs here, never on an event loop.
    QThreadPool workers;
    // The single owner of database writes.
    std::unique_ptr<storage::Writer> writer;
    std::unique_ptr<payments::PaymentGateway> payments;
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
        writer->submit([batch = std::move(batch)](QSqlDatabase &db) { return storage::CatalogRepository::logSearches(db, batch); });
    }
    std::mutex searchesLock;
    QList<std::pair<QString, QString>> pendingSearches;

    // After a write that changed these items: search re-reads them, cached answers go stale.
    void itemsChanged(QSqlDatabase &db, const QList<qint64> &ids)
    {
        textIndex.refresh(db, ids);
        catalogVersion.fetch_add(1, std::memory_order_acq_rel);
    }
};

} // namespace emporium::http
