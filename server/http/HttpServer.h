#pragma once
// The listening side: one event-loop thread per core, each with its own listening socket on
// the shared port (SO_REUSEPORT; the kernel spreads connections), its own database
// connection and its own WebSocket server for /ws upgrades.
#include "server/protocol/Result.h"

#include <QHostAddress>
#include <QObject>
#include <memory>
#include <vector>

class QThread;

namespace emporium::realtime {
class RealtimeHub;
}

namespace emporium::http {

struct ServerContext;
class LoopServer;

class HttpServer
{
public:
    HttpServer(ServerContext &ctx, realtime::RealtimeHub &hub);
    ~HttpServer();

    Result<quint16> listen(const QHostAddress &address, quint16 port, int threads);
    void stop();

private:
    ServerContext &m_ctx;
    realtime::RealtimeHub &m_hub;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<LoopServer *> m_loops; // live in their threads
};

} // namespace emporium::http
