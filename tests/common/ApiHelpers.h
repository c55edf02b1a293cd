#pragma once
// JSON request helpers over RawHttp for the API suites.
#include "tests/common/TestSupport.h"

#include <QJsonObject>

namespace emporium::test {

inline QByteArray bearer(const QString &token)
{
    return "Authorization: Bearer " + token.toLatin1() + "\r\n";
}

inline HttpReply postJson(quint16 port, const QByteArray &path, const QJsonObject &body, const QByteArray &headers = {})
{
    return httpRequest(port, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       "Content-Type: application/json\r\n" + headers);
}

inline QString errorCode(const HttpReply &r)
{
    return r.json().object().value(u"error").toObject().value(u"code").toString();
}

inline QJsonObject errorFields(const HttpReply &r)
{
    return r.json().object().value(u"error").toObject().value(u"details").toObject().value(u"fields").toObject();
}

// Signs in and returns the token ("" on failure).
inline QString login(quint16 port, const QString &email, const QString &password = QStringLiteral("demo1234"))
{
    const HttpReply r = postJson(port, "/api/v1/auth/login",
                                 {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    return r.status == 200 ? r.json().object().value(u"token").toString() : QString();
}

} // namespace emporium::test
