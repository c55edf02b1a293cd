#pragma once
// Orders: reads on the loop's connection, and placing an order as one writer job that claims its
// Idempotency-Key (a replay, even a racing one, answers the first order), takes the stock with
// conditional updates (never below zero), snapshots titles and prices, writes the order, its
// lines, the sale events and the receipt's outbox row, and empties the ordered lines from the
// cart - or changes nothing.
#include "server/domain/OrderRequest.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"
#include "server/storage/Writer.h"

#include "server/storage/ShippingRepository.h"
#include "server/storage/StatementCache.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace emporium::storage {

struct PlaceOrder
{
    qint64 buyerId = 0;
    QString idempotencyKey;
    QString requestHash;
    QList<domain::OrderLineRequest> lines;
    bool fromCart = false;
    protocol::ShippingAddress shipping;
    QString cardBrand;
    QString cardLast4;
    QHash<qint64, qint64> shippingByShop; // shop id -> shipping charged for its part
    qint64 expectedTotalCents = 0;        // what was authorized, shipping included
    QString currency;
    QString paymentRef;         // the gateway's authorization, captured after the commit
    bool readCartAfter = false; // someone watches the buyer's cart

    qint64 shippingCents() const
    {
        qint64 sum = 0;
        for (qint64 cents : shippingByShop)
            sum += cents;
        return sum;
    }
};

// An order committed with its payment authorized but not yet captured (the server stopped between).
struct PendingCapture
{
    qint64 orderId = 0;
    qint64 buyerId = 0;
    qint64 totalCents = 0;
    QString paymentRef;
    QString cardBrand;
    QString cardLast4;
};

struct BuyersOrder
{
    qint64 buyerId = 0;
    QString buyerName;
    protocol::Order order;
};

struct StockChange
{
    qint64 itemId = 0;
    qint64 stock = 0; // after the order
    qint64 soldCount = 0;
    qint64 lowStockThreshold = 0;
};

struct PlaceOutcome
{
    enum Kind { Placed, Existing, OutOfStock, PriceChanged };
    Kind kind = Placed;
    qint64 orderId = 0;
    QString existingHash;                    // Existing
    QJsonArray shortfalls;                   // OutOfStock: [{item_id, requested, available}]
    QList<StockChange> stock;                // Placed
    std::optional<protocol::Order> order;    // Placed, Existing: as committed
    std::optional<protocol::Cart> cartAfter; // Placed from the cart, when asked for: what is left in it
};

struct PricedLine
{
    qint64 itemId = 0;
    int quantity = 0;
    qint64 unitPriceCents = 0;
    qint64 stock = 0;
    qint64 shopId = 0;
    QString shopName;
};

class OrderRepository
{
public:
    OrderRepository(QSqlDatabase db, QString currency)
        : m_db(db), m_currency(std::move(currency)), m_statements(db), m_shipping(db)
    {
    }

    // (order id, request hash) of an earlier order with this key
    Result<std::optional<std::pair<qint64, QString>>> findByKey(qint64 buyerId, const QString &key);
    Result<protocol::Page<protocol::Order>> orders(qint64 buyerId, int page, int perPage);
    Result<std::optional<protocol::Order>> order(qint64 buyerId, qint64 orderId);
    // Current prices of the lines; validation_failed naming lines that are not for sale.
    Result<QList<PricedLine>> price(const QList<domain::OrderLineRequest> &lines);
    Result<QList<domain::OrderLineRequest>> cartLines(qint64 buyerId);
    // The shops' shipping settings (the defaults for a shop that set none).
    Result<QHash<qint64, protocol::ShippingSettings>> shipping(const QList<qint64> &shopIds);

    Result<std::optional<protocol::Order>> orderById(qint64 orderId);
    // An order with its buyer, for the windows that follow it (the buyer's, the shops' queues).
    Result<std::optional<BuyersOrder>> buyersOrder(qint64 orderId);
    // Orders whose payment is authorized but not captured, oldest first.
    Result<QList<PendingCapture>> pendingCaptures();
    // Several servers on one PostgreSQL database: true for the one server that recovers what earlier runs
    // left undone (captures, refunds) while this connection stays open; false while another does (it finishes
    // them). One server on SQLite: always true.
    Result<bool> claimRecovery();

    // The writer job of an order: the order with its payment 'authorized', or a refusal that changed nothing.
    static WriteResult<PlaceOutcome> place(QSqlDatabase &db, const PlaceOrder &order);
    // The writer job after the gateway captured the payment: the order is paid.
    static WriteResult<Done> markCaptured(QSqlDatabase &db, qint64 orderId);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }
    Result<protocol::Order> load(QSqlQuery &orderRow);
    Result<QList<protocol::OrderPart>> loadParts(qint64 orderId);

    QSqlDatabase m_db;
    QString m_currency;
    StatementCache m_statements;
    ShippingRepository m_shipping;
};

} // namespace emporium::storage
