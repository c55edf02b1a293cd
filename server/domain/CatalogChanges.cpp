#include "server/domain/CatalogChanges.h"

#include "server/domain/Publisher.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/CatalogRepository.h"
#include "server/storage/ItemTextIndex.h"

namespace emporium::domain {

void CatalogChanges::apply(QSqlDatabase &db, const storage::ChangeSet &changes)
{
    if (!changes.touchesCatalog())
        return;
    const std::lock_guard one(m_applying);
    if (!changes.items.isEmpty())
        m_index.refresh(db, QList<qint64>(changes.items.cbegin(), changes.items.cend()));
    for (qint64 shop : changes.shops)
        m_index.refreshShop(db, shop);
    m_version.fetch_add(1, std::memory_order_acq_rel); // only after the index: a new version finds it current
    publishStock(db, changes.items);
}

// Every window watching one of these items hears its stock and sold count as committed; so does every window
// on the `stock` topic (the cards of the shop's grid and home page), unless the change is a large one (an
// import, a price rule) that they are better off reading again with their next page.
void CatalogChanges::publishStock(QSqlDatabase &db, const QSet<qint64> &items)
{
    static const QString everyItem = QStringLiteral("stock");
    const bool toEveryone = items.size() <= kStockTopicMaxItems && m_publisher.subscribers(everyItem) > 0;
    QList<qint64> watched;
    for (qint64 id : items)
        if (toEveryone || m_publisher.subscribers(QStringLiteral("item:%1").arg(id)) > 0)
            watched << id;
    if (watched.isEmpty())
        return;
    const auto levels = storage::CatalogRepository::stockLevels(db, watched);
    if (!levels)
        return;
    for (const storage::StockLevel &s : levels.value()) {
        const protocol::StockEvent event{s.itemId, s.stock, s.soldCount};
        publishEvent(m_publisher, QStringLiteral("item:%1").arg(s.itemId), event);
        if (toEveryone)
            publishEvent(m_publisher, everyItem, event);
    }
}

} // namespace emporium::domain
