#pragma once
// The messages of API.md "Realtime" that the server pushes on /ws, one type per "type", each
// written and read here so that the hub, the domain and the client agree on every field.
// parseEvent() turns a received frame into the typed message.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/AdminTypes.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/OrderTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace emporium::protocol {

class JsonWriter;

// item:{id}: the number of connections watching the item changed.
struct ViewersEvent
{
    static constexpr const char *kType = "viewers";
    qint64 itemId = 0;
    qint64 count = 0;

    void write(JsonWriter &w) const;
    static ViewersEvent fromJson(const QJsonObject &o);
    bool operator==(const ViewersEvent &) const = default;
};

// item:{id}: stock and sold count as committed.
struct StockEvent
{
    static constexpr const char *kType = "stock";
    qint64 itemId = 0;
    qint64 stock = 0;
    qint64 soldCount = 0;

    void write(JsonWriter &w) const;
    static StockEvent fromJson(const QJsonObject &o);
    bool operator==(const StockEvent &) const = default;
};

// feed: an order line, the buyer not named.
struct PurchaseEvent
{
    static constexpr const char *kType = "purchase";
    qint64 itemId = 0;
    QString title;
    qint64 quantity = 0;
    QString at; // ISO 8601 UTC

    void write(JsonWriter &w) const;
    static PurchaseEvent fromJson(const QJsonObject &o);
    bool operator==(const PurchaseEvent &) const = default;
};

// user: the cart as it is now.
struct CartEvent
{
    static constexpr const char *kType = "cart";
    Cart cart;

    void write(JsonWriter &w) const;
    static CartEvent fromJson(const QJsonObject &o);
    bool operator==(const CartEvent &) const = default;
};

// user: the wishlist as it is now ({"type":"wishlist","items":[...]}).
struct WishlistEvent
{
    static constexpr const char *kType = "wishlist";
    QList<ItemSummary> items;

    void write(JsonWriter &w) const;
    static WishlistEvent fromJson(const QJsonObject &o);
    bool operator==(const WishlistEvent &) const = default;
};

// user: an order was placed or changed.
struct OrderEvent
{
    static constexpr const char *kType = "order";
    Order order;

    void write(JsonWriter &w) const;
    static OrderEvent fromJson(const QJsonObject &o);
    bool operator==(const OrderEvent &) const = default;
};

// seller: one of the shop's items was sold.
struct SaleEvent
{
    static constexpr const char *kType = "sale";
    qint64 orderId = 0;
    qint64 itemId = 0;
    qint64 quantity = 0;
    qint64 totalCents = 0;
    QString at; // ISO 8601 UTC

    void write(JsonWriter &w) const;
    static SaleEvent fromJson(const QJsonObject &o);
    bool operator==(const SaleEvent &) const = default;
};

// seller: an order of the shop changed after payment (a part shipped or delivered, the buyer cancelled,
// a refund): the shop's share of it, as its queue shows it ({"type":"shop_order","order":{...}}).
struct ShopOrderEvent
{
    static constexpr const char *kType = "shop_order";
    Order order;

    void write(JsonWriter &w) const;
    static ShopOrderEvent fromJson(const QJsonObject &o);

    bool operator==(const ShopOrderEvent &) const = default;
};

// seller: an item's stock fell to its threshold or below.
struct LowStockEvent
{
    static constexpr const char *kType = "low_stock";
    qint64 itemId = 0;
    qint64 stock = 0;

    void write(JsonWriter &w) const;
    static LowStockEvent fromJson(const QJsonObject &o);
    bool operator==(const LowStockEvent &) const = default;
};

// admin: the analytics snapshot, once a second.
struct AnalyticsEvent
{
    static constexpr const char *kType = "analytics";
    AnalyticsSnapshot snapshot;

    void write(JsonWriter &w) const;
    static AnalyticsEvent fromJson(const QJsonObject &o);
    bool operator==(const AnalyticsEvent &) const = default;
};

// The answer to a message the server refused (a forbidden topic); the connection stays.
struct ErrorEvent
{
    static constexpr const char *kType = "error";
    QString code;
    QString message;

    void write(JsonWriter &w) const;
    static ErrorEvent fromJson(const QJsonObject &o);
    bool operator==(const ErrorEvent &) const = default;
};

// The answer to {"type":"auth"}: the user the connection now speaks for.
struct AuthenticatedEvent
{
    static constexpr const char *kType = "authenticated";
    User user;

    void write(JsonWriter &w) const;
    static AuthenticatedEvent fromJson(const QJsonObject &o);
    bool operator==(const AuthenticatedEvent &) const = default;
};

using RealtimeEvent =
    std::variant<ViewersEvent, StockEvent, PurchaseEvent, CartEvent, WishlistEvent, OrderEvent, SaleEvent,
                 ShopOrderEvent, LowStockEvent, AnalyticsEvent, ErrorEvent, AuthenticatedEvent>;

// The typed message of a received frame; nullopt for a type this client does not know (a pong).
std::optional<RealtimeEvent> parseEvent(const QJsonObject &o);

// What the client sends: {"type":"subscribe"|"unsubscribe","topic"}, {"type":"auth","token"},
// {"type":"ping"}.
QJsonObject subscribeMessage(const QString &topic);
QJsonObject unsubscribeMessage(const QString &topic);
QJsonObject authMessage(const QString &token);
QJsonObject pingMessage();

} // namespace emporium::protocol
