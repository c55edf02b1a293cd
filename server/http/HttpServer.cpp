#include "server/http/HttpServer.h"

#include "server/http/LoopServer.h"
#include "server/http/ServerContext.h"

#include <QLoggingCategory>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttpServer, "emporium.server.http.listen")

namespace emporium::http {
namespace {

// A listening socket with SO_REUSEPORT, so every loop can bind the same port. With `exclusive`
// the socket is only bound, without SO_REUSEPORT, to find out whether another process already
// serves the port (SO_REUSEPORT alone would silently share it with that process).
Result<int> openListener(const QHostAddress &address, quint16 port, int backlog, bool exclusive = false)
{
    sockaddr_storage storage{};
    socklen_t len = 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        len = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        len = sizeof *a;
    }
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return Error::internal(
            QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (!exclusive)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), len) != 0 ||
        (!exclusive && ::listen(fd, backlog) != 0)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why),
                     {}};
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage s{};
    socklen_t len = sizeof s;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&s), &len);
    if (s.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&s)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&s)->sin_port);
}

} // namespace

HttpServer::HttpServer(ServerContext &ctx, realtime::RealtimeHub &hub) : m_ctx(ctx), m_hub(hub) {}

HttpServer::~HttpServer()
{
    stop();
}

namespace {

// The open-file limit raised to its hard maximum, less what the server needs besides its connections.
int connectionLimit()
{
    constexpr rlim_t kReserve = 128; // database connections, pictures, logs, the mail transport, threads
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1000;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    const rlim_t usable = limit.rlim_cur > 2 * kReserve ? limit.rlim_cur - kReserve : limit.rlim_cur / 2;
    return int(qMin<rlim_t>(usable, 1000000));
}

} // namespace

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port, int threads)
{
    if (m_ctx.config.maxConnections <= 0)
        m_ctx.config.maxConnections = connectionLimit();
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    if (port != 0) {
        auto probe = openListener(address, port, 0, true);
        if (!probe)
            return probe.error();
        ::close(probe.value());
    }
    for (int i = 0; i < threads; ++i) {
        auto fd = openListener(address, port, m_ctx.config.listenBacklog);
        if (!fd) {
            stop();
            return fd.error();
        }
        if (port == 0)
            port = boundPort(fd.value());
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("http-loop-%1").arg(i));
        auto *loop = new LoopServer(m_ctx, m_hub, i);
        loop->moveToThread(thread.get());
        thread->start();
        QString error;
        bool ok = false;
        QMetaObject::invokeMethod(
            loop, [&] { ok = loop->start(fd.value(), &error); }, Qt::BlockingQueuedConnection);
        m_loops.push_back(loop);
        m_threads.push_back(std::move(thread));
        if (!ok) {
            ::close(fd.value());
            stop();
            return Error::internal(QStringLiteral("event loop %1 failed to start: %2").arg(i).arg(error));
        }
    }
    qCInfo(lcHttpServer) << "listening on" << address.toString() << port << "with" << threads
                         << "event loops, at most" << m_ctx.config.maxConnections << "connections";
    return port;
}

void HttpServer::stop()
{
    // Workers and the writer first: their results are delivered to the loops, which must still
    // be running to answer (or drop) them. The writer's last commits hand work back to the workers
    // (captures after an order), whose writes then fail as `service_stopping`: wait for them again.
    m_ctx.workers.waitForDone();
    if (m_ctx.writer)
        m_ctx.writer->stop();
    m_ctx.workers.waitForDone();
    for (size_t i = 0; i < m_loops.size(); ++i) {
        LoopServer *loop = m_loops[i];
        QThread *thread = m_threads[i].get();
        QMetaObject::invokeMethod(
            loop,
            [loop] {
                loop->shutdown();
                delete loop;
            },
            Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
    m_loops.clear();
    m_threads.clear();
}

} // namespace emporium::http
