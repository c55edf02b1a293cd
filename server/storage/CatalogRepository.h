#pragma once
// Catalog reads on one thread's connection. Prepared statements are kept per SQL text,
// so a hot route re-binds instead of re-preparing.
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/ItemQuery.h"
#include "server/protocol/Result.h"
#include "server/storage/QueryPlanner.h"
#include "server/storage/Writer.h"

#include "server/storage/NameCache.h"
#include "server/storage/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace emporium::storage {

struct StockLevel
{
    qint64 itemId = 0;
    qint64 stock = 0;
    qint64 soldCount = 0;
    qint64 lowStockThreshold = 0;
};

class CatalogRepository
{
public:
    CatalogRepository(QSqlDatabase db, QString currency);
    // Searches are answered from this index (shared by the threads) once it is ready.
    void setTextIndex(const ItemTextIndex *index)
    {
        m_textIndex = index;
        m_search.setVocabulary(index);
    }

    Result<QList<protocol::Category>> categories();
    // dataVersion: the catalog's version now (0: count afresh); totals are reused within a version
    Result<protocol::Page<protocol::ItemSummary>> items(const protocol::ItemQuery &query,
                                                        quint64 dataVersion = 0);
    // What a search's words were corrected to ("" when none was): the plan `items` used for them.
    QString didYouMean(const QString &q, quint64 dataVersion);
    // nullopt: no such (listed) item
    Result<std::optional<protocol::ItemDetail>> item(qint64 id);
    // Writer job: searches (normalized query, ISO time) for the analytics.
    static WriteResult<Done> logSearches(QSqlDatabase &db,
                                         const QList<std::pair<QString, QString>> &searches);
    // Stock and sold counts of these items as the connection sees them now (listed or not).
    static Result<QList<StockLevel>> stockLevels(QSqlDatabase &db, const QList<qint64> &ids);
    // Is the database answering? (for /healthz)
    bool ping();

private:
    // a query's plan, remembered per data version in m_plans
    QList<QueryPlanner::Group> planOf(const QString &q, quint64 dataVersion);
    Result<protocol::Page<protocol::ItemSummary>> indexedItems(const protocol::ItemQuery &query,
                                                               const QList<QueryPlanner::Group> &groups,
                                                               quint64 dataVersion);
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }

    QSqlDatabase m_db;
    QString m_currency;
    QueryPlanner m_search;
    const ItemTextIndex *m_textIndex = nullptr;
    StatementCache m_statements;
    QHash<QString, std::pair<qint64, quint64>> m_counts; // count SQL + binds -> total, data version
    QHash<QString, std::pair<QList<protocol::ItemSummary>, quint64>>
        m_pages; // page SQL + binds -> rows, data version
    QHash<QString, std::pair<QList<QueryPlanner::Group>, quint64>>
        m_plans; // typed words -> their meaning, data version
    NameCache m_shopNames{QStringLiteral("shops"), QStringLiteral("name")};
    NameCache m_categoryNames{QStringLiteral("categories"), QStringLiteral("name")};
};

} // namespace emporium::storage
