#pragma once
// The request and response values passed between HttpConnection and route handlers.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <QVariant>
#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace emporium::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
class RequestContext;
struct HttpResponse;

struct HttpRequest
{
    QByteArray method; // as sent; HEAD is routed like GET
    QByteArray target; // raw request target, e.g. /api/v1/items?page=2
    QString path;      // decoded path
    QUrlQuery query;
    HeaderList headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;
    // Set by the dispatcher from a valid bearer token, before the handler runs.
    std::optional<protocol::User> principal;

    // First value of a header, by lower-case name; empty when absent.
    QByteArray header(const char *lowerName) const;
};

// An answer that needs work off the event loop first: `start` begins it (on a worker thread,
// or as a job of the database writer) and calls `finish` exactly once, from any thread; `then`
// runs back on the loop thread with the result and may itself defer again. The connection
// reads no further request meanwhile.
struct Deferred
{
    using Finish = std::function<void(std::any)>;
    std::function<void(Finish finish)> start;
    std::function<HttpResponse(RequestContext &, std::any &)> then;
    int routeIndex = -1;  // for metrics, set by the dispatcher
    qint64 startedNs = 0; // likewise
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<Deferred> deferred;

    static HttpResponse later(std::function<void(Deferred::Finish)> start,
                              std::function<HttpResponse(RequestContext &, std::any &)> then);

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &details = {});
    // Maps a domain error code to its HTTP status (API.md "Errors").
    static HttpResponse fromError(const Error &e);
};

const char *reasonPhrase(int status);

} // namespace emporium::http
