#pragma once
// Keeps the models live. It chooses the realtime topics (the feed always, the account's private
// topics while someone is signed in, the open item's viewer topic), routes the server's messages
// to the models they change (each frame parsed once into its protocol type, protocol::parseEvent),
// and loads the account's models again when the account changes or the connection comes back,
// since the events missed meanwhile are gone. What only a widget shows (the purchase banner, the
// open item's stock and viewers) comes out as a signal, so the main window builds pages and never
// reads a message or picks a topic itself.
#include "server/protocol/RealtimeEvents.h"

#include <QJsonObject>
#include <QObject>

namespace emporium {
namespace client {

class AdminAnalytics;
class AdminUsersModel;
class CartModel;
class CatalogModel;
class HomeModel;
class InventoryModel;
class ItemListModel;
class OrdersModel;
class RealtimeClient;
class SalesModel;
class SellerStats;
class Session;
class ShopOrdersModel;
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
        AdminUsersModel *users = nullptr;
        ShopOrdersModel *shopOrders = nullptr;
    };

    explicit LiveUpdates(Models models, QObject *parent = nullptr);

    // Follows every message `realtime` receives (routing only: the topics are the caller's).
    void listenTo(RealtimeClient &realtime);
    // Routing, and the topics and reloads that follow the account: `feed` now; `user`, and
    // `seller` or `admin` by role, whenever `session` changes (after sending its token); the
    // account's models loaded again (or emptied on sign-out) then, and everything loaded again
    // after `realtime` reconnects. Both must outlive this object.
    void followSession(Session &session, RealtimeClient &realtime);
    // The item on screen: its topic counts this window as a viewer and brings its stock. One item
    // at a time; opening another leaves the previous one.
    void openItem(qint64 id);
    void closeItem();
    qint64 openItemId() const { return m_item; }
    // One received frame; a type this client does not know is ignored.
    void handle(const QJsonObject &message);
    void apply(const protocol::RealtimeEvent &event);

Q_SIGNALS:
    void purchased(const QString &title, int quantity, qint64 itemId);
    void itemStockChanged(qint64 itemId, qint64 stock, qint64 soldCount);
    void itemViewersChanged(qint64 itemId, int count);

private:
    void on(const protocol::PurchaseEvent &e);
    void on(const protocol::StockEvent &e);
    void on(const protocol::ViewersEvent &e);
    void on(const protocol::CartEvent &e);
    void on(const protocol::WishlistEvent &e);
    void on(const protocol::OrderEvent &e);
    void on(const protocol::ShopOrderEvent &e);
    void on(const protocol::SaleEvent &e);
    void on(const protocol::LowStockEvent &e);
    void on(const protocol::AnalyticsEvent &e);
    // refusals and the auth answer change no model
    void on(const protocol::ErrorEvent &) {}
    void on(const protocol::AuthenticatedEvent &) {}

    void followAccount();
    void loadAccount();
    void catchUp();
    static QString itemTopic(qint64 id);

    Models m_models;
    Session *m_session = nullptr;
    RealtimeClient *m_realtime = nullptr;
    qint64 m_item = 0;
};

} // namespace client
} // namespace emporium
