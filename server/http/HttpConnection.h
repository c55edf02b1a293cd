#pragma once
// One client TCP connection on an event-loop thread: parses HTTP/1.x with libhttp-parser,
// enforces header/body limits and the idle timeout, answers keep-alive, HEAD, HTTP/1.0,
// Connection: close and Expect: 100-continue, and hands WebSocket upgrades of /ws over to
// the loop's QWebSocketServer before reading them.
#include "server/http/HttpTypes.h"

#include <QObject>
#include <QTimer>
#include <http_parser.h>

class QTcpSocket;
class QWebSocketServer;

namespace emporium::http {

class RequestContext;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr socketDescriptor, RequestContext &ctx, QWebSocketServer *webSockets,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void close();

private:
    enum class Peek { NotUpgrade, Wait, Upgrade };

    void onReadyRead();
    void feed(const QByteArray &data);
    void startDeferred(const std::shared_ptr<Deferred> &deferred);
    void finishDeferred(Deferred &deferred, QFuture<HttpResponse> &done);
    Peek peekUpgrade() const;
    void resetMessage();
    void finishMessage();
    void reject(int status, const QString &code, const QString &message);
    QHostAddress upgradeClient() const;
    // 429 rate_limited with Retry-After, and the connection closed
    void refuseRate(int retryAfterSeconds, const QString &message);
    void send(const HttpResponse &response, bool headOnly);
    void startDeadline(qint64 ms);
    void startEncryption();
    bool continuesFoldedLine(const char *at) const;

    // libhttp-parser callbacks
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t len);
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);
    static const http_parser_settings &settings();

    RequestContext &m_ctx;
    QWebSocketServer *m_webSockets;
    QTcpSocket *m_socket;
    QTimer m_idle;
    QTimer m_deadline; // of the request being read (ServerConfig::requestTimeoutMs)
    http_parser m_parser;

    HttpRequest m_request;
    bool m_lastWasValue = false;
    qint64 m_headerBytes = 0;
    bool m_inMessage = false;
    bool m_closing = false;            // answer sent with Connection: close; read nothing more
    bool m_rejected = false;           // a limit was hit and answered
    bool m_handshaking = false;        // TLS: the handshake has not ended yet
    bool m_held = false;               // counted in ClientLimits for its address
    bool m_waiting = false;            // a deferred answer is being prepared; parsing is paused
    qint64 m_bodyLimit = 0;            // of the request being read: its route's, or the default
    QByteArray m_unparsed;             // bytes read but not parsed while paused
    const char *m_feedStart = nullptr; // the bytes being parsed (in the parser's callbacks)
};

} // namespace emporium::http
