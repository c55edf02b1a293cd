#pragma once
// Prepared statements of one connection, kept by their SQL text: a hot query is prepared once
// and re-bound afterwards. One per repository, on the repository's thread.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace emporium::storage {

class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    QSqlQuery &get(const QString &sql)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_shared<QSqlQuery>(m_db);
            slot->setForwardOnly(true);
            slot->prepare(sql);
        }
        return *slot;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace emporium::storage
