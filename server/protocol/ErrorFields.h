#pragma once
// Reading and making the details of an error without touching JSON: a validation_failed error
// names each refused field and why ({"fields": {"name": "why"}}); the client's ApiClient adds the
// HTTP status that carried the error.
#include "server/protocol/Result.h"

#include <QList>
#include <QString>
#include <utility>

namespace emporium::protocol {

using FieldErrors = QList<std::pair<QString, QString>>; // field, why

FieldErrors fieldErrors(const Error &error);
QString fieldError(const Error &error, const QString &field);
Error validationFailed(const QString &message, const FieldErrors &fields);
// rate_limited: how long to wait before trying again (details.retry_after); 0 when not said
int retryAfterSeconds(const Error &error);
// 0 when no HTTP answer carried the error (a network failure, a check made before sending)
int httpStatus(const Error &error);

} // namespace emporium::protocol
