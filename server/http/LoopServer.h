#pragma once
// One event loop's share of the listening server: a QTcpServer on its own thread, accepting on
// the shared port (SO_REUSEPORT) and owning the connections it accepted, with this thread's RequestContext.
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace emporium::realtime {
class RealtimeHub;
class LoopFanout;
} // namespace emporium::realtime

namespace emporium::http {

struct ServerContext;
class RequestContext;

class LoopServer : public QTcpServer
{
    Q_OBJECT
public:
    LoopServer(ServerContext &ctx, realtime::RealtimeHub &hub, int index);
    ~LoopServer() override;

    // Runs in the loop's thread: opens the database and takes over the listening socket.
    bool start(qintptr listeningSocket, QString *error);
    // Runs in the loop's thread: closes connections and the database.
    void shutdown();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerContext &m_ctx;
    realtime::RealtimeHub &m_hub;
    QString m_connectionName;
    std::unique_ptr<RequestContext> m_requestContext;
    QWebSocketServer *m_webSockets = nullptr;
    realtime::LoopFanout *m_fanout = nullptr;
    int m_index = 0;

public:
    // the client a WebSocket handshake on this peer port came from (HttpConnection, before the hand-over)
    void noteUpgradeClient(quint16 peerPort, const QHostAddress &client);

private:
    QHash<quint16, QHostAddress> m_upgradeClients;
    void refuse(qintptr socketDescriptor);
    bool admitWebSocket(QWebSocket *ws); // false: refused and closed
};

} // namespace emporium::http
