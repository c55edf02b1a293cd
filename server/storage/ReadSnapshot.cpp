#include "server/storage/ReadSnapshot.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSnapshot, "emporium.server.storage")

namespace emporium::storage {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(db), m_begin(db), m_end(db)
{
    m_begin.prepare(QStringLiteral("BEGIN"));
    m_end.prepare(QStringLiteral("COMMIT"));
}

bool ReadSnapshot::begin()
{
    return m_begin.exec();
}

void ReadSnapshot::end()
{
    if (m_end.exec())
        return;
    qCWarning(lcSnapshot) << "ending a read transaction failed:" << m_end.lastError().text();
    m_db.rollback();
}

} // namespace emporium::storage
