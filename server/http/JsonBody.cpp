#include "server/http/JsonBody.h"

#include <QJsonDocument>

namespace emporium::http {

Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return Error{
            QStringLiteral("unsupported_media_type"),
            QStringLiteral("send the body as application/json, not %1").arg(QString::fromLatin1(type)),
            {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("the body is not valid JSON: %1 at offset %2")
                         .arg(err.errorString())
                         .arg(err.offset),
                     {}};
    if (!doc.isObject())
        return Error{QStringLiteral("invalid_request"), QStringLiteral("the body must be a JSON object"), {}};
    return doc.object();
}

std::optional<int> pageParam(const HttpRequest &req, const char *name, int fallback, int max)
{
    const QString text = req.query.queryItemValue(QLatin1String(name));
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= 1 && v <= max ? std::optional<int>(v) : std::nullopt;
}

} // namespace emporium::http
