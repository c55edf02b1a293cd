#include "server/protocol/ErrorFields.h"

namespace emporium::protocol {

FieldErrors fieldErrors(const Error &error)
{
    FieldErrors out;
    const QJsonObject fields = error.details.value(u"fields").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.append({it.key(), it.value().toString()});
    return out;
}

QString fieldError(const Error &error, const QString &field)
{
    return error.details.value(u"fields").toObject().value(field).toString();
}

Error validationFailed(const QString &message, const FieldErrors &fields)
{
    QJsonObject named;
    for (const auto &[field, why] : fields)
        named.insert(field, why);
    return {QStringLiteral("validation_failed"), message, QJsonObject{{QStringLiteral("fields"), named}}};
}

int retryAfterSeconds(const Error &error)
{
    return error.details.value(u"retry_after").toInt();
}

int httpStatus(const Error &error)
{
    return error.details.value(u"http_status").toInt();
}

} // namespace emporium::protocol
