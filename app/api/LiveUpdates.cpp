#include "app/api/LiveUpdates.h"

#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/HomeModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/ItemListModel.h"
#include "app/models/OrdersModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "app/models/ShopOrdersModel.h"
#include "app/models/WishlistModel.h"

namespace emporium {
namespace client {

LiveUpdates::LiveUpdates(Models models, QObject *parent) : QObject(parent), m_models(models) {}

void LiveUpdates::listenTo(RealtimeClient &realtime)
{
    m_realtime = &realtime;
    connect(&realtime, &RealtimeClient::messageReceived, this, &LiveUpdates::handle);
}

void LiveUpdates::followSession(Session &session, RealtimeClient &realtime)
{
    m_session = &session;
    listenTo(realtime);
    realtime.subscribe(QStringLiteral("feed"));
    realtime.subscribe(QStringLiteral("stock")); // every card on the grid and the home page stays true
    connect(&session, &Session::changed, this, [this] {
        followAccount();
        loadAccount();
    });
    connect(&realtime, &RealtimeClient::reconnected, this, &LiveUpdates::catchUp);
    followAccount(); // the account as it is now; its models load when the session says it changed
}

// The private topics are left and asked for again after the new token, so that the server
// resolves them for the account signed in now (RealtimeClient authenticates again after every
// reconnect, before it subscribes).
void LiveUpdates::followAccount()
{
    for (const QString &topic : {QStringLiteral("user"), QStringLiteral("seller"), QStringLiteral("admin")})
        m_realtime->unsubscribe(topic);
    m_realtime->setToken(m_session->token());
    if (!m_session->isSignedIn())
        return;
    m_realtime->subscribe(QStringLiteral("user"));
    if (m_session->user().role == protocol::Role::Seller)
        m_realtime->subscribe(QStringLiteral("seller"));
    if (m_session->user().role == protocol::Role::Admin)
        m_realtime->subscribe(QStringLiteral("admin"));
}

// What belongs to the account, the same in every window and after a restart: loaded for the
// account signed in now, emptied when nobody is.
void LiveUpdates::loadAccount()
{
    const bool in = m_session->isSignedIn();
    const protocol::Role role = m_session->user().role;
    if (m_models.home)
        m_models.home->reload(); // recommended and recently viewed belong to the account
    if (m_models.cart)
        in ? m_models.cart->reload() : m_models.cart->clear();
    if (m_models.wishlist)
        in ? m_models.wishlist->reload() : m_models.wishlist->clear();
    if (m_models.orders)
        in ? m_models.orders->reload() : m_models.orders->clear();
    const bool seller = in && role == protocol::Role::Seller;
    if (m_models.inventory)
        seller ? m_models.inventory->reloadWithCategories() : m_models.inventory->clear();
    if (m_models.sales)
        seller ? m_models.sales->reload() : m_models.sales->clear();
    if (m_models.stats)
        seller ? m_models.stats->reload() : m_models.stats->clear();
    if (m_models.shopOrders)
        seller ? m_models.shopOrders->reload() : m_models.shopOrders->clear();
    if (in && role == protocol::Role::Admin) {
        if (m_models.analytics)
            m_models.analytics->reload();
        if (m_models.users)
            m_models.users->reload();
    }
}

// After a reconnect the events missed meanwhile are gone: load what the pages show again.
void LiveUpdates::catchUp()
{
    if (m_models.catalog)
        m_models.catalog->reload();
    loadAccount();
}

QString LiveUpdates::itemTopic(qint64 id)
{
    return QStringLiteral("item:%1").arg(id);
}

void LiveUpdates::openItem(qint64 id)
{
    if (id == m_item)
        return;
    closeItem();
    m_item = id;
    if (m_realtime && m_item)
        m_realtime->subscribe(itemTopic(m_item));
}

void LiveUpdates::closeItem()
{
    if (m_realtime && m_item)
        m_realtime->unsubscribe(itemTopic(m_item));
    m_item = 0;
}

void LiveUpdates::handle(const QJsonObject &message)
{
    if (const auto event = protocol::parseEvent(message))
        apply(*event);
}

void LiveUpdates::apply(const protocol::RealtimeEvent &event)
{
    std::visit([this](const auto &e) { on(e); }, event);
}

void LiveUpdates::on(const protocol::PurchaseEvent &e)
{
    Q_EMIT purchased(e.title, int(e.quantity), e.itemId);
}

void LiveUpdates::on(const protocol::StockEvent &e)
{
    if (m_models.catalog)
        m_models.catalog->applyStock(e.itemId, e.stock, e.soldCount);
    if (m_models.home)
        m_models.home->applyStock(e.itemId, e.stock, e.soldCount);
    if (m_models.related)
        m_models.related->applyStock(e.itemId, e.stock, e.soldCount);
    Q_EMIT itemStockChanged(e.itemId, e.stock, e.soldCount);
}

void LiveUpdates::on(const protocol::ViewersEvent &e)
{
    Q_EMIT itemViewersChanged(e.itemId, int(e.count));
}

void LiveUpdates::on(const protocol::CartEvent &e)
{
    if (m_models.cart)
        m_models.cart->apply(e.cart);
}

void LiveUpdates::on(const protocol::WishlistEvent &e)
{
    if (m_models.wishlist)
        m_models.wishlist->apply(e.items);
}

void LiveUpdates::on(const protocol::OrderEvent &e)
{
    if (m_models.orders)
        m_models.orders->apply(e.order); // a new order, or one a shop shipped, delivered or refunded
}

void LiveUpdates::on(const protocol::ShopOrderEvent &e)
{
    if (m_models.shopOrders)
        m_models.shopOrders->apply(e.order); // shipped from another window, cancelled, refunded
    if (m_models.stats)
        m_models.stats->noteQueueChange(); // "to ship" and "late" follow
}

// The seller's charts, sales list, inventory and order queue all move with one sale; the event names only the
// item, so its title comes from the inventory when the item is there.
void LiveUpdates::on(const protocol::SaleEvent &e)
{
    QString title;
    if (m_models.inventory) {
        const int row = m_models.inventory->rowOf(e.itemId);
        if (row >= 0)
            title = m_models.inventory->itemAt(row).summary.title;
    }
    if (m_models.stats)
        m_models.stats->applySale(e.itemId, title, e.quantity, e.totalCents, e.at);
    if (m_models.sales)
        m_models.sales->applySale(e.orderId, e.itemId, e.quantity, e.totalCents, e.at);
    if (m_models.inventory)
        m_models.inventory->applySale(e.itemId, e.quantity);
    if (m_models.shopOrders)
        m_models.shopOrders->noteSale(e.orderId); // a new order to ship
}

void LiveUpdates::on(const protocol::LowStockEvent &e)
{
    if (m_models.inventory)
        m_models.inventory->applyStock(e.itemId, e.stock); // says so through InventoryModel::lowStock
}

void LiveUpdates::on(const protocol::AnalyticsEvent &e)
{
    if (m_models.analytics)
        m_models.analytics->apply(e.snapshot);
}

} // namespace client
} // namespace emporium
