#pragma once
// A seller's own inventory: reads on the loop's connection, changes as writer jobs. Every
// query is scoped to the seller's shop: another shop's item is simply not found.
#include "server/domain/ItemInput.h"
#include "server/protocol/SellerTypes.h"
#include "server/storage/StatementCache.h"
#include "server/storage/Writer.h"

namespace emporium::storage {

struct ImportRow
{
    int line = 0;
    qint64 id = 0; // 0: a new item
    domain::ItemInput input;
};

class SellerRepository
{
public:
    SellerRepository(QSqlDatabase db, QString currency)
        : m_db(db), m_currency(std::move(currency)), m_statements(db)
    {
    }

    Result<protocol::Page<protocol::InventoryItem>> items(qint64 shopId, int page, int perPage);
    // nullopt: not a listed item of this shop
    Result<std::optional<protocol::InventoryItem>> item(qint64 shopId, qint64 itemId);
    // every listed item of the shop, for the CSV export
    Result<QList<protocol::InventoryItem>> allItems(qint64 shopId);
    // the shop's own order lines, newest first; from/to are ISO 8601 bounds (empty: open)
    Result<protocol::Page<protocol::SaleLine>> sales(qint64 shopId, const QString &from, const QString &to,
                                                     qint64 itemId, int page, int perPage);
    // revenue and units per bucket ("minute", "hour", "day"), and the best items of the period
    Result<std::pair<qint64, qint64>> shippingQueue(qint64 shopId);
    Result<protocol::SellerStats> stats(qint64 shopId, const QString &bucket, const QString &from,
                                        const QString &to);

    // Writer jobs. Their value is Result<qint64> (the item id) or Result<Done>.
    // refreshTerms: make new words searchable now (an import does it once at the end)
    static WriteResult<qint64> create(QSqlDatabase &db, qint64 shopId, const domain::ItemInput &in,
                                      bool refreshTerms = true);
    static WriteResult<qint64> update(QSqlDatabase &db, qint64 shopId, qint64 itemId,
                                      const domain::ItemInput &in, bool refreshTerms = true);
    static WriteResult<qint64> delist(QSqlDatabase &db, qint64 shopId, qint64 itemId);
    // A CSV import in steps, so that no job holds the writer for long (domain::Inventory runs them):
    // checkImport (every line's category and item; validation_failed with details.errors [{line, column,
    // message}], protocol::ImportLineError::toDetails), insertHidden for each chunk of new items (written
    // delisted: nobody sees them yet; value: their ids), publishImport (the changes to existing items
    // and the new ones shown, in one transaction; not_found if an item went meanwhile), discardImport
    // (the hidden items of an import that failed). `owner` names the server writing the hidden items
    // (items.import_owner), so that dropAbandonedImports knows them if it dies before the end.
    static WriteResult<Done> checkImport(QSqlDatabase &db, qint64 shopId, const QList<ImportRow> &rows);
    static WriteResult<QList<qint64>> insertHidden(QSqlDatabase &db, qint64 shopId,
                                                   const QList<ImportRow> &rows, const QString &owner);
    static WriteResult<protocol::ImportResult> publishImport(QSqlDatabase &db, qint64 shopId,
                                                             const QList<qint64> &created,
                                                             const QList<ImportRow> &updates);
    static WriteResult<Done> discardImport(QSqlDatabase &db, qint64 shopId, const QList<qint64> &created);
    // The hidden items of imports whose server died before they ended (SQLite, one server: every one, at the
    // start; PostgreSQL: those of servers not alive in server_presence for `aliveSeconds`); how many went.
    static Result<qint64> dropAbandonedImports(QSqlDatabase &db, int aliveSeconds = 10);
    // a stored picture joins the item's pictures (the first becomes its thumbnail); value: Result<qint64>
    static WriteResult<qint64> addImage(QSqlDatabase &db, qint64 shopId, qint64 itemId, const QString &name,
                                        const QString &thumbName);

private:
    QSqlDatabase m_db;
    QString m_currency;
    StatementCache m_statements;
};

} // namespace emporium::storage
