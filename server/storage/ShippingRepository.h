#pragma once
// Each shop's handling time and shipping rates per destination country; a shop that set nothing
// ships everywhere free (protocol::ShippingSettings' defaults).
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"
#include "server/storage/StatementCache.h"
#include "server/storage/Writer.h"

#include <QHash>
#include <QSqlDatabase>

namespace emporium::storage {

class ShippingRepository
{
public:
    explicit ShippingRepository(QSqlDatabase db) : m_statements(db) {}

    Result<protocol::ShippingSettings> settings(qint64 shopId);
    // Every given shop's settings (the defaults for those without).
    Result<QHash<qint64, protocol::ShippingSettings>> settingsOf(const QList<qint64> &shopIds);

    // Writer job: replaces the shop's settings (cached item answers carry arrival dates).
    static WriteResult<Done> save(QSqlDatabase &db, qint64 shopId,
                                  const protocol::ShippingSettings &settings);

private:
    StatementCache m_statements; // read on every order and catalog page with a country: prepared once
};

} // namespace emporium::storage
