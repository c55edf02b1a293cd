#pragma once
// What the watching windows hear of orders, carts and wishlists: one place for each message, whether the
// change was this server's (Orders, Fulfilment, Carts announce it after their commit) or another server's
// on the same database (PeerAnnouncements, fed by the change feed, reads the details and announces them
// to this server's watchers). The items' stock is CatalogChanges'.
#include "server/protocol/OrderTypes.h"
#include "server/storage/ChangeSet.h"
#include "server/storage/OrderRepository.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace emporium::domain {

class Publisher;

struct PurchaseNews
{
    const protocol::Order &order;
    qint64 buyerId = 0;
    const QList<storage::StockChange> &stock; // the items' stock after it
    const std::optional<protocol::Cart> &cartAfter;
};

// The feed (buyer not named), each seller's sales and low stock, and every window of the buyer.
void announcePurchase(Publisher &hub, const PurchaseNews &news);
// The buyer's windows and each shop's queue: an order shipped, delivered, cancelled or refunded.
void announceOrderChange(Publisher &hub, const storage::BuyersOrder &changed);

class PeerAnnouncements
{
public:
    PeerAnnouncements(Publisher &hub, QString currency, std::function<void(const protocol::Order &)> paid)
        : m_hub(hub), m_currency(std::move(currency)), m_paid(std::move(paid))
    {
    }

    // On the change feed's thread and connection, after another server committed `theirs`.
    void announce(QSqlDatabase &db, const storage::ChangeSet &theirs);

private:
    void purchase(QSqlDatabase &db, qint64 orderId);
    void listsOf(QSqlDatabase &db, const storage::ChangeSet &theirs);

    Publisher &m_hub;
    QString m_currency;
    std::function<void(const protocol::Order &)> m_paid; // this server's analytics count it too
};

} // namespace emporium::domain
