#include "server/domain/Announcements.h"

#include "server/domain/Publisher.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/CartRepository.h"
#include "server/storage/CatalogRepository.h"
#include "server/storage/FulfilmentRepository.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAnnounce, "emporium.server.announce")

namespace emporium::domain {

namespace {

QString userTopic(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

QList<qint64> sorted(const QSet<qint64> &ids) // oldest first, as they were made
{
    QList<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void announcePurchase(Publisher &hub, const PurchaseNews &news)
{
    const protocol::Order &order = news.order;
    for (const auto &line : order.lines) {
        publishEvent(hub, QStringLiteral("feed"),
                     protocol::PurchaseEvent{line.itemId, line.title, line.quantity, order.createdAt});
        publishEvent(hub, QStringLiteral("seller:%1").arg(line.sellerId),
                     protocol::SaleEvent{order.id, line.itemId, line.quantity,
                                         line.unitPriceCents * line.quantity, order.createdAt});
    }
    for (const auto &s : news.stock) {
        const auto line = std::find_if(order.lines.cbegin(), order.lines.cend(),
                                       [&](auto &l) { return l.itemId == s.itemId; });
        if (s.stock <= s.lowStockThreshold && line != order.lines.cend())
            publishEvent(hub, QStringLiteral("seller:%1").arg(line->sellerId),
                         protocol::LowStockEvent{s.itemId, s.stock});
    }
    const QString user = userTopic(news.buyerId);
    if (!hub.subscribers(user))
        return;
    publishEvent(hub, user, protocol::OrderEvent{order});
    if (news.cartAfter)
        publishEvent(hub, user, protocol::CartEvent{*news.cartAfter});
}

void announceOrderChange(Publisher &hub, const storage::BuyersOrder &changed)
{
    publishEvent(hub, userTopic(changed.buyerId), protocol::OrderEvent{changed.order});
    for (const protocol::OrderPart &part : changed.order.parts) // each shop's queue follows
        publishEvent(
            hub, QStringLiteral("seller:%1").arg(part.shopId),
            protocol::ShopOrderEvent{storage::shopShare(changed.order, part.shopId, changed.buyerName)});
}

void PeerAnnouncements::announce(QSqlDatabase &db, const storage::ChangeSet &theirs)
{
    for (qint64 id : sorted(theirs.paidOrders))
        purchase(db, id);
    storage::OrderRepository orders(db, m_currency);
    for (qint64 id : sorted(theirs.changedOrders)) {
        const auto changed = orders.buyersOrder(id);
        if (changed && changed.value())
            announceOrderChange(m_hub, *changed.value());
    }
    listsOf(db, theirs);
}

// A purchase another server took: as its own windows heard it, with the stock and the cart as they are now.
void PeerAnnouncements::purchase(QSqlDatabase &db, qint64 orderId)
{
    const auto bought = storage::OrderRepository(db, m_currency).buyersOrder(orderId);
    if (!bought || !bought.value()) {
        qCWarning(lcAnnounce) << "cannot read order" << orderId << "of another server";
        return;
    }
    const protocol::Order &order = bought.value()->order;
    QList<qint64> items;
    for (const auto &line : order.lines)
        items << line.itemId;
    QList<storage::StockChange> stock;
    for (const storage::StockLevel &s : storage::CatalogRepository::stockLevels(db, items).value_or({}))
        stock.append({s.itemId, s.stock, s.soldCount, s.lowStockThreshold});
    std::optional<protocol::Cart> cart;
    if (m_hub.subscribers(userTopic(bought.value()->buyerId)))
        if (auto now = storage::CartRepository(db, m_currency).cart(bought.value()->buyerId))
            cart = now.value();
    announcePurchase(m_hub, {order, bought.value()->buyerId, stock, cart});
    if (m_paid)
        m_paid(order);
}

// Carts and wishlists as they are now, to the users' windows here (none watching: nothing read).
void PeerAnnouncements::listsOf(QSqlDatabase &db, const storage::ChangeSet &theirs)
{
    storage::CartRepository lists(db, m_currency);
    for (qint64 user : theirs.carts)
        if (m_hub.subscribers(userTopic(user)))
            if (auto cart = lists.cart(user))
                publishEvent(m_hub, userTopic(user), protocol::CartEvent{cart.value()});
    for (qint64 user : theirs.wishlists)
        if (m_hub.subscribers(userTopic(user)))
            if (auto list = lists.wishlist(user))
                publishEvent(m_hub, userTopic(user), protocol::WishlistEvent{list.value()});
}

} // namespace emporium::domain
