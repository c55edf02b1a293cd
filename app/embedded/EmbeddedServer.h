#pragma once
// Runs an Emporium server inside the desktop app, on its own thread, listening on
// 127.0.0.1 with a free port: the client talks to it over HTTP exactly as to a remote one.
// start() returns at once; started(url) or failed(message) follows. stop() waits for the
// server to close its connections and database, then ends the thread.
#include "server/ServerConfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>
#include <memory>

namespace emporium {
class Server;
}

namespace emporium {
namespace client {

class EmbeddedServer : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedServer(ServerConfig config, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // The default configuration: SQLite and pictures under `dataDir`, demo shop on first start.
    static ServerConfig defaultConfig(const QString &dataDir);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &message);

private:
    ServerConfig m_config;
    QThread m_thread;
    QObject *m_worker = nullptr;      // lives in m_thread
    std::unique_ptr<Server> m_server; // used only on m_thread
    QUrl m_url;
    bool m_running = false;
};

} // namespace client
} // namespace emporium
