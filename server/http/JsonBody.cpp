#include "server/http/JsonBody.h"

#include <QJsonDocument>

namespace emporium::http {

Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return Error{QStringLiteral("unsupported_media_type"),
                     QStringLiteral("send the body as application/json, not %1").arg(QString::fromLatin1(type)),
                     {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset),
                     {}};
    if (!doc.isObject())
        return Error{QStringLiteral("invalid_request"), QStringLiteral("the body must be a JSON object"), {}};
    return doc.object();
}

} // namespace emporium::http
