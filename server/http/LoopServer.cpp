#include "server/http/LoopServer.h"

#include "server/http/HttpConnection.h"
#include "server/http/RequestContext.h"
#include "server/realtime/LoopFanout.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/Database.h"

#include "server/metrics/Metrics.h"

#include <QLoggingCategory>
#include <QWebSocket>
#include <QWebSocketServer>
#include <atomic>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAccept, "emporium.server.http.accept")

namespace emporium::http {

namespace {
std::atomic<int> g_loopSerial{0};
}

LoopServer::LoopServer(ServerContext &ctx, realtime::RealtimeHub &hub, int index)
    // Unique across servers: tests and the app may run more than one server in a process.
    : m_ctx(ctx), m_hub(hub),
      m_connectionName(QStringLiteral("emporium-loop-%1-%2").arg(index).arg(g_loopSerial.fetch_add(1))),
      m_index(index)
{
}

LoopServer::~LoopServer() = default;

bool LoopServer::start(qintptr listeningSocket, QString *error)
{
    auto config = storage::DatabaseConfig::fromUrl(m_ctx.config.databaseUrl);
    if (!config) {
        *error = config.error().message;
        return false;
    }
    config->synchronousFull = m_ctx.config.synchronousFull;
    auto db = storage::Database::open(m_connectionName, config.value());
    if (!db) {
        *error = db.error().message;
        return false;
    }
    m_requestContext = std::make_unique<RequestContext>(m_ctx, m_hub, db.value(), this);
    m_webSockets = new QWebSocketServer(QStringLiteral("Emporium"), QWebSocketServer::NonSecureMode, this);
    m_fanout = new realtime::LoopFanout(this);
    m_hub.addLoop(m_fanout);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_webSockets->nextPendingConnection()) {
            ws->setParent(this); // closed with the loop
            if (!admitWebSocket(ws))
                continue;
            RequestContext *ctx = m_requestContext.get();
            m_hub.adopt(ws, *m_fanout, [ctx](const QString &token) -> std::optional<protocol::User> {
                auto user = ctx->accounts.authenticate(token);
                return user ? user.value() : std::nullopt;
            });
        }
    });
    if (!setSocketDescriptor(listeningSocket)) {
        *error = errorString();
        return false;
    }
    return true;
}

void LoopServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_ctx.metrics->openConnections.load() >= m_ctx.config.maxConnections) {
        refuse(socketDescriptor);
        return;
    }
    new HttpConnection(socketDescriptor, *m_requestContext, m_webSockets, this);
}

// A WebSocket counts against its client's address (behind a trusted proxy, the one it forwarded for) while
// it lives; one more than the address may hold is closed at once (1008, with the reason). A flood of
// messages closes it (1008), before the session reads more of them.
bool LoopServer::admitWebSocket(QWebSocket *ws)
{
    ClientLimits &limits = *m_ctx.limits;
    const QHostAddress noted = m_upgradeClients.take(ws->peerPort());
    const QHostAddress client = noted.isNull() ? clientAddress(ws->peerAddress(), {}, {}) : noted;
    if (isTrustedProxy(client, m_ctx.config.trustedProxies))
        return true; // a proxy that named no client: not counted as one
    if (!limits.holdWebSocket(client)) {
        ++limits.webSocketsRefused;
        ws->close(QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("too many WebSockets from your address"));
        ws->deleteLater();
        return false;
    }
    connect(ws, &QObject::destroyed, this, [&limits, client] { limits.releaseWebSocket(client); });
    if (limits.exempt(client))
        return true;
    auto rate = std::make_shared<ClientLimits::MessageRate>(limits.messageRate());
    const auto count = [ws, rate, &limits] {
        if (rate->take() || ws->state() != QAbstractSocket::ConnectedState)
            return;
        ++limits.floodsClosed;
        ws->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many messages"));
    };
    connect(ws, &QWebSocket::textMessageReceived, this, count);
    connect(ws, &QWebSocket::binaryMessageReceived, this, count);
    return true;
}

void LoopServer::noteUpgradeClient(quint16 peerPort, const QHostAddress &client)
{
    if (m_upgradeClients.size() > 10000) // handshakes that never completed
        m_upgradeClients.clear();
    m_upgradeClients.insert(peerPort, client);
}

// One connection more than the server may hold: told so in one write (the socket's buffer takes it) and
// closed (under TLS only closed), without reading its request. Said once in the log, counted in /metrics.
void LoopServer::refuse(qintptr socketDescriptor)
{
    static const QByteArray answer = closingAnswer(
        HttpResponse::error(503, QStringLiteral("unavailable"),
                            QStringLiteral("the server is at its connection limit; try again in a moment"))
            .setHeader("Retry-After", "1"));
    if (!m_ctx.tls) // a plain answer means nothing to a TLS client
        sendClosingAnswer(socketDescriptor, answer);
    ::close(int(socketDescriptor));
    ++m_ctx.metrics->connectionsRefused;
    static std::atomic<bool> told{false};
    if (!told.exchange(true))
        qCWarning(lcAccept) << "at the connection limit (" << m_ctx.config.maxConnections
                            << "): new connections are answered 503 (--max-connections, LimitNOFILE=)";
}

void LoopServer::shutdown()
{
    if (m_fanout)
        m_hub.removeLoop(m_fanout);
    close();
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        delete c;
    for (QWebSocket *ws : findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly)) {
        ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
        ws->flush();
        delete ws;
    }
    delete m_webSockets;
    m_webSockets = nullptr;
    delete m_fanout;
    m_fanout = nullptr;
    m_requestContext.reset();
    storage::Database::close(m_connectionName);
}

} // namespace emporium::http
