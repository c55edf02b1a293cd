#pragma once
// A failed statement as a domain error whose code names the cause a caller can act on: the database
// is read-only, full, busy or gone (503, try later) rather than a bare `internal`.
#include "server/protocol/Result.h"

class QSqlError;

namespace emporium::storage {

Error sqlError(const QSqlError &error);
// The same for a failure reported as SQLite's primary result code (SQLITE_FULL, ...).
Error sqliteError(int primaryCode, const QString &message);

} // namespace emporium::storage
