#pragma once
// Routes the server's realtime messages to the models they change: each frame is parsed once
// into its protocol type (protocol::parseEvent) and applied to the models given here. What
// only a widget shows (the purchase banner, the open item's stock and viewers) comes out as a
// signal, so the main window wires pages and never reads a message itself.
#include "server/protocol/RealtimeEvents.h"

#include <QJsonObject>
#include <QObject>

namespace emporium {
namespace client {

class AdminAnalytics;
class CartModel;
class CatalogModel;
class HomeModel;
class InventoryModel;
class ItemListModel;
class OrdersModel;
class RealtimeClient;
class SalesModel;
class SellerStats;
class WishlistModel;

class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    // The models that follow live events; any may be null (a window without that page).
    struct Models
    {
        CatalogModel *catalog = nullptr;
        HomeModel *home = nullptr;
        ItemListModel *related = nullptr;
        CartModel *cart = nullptr;
        WishlistModel *wishlist = nullptr;
        OrdersModel *orders = nullptr;
        InventoryModel *inventory = nullptr;
        SalesModel *sales = nullptr;
        SellerStats *stats = nullptr;
        AdminAnalytics *analytics = nullptr;
    };

    explicit LiveUpdates(Models models, QObject *parent = nullptr);

    // Follows every message `realtime` receives.
    void listenTo(RealtimeClient &realtime);
    // One received frame; a type this client does not know is ignored.
    void handle(const QJsonObject &message);
    void apply(const protocol::RealtimeEvent &event);

Q_SIGNALS:
    void purchased(const QString &title, int quantity);
    void itemStockChanged(qint64 itemId, qint64 stock, qint64 soldCount);
    void itemViewersChanged(qint64 itemId, int count);

private:
    void on(const protocol::PurchaseEvent &e);
    void on(const protocol::StockEvent &e);
    void on(const protocol::ViewersEvent &e);
    void on(const protocol::CartEvent &e);
    void on(const protocol::WishlistEvent &e);
    void on(const protocol::OrderEvent &e);
    void on(const protocol::SaleEvent &e);
    void on(const protocol::LowStockEvent &e);
    void on(const protocol::AnalyticsEvent &e);
    // refusals and the auth answer change no model
    void on(const protocol::ErrorEvent &) {}
    void on(const protocol::AuthenticatedEvent &) {}

    Models m_models;
};

} // namespace client
} // namespace emporium
