#pragma once
// State shared by every event loop of one server: configuration, routes, metrics and the
// data version that keys the response caches. Read-mostly; counters are atomic.
#include "server/ServerConfig.h"
#include "server/domain/Accounts.h"
#include "server/domain/ActivityLog.h"
#include "server/domain/Carts.h"
#include "server/domain/CatalogChanges.h"
#include "server/domain/Discussions.h"
#include "server/domain/Fulfilment.h"
#include "server/domain/Inventory.h"
#include "server/domain/MinuteSeries.h"
#include "server/domain/Orders.h"
#include "server/http/ClientLimits.h"
#include "server/http/ResponseCache.h"
#include "server/http/Router.h"
#include "server/metrics/Metrics.h"
#include "server/payments/PaymentGateway.h"
#include "server/storage/ItemTextIndex.h"
#include "server/storage/Writer.h"

#include <QSslConfiguration>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace emporium::http {

struct ServerContext
{
    ServerConfig config;
    // HTTPS and WSS: every connection's TLS settings; none for plain HTTP
    std::optional<QSslConfiguration> tls;
    Router router;
    std::unique_ptr<metrics::Metrics> metrics;
    // what one client may take: connections, WebSockets and requests per address and token
    std::unique_ptr<ClientLimits> limits;
    QString imagesDir;
    // The catalog's words in memory (search); declared before the workers that build it.
    storage::ItemTextIndex textIndex;
    // Every committed change of the catalog passes here (the writer's commit hook): it re-reads the
    // index and bumps the version that keys the cached answers.
    std::unique_ptr<domain::CatalogChanges> catalogChanges;
    // Serialized GET answers of every loop, keyed by the version above.
    ResponseCache responses;
    domain::LoginThrottle loginThrottle;
    // Slow, database-free work (password hashing) runs here, never on an event loop.
    QThreadPool workers;
    // The single owner of database writes.
    std::unique_ptr<storage::Writer> writer;
    std::unique_ptr<payments::PaymentGateway> payments;
    // The order flow and its effects after the commit.
    std::unique_ptr<domain::Orders> orders;
    // Shipping, delivery, cancellations and refunds.
    std::unique_ptr<domain::Fulfilment> fulfilment;
    // A seller's writes: items, pictures, CSV imports.
    std::unique_ptr<domain::Inventory> inventory;
    // Carts and wishlists, kept in sync across a buyer's windows.
    std::unique_ptr<domain::Carts> carts;
    // Questions, answers, helpful votes and reviews.
    std::unique_ptr<domain::Discussions> discussions;
    // Sends receipts; woken when an order commits.
    std::function<void()> wakeMail;
    // orders and revenue per minute, last hour (admin analytics)
    domain::MinuteSeries ordersPerMinute;
    // searches and item views recorded for the analytics and recommendations, written twice a second
    std::unique_ptr<domain::ActivityLog> activityLog;
};

} // namespace emporium::http
