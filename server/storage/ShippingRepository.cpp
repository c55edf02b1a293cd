#include "server/storage/ShippingRepository.h"

#include "server/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace emporium::storage {

Result<protocol::ShippingSettings> ShippingRepository::settings(qint64 shopId)
{
    auto all = settingsOf({shopId});
    if (!all)
        return all.error();
    return all->value(shopId);
}

Result<QHash<qint64, protocol::ShippingSettings>> ShippingRepository::settingsOf(const QList<qint64> &shopIds)
{
    QHash<qint64, protocol::ShippingSettings> out;
    QSqlQuery &handling =
        m_statements.get(QStringLiteral("SELECT handling_days FROM shop_shipping WHERE shop_id = ?"));
    QSqlQuery &rates =
        m_statements.get(QStringLiteral("SELECT country, flat_cents, free_over_cents, transit_days FROM "
                                        "shipping_rates WHERE shop_id = ? ORDER BY country = '*', country"));
    for (qint64 shop : shopIds) {
        handling.addBindValue(shop);
        if (!handling.exec())
            return sqlError(handling.lastError());
        protocol::ShippingSettings s;
        const bool own = handling.next();
        if (own)
            s.handlingDays = handling.value(0).toInt();
        // done before the next statement: PostgreSQL drops a forward-only query's unread rows
        handling.finish();
        if (own) { // set by the shop: its own rates only
            s.rates.clear();
            rates.addBindValue(shop);
            if (!rates.exec())
                return sqlError(rates.lastError());
            while (rates.next())
                s.rates.append({rates.value(0).toString(), rates.value(1).toLongLong(),
                                rates.value(2).isNull() ? std::nullopt
                                                        : std::optional<qint64>(rates.value(2).toLongLong()),
                                rates.value(3).toInt()});
            rates.finish();
        }
        out.insert(shop, s);
    }
    return out;
}

WriteResult<Done> ShippingRepository::save(QSqlDatabase &db, qint64 shopId,
                                           const protocol::ShippingSettings &s)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO shop_shipping(shop_id, handling_days) VALUES (?, ?) "
                             "ON CONFLICT(shop_id) DO UPDATE SET handling_days = excluded.handling_days"));
    q.addBindValue(shopId);
    q.addBindValue(s.handlingDays);
    if (!q.exec())
        return sqlError(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM shipping_rates WHERE shop_id = ?"));
    q.addBindValue(shopId);
    if (!q.exec())
        return sqlError(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO shipping_rates(shop_id, country, flat_cents, free_over_cents, "
                             "transit_days) VALUES (?, ?, ?, ?, ?)"));
    for (const protocol::ShippingRate &r : s.rates) {
        for (const QVariant &v : QVariantList{shopId, r.country, r.flatCents,
                                              r.freeOverCents ? QVariant(*r.freeOverCents)
                                                              : QVariant(QMetaType::fromType<qint64>()),
                                              r.transitDays})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q.lastError());
    }
    ChangeSet changes;
    changes.cachedAnswers = true; // the shop's items' arrival dates in cached answers
    return WriteResult<Done>(Done{}, changes);
}

} // namespace emporium::storage
