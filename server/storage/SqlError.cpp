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

// PostgreSQL's SQLSTATE (five characters; the first two name the class) as the same errors.
Error postgresqlError(const QString &state, const QString &message)
{
    const QStringView cls = QStringView(state).left(2);
    if (state == u"25006")
        return {QStringLiteral("storage_read_only"),
                QStringLiteral("the database is read-only: %1").arg(message),
                {}};
    if (cls == u"53") // insufficient resources: disk full, out of memory, too many connections
        return {QStringLiteral("storage_full"),
                QStringLiteral("the database is out of resources: %1").arg(message),
                {}};
    if (state == u"40001" || state == u"40P01" || state == u"55P03") // serialization, deadlock, lock wait
        return {QStringLiteral("storage_busy"), QStringLiteral("the database is busy: %1").arg(message), {}};
    if (cls == u"08" || cls == u"57" || cls == u"58") // connection gone, server shutting down, I/O
        return {QStringLiteral("storage_unavailable"),
                QStringLiteral("the database cannot be reached: %1").arg(message),
                {}};
    return Error::internal(message);
}

} // namespace

Error sqlError(const QSqlError &error)
{
    // PostgreSQL's codes are SQLSTATEs of five characters ("23505", "40P01"); SQLite's are numbers below
    // 10000 (extended codes included)
    const QString native = error.nativeErrorCode();
    if (native.size() == 5)
        return postgresqlError(native, error.text());
    bool numeric = false;
    const int code = native.toInt(&numeric);
    return sqliteError(numeric ? (code & 0xff) : -1, error.text());
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    return native == u"23505" /* PostgreSQL */ || native == u"2067" || native == u"1555" /* SQLite */;
}

} // namespace emporium::storage
