#pragma once
// A failed statement as a domain error whose code names the cause a caller can act on: the database
// is read-only, full, busy or gone (503, try later) rather than a bare `internal`. Knows SQLite's result
// codes and PostgreSQL's SQLSTATEs.
#include "server/protocol/Result.h"

class QSqlError;

namespace emporium::storage {

Error sqlError(const QSqlError &error);
// A UNIQUE or PRIMARY KEY constraint refused the row (on either backend).
bool isUniqueViolation(const QSqlError &error);

} // namespace emporium::storage
