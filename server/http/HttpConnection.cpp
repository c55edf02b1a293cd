#include "server/http/HttpConnection.h"

#include "server/http/Dispatcher.h"
#include "server/http/LoopServer.h"
#include "server/http/RequestContext.h"

#include <QJsonObject>

#include <QDateTime>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocketServer>
#include <cstring>
#include <limits>
#include <string_view>

namespace emporium::http {
namespace {

HttpConnection *self(http_parser *p)
{
    return static_cast<HttpConnection *>(p->data);
}

// The Date header, formatted once a second per thread.
const QByteArray &httpDate()
{
    thread_local QByteArray cached;
    thread_local qint64 cachedSecond = -1;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                     .toLatin1() +
                 " GMT";
    }
    return cached;
}

} // namespace

const http_parser_settings &HttpConnection::settings()
{
    static const http_parser_settings s = [] {
        http_parser_settings st;
        http_parser_settings_init(&st);
        st.on_message_begin = &HttpConnection::onMessageBegin;
        st.on_url = &HttpConnection::onUrl;
        st.on_header_field = &HttpConnection::onHeaderField;
        st.on_header_value = &HttpConnection::onHeaderValue;
        st.on_headers_complete = &HttpConnection::onHeadersComplete;
        st.on_body = &HttpConnection::onBody;
        st.on_message_complete = &HttpConnection::onMessageComplete;
        return st;
    }();
    return s;
}

HttpConnection::HttpConnection(qintptr socketDescriptor, RequestContext &ctx, QWebSocketServer *webSockets,
                               QObject *parent)
    : QObject(parent), m_ctx(ctx), m_webSockets(webSockets),
      m_socket(ctx.server.tls ? new QSslSocket(this) : new QTcpSocket(this))
{
    ++m_ctx.server.metrics->openConnections;
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_socket->setSocketDescriptor(socketDescriptor);
    if (m_ctx.server.tls)
        startEncryption();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_request.peer = clientAddress(m_socket->peerAddress(), {}, {}); // (IPv4 mapped into IPv6 made plain)
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_ctx.server.config.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_inMessage && !m_closing)
            reject(408, QStringLiteral("request_timeout"),
                   QStringLiteral("the request took too long to arrive"));
        close();
    });
    m_idle.start();
    ClientLimits &limits = *m_ctx.server.limits;
    const bool proxy = isTrustedProxy(m_request.peer, m_ctx.server.config.trustedProxies);
    m_held = !proxy && limits.holdConnection(m_request.peer);
    if (!proxy && !m_held) {
        ++limits.connectionsRefused;
        refuseRate(1, QStringLiteral("too many connections from your address; try again in a moment"));
        close();
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_handshaking) { // nothing to answer in yet
            ++m_ctx.server.metrics->tlsHandshakesFailed;
            m_socket->abort();
            return;
        }
        if (!m_closing)
            reject(408, QStringLiteral("request_timeout"),
                   QStringLiteral("the request took too long to arrive"));
        close();
    });
}

// Plain HTTP sent to the HTTPS port: told so in plain HTTP, as nginx does, before the connection is closed.
static void answerPlainHttp(qintptr socketDescriptor)
{
    static const QByteArray answer =
        closingAnswer(HttpResponse::error(400, QStringLiteral("invalid_request"),
                                          QStringLiteral("this port speaks HTTPS: use https:// and wss://")));
    sendClosingAnswer(socketDescriptor, answer);
}

// The TLS handshake, which must end within the request deadline; a client that does not speak TLS (plain
// HTTP to an HTTPS port), offers nothing the server accepts (TLS 1.1, weak ciphers) or stalls is cut off.
void HttpConnection::startEncryption()
{
    auto *tls = static_cast<QSslSocket *>(m_socket);
    m_handshaking = true;
    tls->setSslConfiguration(*m_ctx.server.tls);
    connect(tls, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        m_deadline.stop();
    });
    connect(tls, &QAbstractSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError error) {
        if (!m_handshaking || error == QAbstractSocket::RemoteHostClosedError)
            return;
        m_handshaking = false;
        ++m_ctx.server.metrics->tlsHandshakesFailed;
        if (tls->errorString().contains(u"http request", Qt::CaseInsensitive))
            answerPlainHttp(tls->socketDescriptor());
        tls->abort();
    });
    startDeadline(m_ctx.server.config.requestTimeoutMs);
    tls->startServerEncryption();
}

void HttpConnection::startDeadline(qint64 ms)
{
    m_deadline.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

HttpConnection::~HttpConnection()
{
    --m_ctx.server.metrics->openConnections;
    if (m_held)
        m_ctx.server.limits->releaseConnection(m_request.peer);
}

void HttpConnection::close()
{
    m_closing = true;
    m_idle.stop();
    m_deadline.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
    else
        m_socket->disconnectFromHost(); // after pending data is written; then `disconnected`
}

HttpConnection::Peek HttpConnection::peekUpgrade() const
{
    static const QByteArray prefix("GET /ws");
    const QByteArray head = m_socket->peek(m_ctx.server.config.maxHeaderBytes);
    if (head.size() <= prefix.size())
        return prefix.startsWith(head) ? Peek::Wait : Peek::NotUpgrade;
    if (!head.startsWith(prefix) || (head[prefix.size()] != ' ' && head[prefix.size()] != '?'))
        return Peek::NotUpgrade;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return head.size() >= m_ctx.server.config.maxHeaderBytes ? Peek::NotUpgrade : Peek::Wait;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("upgrade:") && l.contains("websocket"))
            return Peek::Upgrade;
    }
    return Peek::NotUpgrade;
}

// Who asks for the WebSocket: the peer, or behind a trusted proxy the client of every X-Forwarded-For line
// of the handshake (read as one list, as onHeadersComplete reads them).
QHostAddress HttpConnection::upgradeClient() const
{
    const QByteArray head = m_socket->peek(m_ctx.server.config.maxHeaderBytes);
    QByteArrayList forwarded;
    for (const QByteArray &line : head.left(head.indexOf("\r\n\r\n")).split('\n'))
        if (line.toLower().startsWith("x-forwarded-for:"))
            forwarded << line.mid(16).trimmed();
    return clientAddress(m_request.peer, forwarded.join(','), m_ctx.server.config.trustedProxies);
}

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // discard what follows a closing answer
        return;
    }
    if (m_waiting)
        return; // left in the socket until the pending answer is sent
    m_idle.start();
    if (!m_inMessage && !m_deadline.isActive()) // a new request's first bytes (also a WebSocket handshake's)
        startDeadline(m_ctx.server.config.requestTimeoutMs);
    if (!m_inMessage && m_webSockets) {
        switch (peekUpgrade()) {
        case Peek::Wait:
            return;
        case Peek::Upgrade: {
            // counted as a request of its client, who is noted for the WebSocket's own limits
            const QHostAddress client = upgradeClient();
            ClientLimits &limits = *m_ctx.server.limits;
            if (const int wait = limits.admitRequest(client, {})) {
                ++limits.requestsRefused;
                m_socket->readAll();
                refuseRate(wait, QStringLiteral("too many requests; try again in %1 s").arg(wait));
                close();
                return;
            }
            if (auto *loop = qobject_cast<LoopServer *>(parent()))
                loop->noteUpgradeClient(m_socket->peerPort(), client);
            // The WebSocket server reads the handshake itself and owns the socket from here.
            m_idle.stop();
            m_deadline.stop();
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->setParent(nullptr);
            m_webSockets->handleConnection(m_socket);
            m_socket = nullptr;
            deleteLater();
            return;
        }
        case Peek::NotUpgrade:
            break;
        }
    }
    feed(m_socket->readAll());
}

void HttpConnection::feed(const QByteArray &data)
{
    if (m_parser.upgrade) { // the last request asked to upgrade (h2c): it was answered in HTTP/1.1, go on so
        http_parser_init(&m_parser, HTTP_REQUEST);
        m_parser.data = this;
    }
    m_feedStart = data.constData();
    const size_t parsed = http_parser_execute(&m_parser, &settings(), data.constData(), size_t(data.size()));
    m_feedStart = nullptr;
    const auto err = HTTP_PARSER_ERRNO(&m_parser);
    // the parser stops after an upgrade request: what follows is ours
    if (err == HPE_OK && m_parser.upgrade) {
        const QByteArray rest = data.mid(qsizetype(parsed));
        if (rest.isEmpty())
            return;
        if (m_waiting)
            m_unparsed.prepend(rest);
        else if (!m_closing)
            feed(rest);
        return;
    }
    if (err == HPE_PAUSED) {
        m_unparsed = data.mid(qsizetype(parsed));
        return;
    }
    if (m_closing || m_rejected) {
        close();
        return;
    }
    if (err == HPE_HEADER_OVERFLOW) {
        reject(431, QStringLiteral("header_too_large"), QStringLiteral("request headers are too large"));
        close();
    } else if (err != HPE_OK) {
        reject(400, QStringLiteral("invalid_request"),
               QStringLiteral("malformed HTTP request: %1")
                   .arg(QString::fromLatin1(http_errno_description(err))));
        close();
    }
}

void HttpConnection::reject(int status, const QString &code, const QString &message)
{
    m_rejected = true;
    m_closing = true;
    send(HttpResponse::error(status, code, message), false);
}

void HttpConnection::refuseRate(int retryAfterSeconds, const QString &message)
{
    m_rejected = true;
    m_closing = true;
    // as the login throttle answers: details.retry_after and the Retry-After header
    send(HttpResponse::fromError({QStringLiteral("rate_limited"), message,
                                  QJsonObject{{QStringLiteral("retry_after"), retryAfterSeconds}}}),
         false);
}

// Nothing of one request outlives it on the connection, above all not who sent it: behind a proxy the next
// request on a kept-alive connection may be another person's (nginx shares its upstream connections).
void HttpConnection::resetMessage()
{
    const QHostAddress peer = m_request.peer;
    m_request = HttpRequest{};
    m_request.peer = peer;
    m_lastWasValue = false;
    m_headerBytes = 0;
}

void HttpConnection::send(const HttpResponse &r, bool headOnly)
{
    if (!m_socket)
        return;
    const bool noBody = headOnly || r.status == 204 || r.status == 304 || r.status < 200;
    QByteArray out;
    out.reserve(256 + (noBody ? 0 : r.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    if (r.status != 204 && r.status != 304) {
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (m_closing)
        out += "Connection: close\r\n";
    else if (m_parser.http_major == 1 && m_parser.http_minor == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!noBody)
        out += r.body;
    m_socket->write(out);
}

void HttpConnection::finishMessage()
{
    m_inMessage = false;
    m_deadline.stop();
    const bool keepAlive = http_should_keep_alive(&m_parser) != 0;
    if (!keepAlive)
        m_closing = true;
    const HttpResponse response = dispatch(m_ctx, m_request);
    if (response.deferred) {
        startDeferred(response.deferred);
        return;
    }
    send(response, m_request.method == "HEAD");
    resetMessage();
    m_idle.start();
}

void HttpConnection::startDeferred(const std::shared_ptr<Deferred> &deferred)
{
    m_waiting = true;
    m_idle.stop();
    http_parser_pause(&m_parser, 1);
    // The answer comes back through the event loop object, which outlives every future (the
    // server drains the workers and the writer before stopping its loops); the guard is only read
    // on this thread. A connection gone by then simply drops the answer: what the request started
    // (an order's capture, its events, its receipt) does not depend on it.
    // Always through the loop's queue, also for an answer that is ready at once (a replayed order):
    // finishing inline would re-enter the HTTP parser from inside its own callback.
    QPointer<HttpConnection> guard(this);
    QObject *loop = parent();
    deferred->answer.then(QtFuture::Launch::Sync, [loop, guard, deferred](QFuture<HttpResponse> done) {
        QMetaObject::invokeMethod(
            loop,
            [guard, deferred, done]() mutable {
                if (guard)
                    guard->finishDeferred(*deferred, done);
            },
            Qt::QueuedConnection);
    });
}

void HttpConnection::finishDeferred(Deferred &deferred, QFuture<HttpResponse> &done)
{
    const HttpResponse response = completeDeferred(m_ctx, m_request, deferred, done);
    if (response.deferred) { // one more step off the loop
        startDeferred(response.deferred);
        return;
    }
    send(response, m_request.method == "HEAD");
    resetMessage();
    m_waiting = false;
    if (m_closing) {
        close();
        return;
    }
    m_idle.start();
    http_parser_pause(&m_parser, 0);
    const QByteArray rest = std::move(m_unparsed);
    m_unparsed.clear();
    if (!rest.isEmpty())
        feed(rest);
    if (!m_waiting && !m_closing && m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

int HttpConnection::onMessageBegin(http_parser *p)
{
    HttpConnection *c = self(p);
    c->resetMessage();
    c->m_inMessage = true;
    if (!c->m_deadline.isActive()) // (a pipelined request, read from what was already buffered)
        c->startDeadline(c->m_ctx.server.config.requestTimeoutMs);
    return 0;
}

int HttpConnection::onUrl(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    c->m_headerBytes += qint64(len);
    if (c->m_headerBytes > c->m_ctx.server.config.maxHeaderBytes) {
        c->reject(431, QStringLiteral("header_too_large"),
                  QStringLiteral("request line and headers are too large"));
        return -1;
    }
    c->m_request.target.append(at, qsizetype(len));
    return 0;
}

namespace {
// RFC 9110 5.1: a field name is a token (http_parser, lenient, lets a space or "Bad Name" through; behind a
// proxy that reads names strictly, "Content-Length : 5" is a request-smuggling shape)
bool isToken(const char *at, size_t len)
{
    static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
    for (size_t i = 0; i < len; ++i) {
        const char ch = at[i];
        const bool alnum = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (!alnum && kSymbols.find(ch) == std::string_view::npos)
            return false;
    }
    return true;
}
} // namespace

int HttpConnection::onHeaderField(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (!isToken(at, len)) {
        c->reject(400, QStringLiteral("invalid_request"), QStringLiteral("malformed header name"));
        return -1;
    }
    c->m_headerBytes += qint64(len) + 4;
    if (c->m_headerBytes > c->m_ctx.server.config.maxHeaderBytes) {
        c->reject(431, QStringLiteral("header_too_large"), QStringLiteral("request headers are too large"));
        return -1;
    }
    const QByteArray part = QByteArray(at, qsizetype(len)).toLower();
    if (c->m_lastWasValue || c->m_request.headers.isEmpty())
        c->m_request.headers.append({part, QByteArray()});
    else // the name arrived in more than one piece
        c->m_request.headers.last().first.append(part);
    c->m_lastWasValue = false;
    return 0;
}

// libhttp-parser joins a header line that starts with a space or tab onto the one before (an obsolete
// folding) and reports the rest as more of the value: such a piece follows a line break, not the colon.
bool HttpConnection::continuesFoldedLine(const char *at) const
{
    if (!m_feedStart || at <= m_feedStart)
        return false; // a value going on from the last packet
    const char *c = at - 1;
    while (c > m_feedStart && (*c == ' ' || *c == '\t'))
        --c;
    return *c == '\n';
}

int HttpConnection::onHeaderValue(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    c->m_headerBytes += qint64(len);
    if (c->m_headerBytes > c->m_ctx.server.config.maxHeaderBytes) {
        c->reject(431, QStringLiteral("header_too_large"), QStringLiteral("request headers are too large"));
        return -1;
    }
    if (c->continuesFoldedLine(at)) { // an obsolete line folding (RFC 9112 5.2)
        c->reject(400, QStringLiteral("invalid_request"),
                  QStringLiteral("malformed HTTP request: a header line folded onto the next"));
        return -1;
    }
    c->m_request.headers.last().second.append(at, qsizetype(len));
    c->m_lastWasValue = true;
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    HttpRequest &req = c->m_request;
    req.method = http_method_str(static_cast<http_method>(p->method));
    for (auto &h : req.headers)
        h.second = h.second.trimmed();
    QByteArrayList forwarded; // every X-Forwarded-For line, in order: they read as one list
    for (const auto &h : std::as_const(req.headers))
        if (h.first == "x-forwarded-for")
            forwarded << h.second;
    req.client = clientAddress(req.peer, forwarded.join(','), c->m_ctx.server.config.trustedProxies);
    ClientLimits &limits = *c->m_ctx.server.limits;
    const QByteArray authorization = req.header("authorization");
    const QByteArray token = authorization.size() > 7 ? authorization.mid(7).trimmed() : QByteArray();
    if (const int wait = limits.admitRequest(req.client, token)) {
        ++limits.requestsRefused;
        c->refuseRate(wait, QStringLiteral("too many requests; try again in %1 s").arg(wait));
        return -1;
    }
    http_parser_url url;
    http_parser_url_init(&url);
    if (http_parser_parse_url(req.target.constData(), size_t(req.target.size()), 0, &url) != 0) {
        c->reject(400, QStringLiteral("invalid_request"), QStringLiteral("malformed request target"));
        return -1;
    }
    if (url.field_set & (1 << UF_PATH))
        req.path = QUrl::fromPercentEncoding(
            req.target.mid(url.field_data[UF_PATH].off, url.field_data[UF_PATH].len));
    if (url.field_set & (1 << UF_QUERY))
        req.query.setQuery(
            QString::fromUtf8(req.target.mid(url.field_data[UF_QUERY].off, url.field_data[UF_QUERY].len)));

    // Decide on the body before any of it is buffered: the route may allow more (imports).
    const Route *route =
        c->m_ctx.server.router.match(http_method_str(static_cast<http_method>(p->method)), req.path).route;
    const qint64 limit =
        route && route->maxBodyBytes > 0 ? route->maxBodyBytes : c->m_ctx.server.config.maxBodyBytes;
    c->m_bodyLimit = limit;
    const bool hasLength = (p->flags & F_CHUNKED) == 0 && p->content_length != ULLONG_MAX;
    const bool bodyComing = (p->flags & F_CHUNKED) || (hasLength && p->content_length > 0);
    if (route && bodyComing) // who may send a body is known before it is read
        if (auto refused = admitBody(c->m_ctx, *route, req)) {
            c->m_rejected = true;
            c->m_closing = true;
            c->send(*refused, false);
            return -1;
        }
    const qint64 bodyBytes = hasLength ? qint64(qMin<quint64>(p->content_length, quint64(limit))) : limit;
    if (bodyBytes > 0) // the body: the same again, plus its length at the minimum rate
        c->startDeadline(c->m_ctx.server.config.requestTimeoutMs +
                         bodyBytes * 1000 / qMax<qint64>(1, c->m_ctx.server.config.minBodyBytesPerSecond));
    if (hasLength && p->content_length > quint64(limit)) {
        c->reject(413, QStringLiteral("payload_too_large"),
                  QStringLiteral("the request body exceeds %1 bytes").arg(limit));
        return -1;
    }
    const QByteArray expect = req.header("expect").toLower();
    if (!expect.isEmpty()) {
        if (expect != "100-continue") {
            c->reject(417, QStringLiteral("expectation_failed"),
                      QStringLiteral("only 100-continue is supported"));
            return -1;
        }
        if (!route) { // nobody takes it: answered now, not invited to send a body in vain (RFC 9110 10.1.1)
            c->m_rejected = true;
            c->m_closing = true;
            c->send(dispatch(c->m_ctx, req), false);
            return -1;
        }
        if (p->http_major == 1 && p->http_minor >= 1)
            c->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (hasLength && p->content_length > 0)
        req.body.reserve(qsizetype(p->content_length));
    return 0;
}

int HttpConnection::onBody(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (c->m_request.body.size() + qint64(len) > c->m_bodyLimit) {
        c->reject(413, QStringLiteral("payload_too_large"),
                  QStringLiteral("the request body exceeds %1 bytes").arg(c->m_bodyLimit));
        return -1;
    }
    c->m_request.body.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    c->finishMessage();
    // Stop parsing what follows once the answer closed the connection (not while a deferred
    // answer is pending: the parser is paused then, and closes after sending).
    return c->m_closing && !c->m_waiting ? -1 : 0;
}

} // namespace emporium::http
