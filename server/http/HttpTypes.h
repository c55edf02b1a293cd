#pragma once
// The request and response values passed between HttpConnection and route handlers.
#include "server/protocol/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace emporium::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // as sent; HEAD is routed like GET
    QByteArray target; // raw request target, e.g. /api/v1/items?page=2
    QString path;      // decoded path
    QUrlQuery query;
    HeaderList headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    // First value of a header, by lower-case name; empty when absent.
    QByteArray header(const char *lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HeaderList headers;
    QByteArray body;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &details = {});
    // Maps a domain error code to its HTTP status (API.md "Errors").
    static HttpResponse fromError(const Error &e);
};

const char *reasonPhrase(int status);

} // namespace emporium::http
