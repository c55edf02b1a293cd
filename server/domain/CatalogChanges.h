#pragma once
// The one seam every committed change of the catalog passes through: items, stock, prices, ratings,
// listings, pictures. It alone re-reads the search index, bumps the version that keys every cached
// answer, and tells the item pages' watchers the stock now. The writer calls it after each commit
// with its own connection (so it sees exactly what was committed, in commit order); with several servers
// on one PostgreSQL database, the change feed (ChangeFeed) calls it with the others' commits.
#include "server/storage/ChangeSet.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <atomic>
#include <mutex>

namespace emporium::storage {
class ItemTextIndex;
}

namespace emporium::domain {

class Publisher;

class CatalogChanges
{
public:
    CatalogChanges(storage::ItemTextIndex &index, Publisher &publisher)
        : m_index(index), m_publisher(publisher)
    {
    }

    // After a commit, on a connection that sees it: this server's writer's, or the change feed's for another
    // server's commits (one at a time: each re-reads what it applies, so the later one reads the latest).
    void apply(QSqlDatabase &db, const storage::ChangeSet &changes);

    // The catalog's data version: what was read at another version is stale.
    quint64 version() const { return m_version.load(std::memory_order_acquire); }
    // What keys cached answers: the data version and the UTC day (answers carry arrival dates).
    quint64 answersVersion() const
    {
        return version() + (quint64(QDateTime::currentSecsSinceEpoch() / 86400) << 40);
    }

private:
    void publishStock(QSqlDatabase &db, const QSet<qint64> &items);

    storage::ItemTextIndex &m_index;
    Publisher &m_publisher;
    static constexpr qsizetype kStockTopicMaxItems = 500; // a larger change is not pushed on `stock`
    std::atomic<quint64> m_version{1};
    std::mutex m_applying;
};

} // namespace emporium::domain
