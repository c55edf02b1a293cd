#include "server/http/HttpTypes.h"

#include <sys/socket.h>

#include "server/ServerConfig.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace emporium::http {

QByteArray HttpRequest::header(const char *lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::later(QFuture<HttpResponse> answer)
{
    HttpResponse r;
    r.deferred = std::make_shared<Deferred>();
    r.deferred->answer = std::move(answer);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QJsonObject &details)
{
    QJsonObject err{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        err.insert(QStringLiteral("details"), details);
    return json(status,
                QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(QJsonDocument::Compact));
}

QByteArray closingAnswer(const HttpResponse &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) +
                     "\r\nContent-Type: " + r.contentType + "\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "Connection: close\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" +
           r.body;
}

void sendClosingAnswer(qintptr socketDescriptor, const QByteArray &answer)
{
    [[maybe_unused]] const auto sent =
        ::send(int(socketDescriptor), answer.constData(), size_t(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
}

HttpResponse HttpResponse::fromError(const Error &e)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request"), 400},
        {QStringLiteral("validation_failed"), 400},
        {QStringLiteral("unauthenticated"), 401},
        {QStringLiteral("payment_declined"), 402},
        {QStringLiteral("forbidden"), 403},
        {QStringLiteral("not_found"), 404},
        {QStringLiteral("conflict"), 409},
        {QStringLiteral("out_of_stock"), 409},
        {QStringLiteral("idempotency_mismatch"), 409},
        {QStringLiteral("payload_too_large"), 413},
        {QStringLiteral("unsupported_media_type"), 415},
        {QStringLiteral("rate_limited"), 429},
        // the database cannot take writes now (storage/SqlError.h): the request may succeed later
        {QStringLiteral("storage_read_only"), 503},
        {QStringLiteral("storage_full"), 503},
        {QStringLiteral("storage_busy"), 503},
        {QStringLiteral("storage_unavailable"), 503},
        {QStringLiteral("service_stopping"), 503},
    };
    const int status = statuses.value(e.code, 500);
    // Internal details stay in the log, never in the answer.
    if (status == 500) {
        qWarning("emporium: internal error: %s", qPrintable(e.message));
        return error(500, QStringLiteral("internal"), QStringLiteral("internal server error"));
    }
    HttpResponse r = error(status, e.code, e.message, e.details);
    if (status == 429 && e.details.contains(u"retry_after"))
        r.setHeader("Retry-After", QByteArray::number(e.details.value(u"retry_after").toInt()));
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Bearer");
    if (status == 503) {
        qWarning("emporium: %s: %s", qPrintable(e.code), qPrintable(e.message));
        r.setHeader("Retry-After", "5");
    }
    return r;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

namespace {

QHostAddress plain(const QHostAddress &a) // an IPv4 address mapped into IPv6 as IPv4
{
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip) : a;
}

} // namespace

bool isTrustedProxy(const QHostAddress &a, const QList<QPair<QHostAddress, int>> &proxies)
{
    return ServerConfig::inSubnets(a, proxies);
}

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QPair<QHostAddress, int>> &trustedProxies)
{
    const QHostAddress from = plain(peer);
    if (forwardedFor.isEmpty() || !isTrustedProxy(from, trustedProxies))
        return from;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address = plain(QHostAddress(QString::fromLatin1(hop->trimmed())));
        if (address.isNull())
            return from; // not an address: nothing before it is believed either
        if (!isTrustedProxy(address, trustedProxies))
            return address;
    }
    return from;
}

} // namespace emporium::http
