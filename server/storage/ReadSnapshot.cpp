#include "server/storage/ReadSnapshot.h"

#include "server/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSnapshot, "emporium.server.storage")

namespace emporium::storage {

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(db), m_begin(db), m_end(db), m_sqlite(Database::backendOf(db) == Backend::SQLite)
{
    if (!m_sqlite)
        return;
    m_begin.prepare(QStringLiteral("BEGIN"));
    m_end.prepare(QStringLiteral("COMMIT"));
}

bool ReadSnapshot::begin()
{
    return !m_sqlite || m_begin.exec();
}

void ReadSnapshot::end()
{
    if (!m_sqlite || m_end.exec())
        return;
    qCWarning(lcSnapshot) << "ending a read transaction failed:" << m_end.lastError().text();
    m_db.rollback();
}

} // namespace emporium::storage
