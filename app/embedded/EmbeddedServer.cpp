#include "app/embedded/EmbeddedServer.h"

#include "server/Server.h"

#include <QDir>

namespace emporium {
namespace client {

EmbeddedServer::EmbeddedServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("embedded-server"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

ServerConfig EmbeddedServer::defaultConfig(const QString &dataDir)
{
    ServerConfig c;
    c.address = QHostAddress::LocalHost;
    c.port = 0;
    c.dataDir = dataDir;
    c.databaseUrl =
        QStringLiteral("sqlite://") + QDir(dataDir).absoluteFilePath(QStringLiteral("emporium.db"));
    c.demo = true; // only fills an empty database
    c.threads = 2;
    return c;
}

void EmbeddedServer::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] {
        auto server = std::make_unique<Server>(m_config);
        auto result = server->start();
        if (!result) {
            const QString message = result.error().message;
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); });
            return;
        }
        m_server = std::move(server);
        const QUrl url = result.value();
        QMetaObject::invokeMethod(this, [this, url] {
            m_url = url;
            m_running = true;
            Q_EMIT started(url);
        });
    });
}

void EmbeddedServer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_running = false;
}

} // namespace client
} // namespace emporium
