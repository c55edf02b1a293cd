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

// Every window watching one of these items hears its stock and sold count as committed.
void CatalogChanges::publishStock(QSqlDatabase &db, const QSet<qint64> &items)
{
    QList<qint64> watched;
    for (qint64 id : items)
        if (m_publisher.subscribers(QStringLiteral("item:%1").arg(id)) > 0)
            watched << id;
    if (watched.isEmpty())
        return;
    const auto levels = storage::CatalogRepository::stockLevels(db, watched);
    if (!levels)
        return;
    for (const storage::StockLevel &s : levels.value())
        publishEvent(m_publisher, QStringLiteral("item:%1").arg(s.itemId),
                     protocol::StockEvent{s.itemId, s.stock, s.soldCount});
}

} // namespace emporium::domain
