#include "app/api/LiveUpdates.h"

#include "app/api/RealtimeClient.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/HomeModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/ItemListModel.h"
#include "app/models/OrdersModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "app/models/WishlistModel.h"

namespace emporium {
namespace client {

LiveUpdates::LiveUpdates(Models models, QObject *parent) : QObject(parent), m_models(models) {}

void LiveUpdates::listenTo(RealtimeClient &realtime)
{
    connect(&realtime, &RealtimeClient::messageReceived, this, &LiveUpdates::handle);
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
    Q_EMIT purchased(e.title, int(e.quantity));
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
        m_models.orders->prepend(e.order);
}

// The seller's charts, sales list and inventory all move with one sale; the event names only the
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
