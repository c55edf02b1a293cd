#pragma once
// Users as the admin sees them: a searchable list, and role/disabled changes as writer jobs.
#include "server/protocol/AdminTypes.h"
#include "server/protocol/CatalogTypes.h"
#include "server/storage/StatementCache.h"
#include "server/storage/Writer.h"

#include <optional>

namespace emporium::storage {

class AdminRepository
{
public:
    explicit AdminRepository(QSqlDatabase db) : m_db(db), m_statements(db) {}

    Result<protocol::Page<protocol::AdminUser>> users(const QString &search, int page, int perPage);
    Result<std::optional<protocol::AdminUser>> user(qint64 id);
    // Writer job; its value is Result<Done>.
    static WriteResult<Done> change(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                    const protocol::AdminUserChange &change);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace emporium::storage
