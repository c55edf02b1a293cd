#pragma once
// One server event loop: lives in its own thread, accepts on its listening socket and owns
// the connections it accepted, with this thread's RequestContext.
#include <QObject>
#include <QElapsedTimer>
#include <QTcpServer>
#include <memory>

class QWebSocketServer;

namespace emporium::realtime {
class RealtimeHub;
class LoopFanout;
}

namespace emporium::http {

struct ServerContext;
class RequestContext;

class EventLoop : public QTcpServer
{
    Q_OBJECT
public:
    EventLoop(ServerContext &ctx, realtime::RealtimeHub &hub, int index);
    ~EventLoop() override;

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
};

} // namespace emporium::http
