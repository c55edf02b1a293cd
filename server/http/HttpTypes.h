#pragma once
// The request and response values passed between HttpConnection and route handlers.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <QVariant>
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
    QHostAddress peer;   // the socket's
    QHostAddress client; // the peer, or behind a trusted proxy the client it forwarded for (clientAddress)
    // Set by the dispatcher from a valid bearer token, before the handler runs.
    std::optional<protocol::User> principal;

    // First value of a header, by lower-case name; empty when absent.
    QByteArray header(const char *lowerName) const;
};

struct Deferred;

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<Deferred> deferred;

    static HttpResponse later(QFuture<HttpResponse> answer);

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &details = {});
    // Maps a domain error code to its HTTP status (API.md "Errors").
    static HttpResponse fromError(const Error &e);
};

// An answer that needs work off the event loop first (a worker thread, the database writer, a domain
// flow): the future finishes with the answer, made on the loop thread (RouteServices.h: answerLater), and may
// itself be deferred again. The connection reads no further request meanwhile.
struct Deferred
{
    QFuture<HttpResponse> answer;
    int routeIndex = -1; // for metrics, set by the dispatcher
    QElapsedTimer since; // likewise: the request's time counts until the answer
};

const char *reasonPhrase(int status);

// An answer written once, straight to a socket the server then closes without reading from it (a connection
// over the limit, plain HTTP to the HTTPS port): the whole response with Connection: close, and the write
// that never blocks (what the socket's buffer does not take is dropped with the connection).
QByteArray closingAnswer(const HttpResponse &response);
void sendClosingAnswer(qintptr socketDescriptor, const QByteArray &answer);

// Who sent the request: the peer itself, unless the peer is a trusted proxy; then the last address of its
// X-Forwarded-For that is not a trusted proxy too (what the client wrote there itself is not believed).
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QPair<QHostAddress, int>> &trustedProxies);
bool isTrustedProxy(const QHostAddress &address, const QList<QPair<QHostAddress, int>> &trustedProxies);

} // namespace emporium::http
