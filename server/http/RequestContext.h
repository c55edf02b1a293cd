#pragma once
// What a route handler gets on its event-loop thread: the shared server state and this
// thread's own database connection and repositories.
#include "server/domain/Accounts.h"
#include "server/http/ServerContext.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/AdminRepository.h"
#include "server/storage/AnalyticsRepository.h"
#include "server/storage/CartRepository.h"
#include "server/storage/CatalogRepository.h"
#include "server/storage/DiscoveryRepository.h"
#include "server/storage/FulfilmentRepository.h"
#include "server/storage/OrderRepository.h"
#include "server/storage/OutboxRepository.h"
#include "server/storage/ReadSnapshot.h"
#include "server/storage/SellerRepository.h"
#include "server/storage/ShippingRepository.h"

#include <QCache>

namespace emporium::realtime {
class RealtimeHub;
}

namespace emporium::http {

class RequestContext
{
public:
    RequestContext(ServerContext &server, realtime::RealtimeHub &hub, QSqlDatabase db, QObject *loop)
        : server(server), hub(hub), loop(loop), db(db), catalog(db, server.config.currency),
          accountRepository(db),
          accounts(accountRepository,
                   {*server.writer, server.workers, server.loginThrottle, server.config.sessionDays}),
          carts(db, server.config.currency), orders(db, server.config.currency),
          sellers(db, server.config.currency), admin(db), discovery(db, server.config.currency), outbox(db),
          fulfilmentReads(db, server.config.currency), shipping(db), analytics(db)
    {
        images.setMaxCost(32 * 1024 * 1024);
        catalog.setTextIndex(&server.textIndex);
        discovery.setTextIndex(&server.textIndex);
    }

    ServerContext &server;
    realtime::RealtimeHub &hub;
    QObject *loop; // the event loop: answers made off the loop come back through it
    QSqlDatabase db;
    storage::CatalogRepository catalog;
    storage::AccountRepository accountRepository;
    domain::Accounts accounts;
    storage::CartRepository carts;
    storage::OrderRepository orders;
    storage::SellerRepository sellers;
    storage::AdminRepository admin;
    storage::DiscoveryRepository discovery;
    storage::OutboxRepository outbox;
    storage::FulfilmentRepository fulfilmentReads;
    storage::ShippingRepository shipping;
    storage::AnalyticsRepository analytics;
    QCache<QString, QByteArray> images;         // file name -> bytes, bounded by size
    storage::ReadSnapshot snapshot{db};         // a GET's reads share one read transaction
    ResponseCache &responses{server.responses}; // shared by every loop
    // the catalog's answers version when this request began, read before its snapshot: an answer
    // cached under it can only be older than its data, never newer
    quint64 answersVersion = 0;
};

} // namespace emporium::http
