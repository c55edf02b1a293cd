#include "tests/fuzz/FuzzServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace emporium::fuzz {

FuzzServer &FuzzServer::instance()
{
    static FuzzServer *server = [] {
        static int argc = 1;
        static char name[] = "emporium-fuzz";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
        auto *started = new FuzzServer;
        // stopped before static destruction: its threads would otherwise run on into destroyed statics
        std::atexit([] { instance().m_server.reset(); });
        return started;
    }();
    return *server;
}

FuzzServer::FuzzServer()
{
    ServerConfig c;
    c.databaseUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("emporium.db"));
    c.dataDir = m_dir.path();
    c.port = 0;
    c.demo = true;
    c.threads = 2;
    c.idleTimeoutMs = 300;
    c.requestTimeoutMs = 500;
    // loopback counted like any client (the limits' code runs), with room for the fuzzer's pace
    c.limitExempt = {};
    c.requestsPerSecondPerAddress = 1e6;
    c.requestsPerSecondPerToken = 1e6;
    c.webSocketMessagesPerSecond = 1e6;
    m_server = std::make_unique<Server>(c);
    if (auto started = m_server->start(); !started) {
        std::fprintf(stderr, "fuzz: the server did not start: %s\n", qPrintable(started.error().message));
        std::exit(2);
    }
}

QByteArray FuzzServer::token(const QByteArray &email)
{
    if (const auto known = m_tokens.constFind(email); known != m_tokens.cend())
        return *known;
    const QByteArray body = R"({"email":")" + email + R"(","password":"demo1234"})";
    const QByteArray answer =
        exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    const QByteArray json = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    const QByteArray token = QJsonDocument::fromJson(json).object().value(u"token").toString().toLatin1();
    if (!token.isEmpty())
        m_tokens.insert(email, token);
    return token;
}

QByteArray FuzzServer::exchange(const QByteArray &bytes, bool *closed, int waitMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray answer;
    bool ended = false;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0) {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        ::shutdown(fd, SHUT_WR);
        char buffer[16384];
        for (int waited = 0; waited < waitMs;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) == 0) {
                waited += 50;
                QCoreApplication::processEvents();
                continue;
            }
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                ended = true;
                break;
            }
            answer.append(buffer, n);
        }
    }
    ::close(fd);
    QCoreApplication::processEvents();
    if (closed)
        *closed = ended;
    return answer;
}

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1."))
        return 0;
    return answer.mid(9, 3).toInt();
}

void expectHandled(const QByteArray &answer, bool closed)
{
    const int status = statusOf(answer);
    if (status >= 500 && status != 503) {
        std::fprintf(stderr, "fuzz: the server answered %d:\n%s\n", status, answer.left(2000).constData());
        std::abort();
    }
    if (!closed) {
        std::fprintf(stderr, "fuzz: the server neither answered nor closed the connection in time\n");
        std::abort();
    }
}

QByteArray targetSafe(const QByteArray &bytes)
{
    return bytes.toPercentEncoding("!$&'()*+,;=:@/?%~-._");
}

} // namespace emporium::fuzz
