#include "server/storage/SqlError.h"

#include <QSqlError>
#include <sqlite3.h>

namespace emporium::storage {

namespace {

// SQLite's primary result code (SQLITE_FULL, ...) as the error a caller can act on.
Error sqliteError(int primaryCode, const QString &message)
{
    switch (primaryCode) {
    case SQLITE_READONLY:
        return {QStringLiteral("storage_read_only"),
                QStringLiteral("the database is read-only: %1").arg(message),
                {}};
    case SQLITE_FULL:
        return {QStringLiteral("storage_full"),
                QStringLiteral("the database or its disk is full: %1").arg(message),
                {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {QStringLiteral("storage_busy"), QStringLiteral("the database is busy: %1").arg(message), {}};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {QStringLiteral("storage_unavailable"),
                QStringLiteral("the database cannot be read or written: %1").arg(message),
                {}};
    default:
        return Error::internal(message);
    }
}

} // namespace

Error sqlError(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return sqliteError(numeric ? (code & 0xff) : -1, error.text());
}

} // namespace emporium::storage
