// HTTP semantics of the connection layer, over real sockets to a real server.
#include "tests/common/ApiRequests.h"
#include "tests/common/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>
#include <QWebSocket>
#include <cstring>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

class HttpProtocolTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        TestServer::Options o;
        o.demo = false; // protocol only: an empty catalog starts fastest
        o.idleTimeoutMs = 600;
        o.requestTimeoutMs = 1500;
        o.maxBodyBytes = 4096;
        server = new TestServer(o);
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static quint16 port() { return server->port(); }
    static inline TestServer *server = nullptr;
};

TEST_F(HttpProtocolTest, KeepAliveServesSeveralRequestsOnOneConnection)
{
    RawHttp c(port());
    for (int i = 0; i < 3; ++i) {
        c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.json().object().value(u"status").toString(), QStringLiteral("ok"));
        EXPECT_FALSE(r.hasHeader("connection"));
    }
    EXPECT_TRUE(c.isConnected());
}

// RFC 9112 5.1: no whitespace between a field name and its colon, and a name is a token. Behind a proxy that
// reads names strictly, "Content-Length : 5" honoured here would be a request-smuggling shape.
TEST_F(HttpProtocolTest, AMalformedHeaderNameIs400)
{
    for (const QByteArray &head :
         {QByteArray("GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n"),
          QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n"),
          QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\nhello")}) {
        RawHttp c(port());
        c.send(head);
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 400) << head.constData();
        EXPECT_EQ(errorCode(r), QStringLiteral("invalid_request")) << head.constData();
    }
    RawHttp fine(port()); // the usual names still pass
    fine.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-ID: a.b_c~1\r\nAccept-Encoding: gzip\r\n\r\n");
    EXPECT_EQ(fine.read().status, 200);
}

// A client that trickles a byte every 200 ms never lets the idle timer (600 ms here) fire: the request's
// own deadline (1.5 s here; its body that again plus its length at the minimum rate) cuts it off.
TEST_F(HttpProtocolTest, AClientThatTricklesItsRequestIsCutOff)
{
    const auto cutOff = [](const QByteArray &opening, const QByteArray &trickle) {
        RawHttp c(port());
        c.send(opening);
        QElapsedTimer t;
        t.start();
        for (int i = 0; t.elapsed() < 6000; ++i) {
            c.send(trickle.mid(i % trickle.size(), 1));
            if (c.waitForClose(200))
                return t.elapsed();
        }
        return qint64(-1);
    };
    const qint64 headers =
        cutOff("GET /healthz HTTP/1.1\r\n", "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    EXPECT_GE(headers, 0) << "a trickle of headers kept its connection";
    const qint64 upgrade =
        cutOff("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n", "X-Slow: aaaaaaaaaaaaaaaa");
    EXPECT_GE(upgrade, 0) << "a trickled WebSocket handshake kept its connection";
    const qint64 body =
        cutOff("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 4000\r\n\r\n",
               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    EXPECT_GE(body, 0) << "a trickled body kept its connection";
    std::printf("cut off after %lld ms (headers), %lld ms (handshake), %lld ms (body)\n", qlonglong(headers),
                qlonglong(upgrade), qlonglong(body));
    // a request that arrives in time is answered as always
    RawHttp fine(port());
    fine.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(fine.read().status, 200);
}

// A WebSocket handshake with bytes behind it that are no frame: the server closes it, and nothing of it stays
// counted (it used to stay for good: enough of them filled the connection limit and every newcomer got 503).
TEST_F(HttpProtocolTest, ABrokenWebSocketHandshakeLeavesNothingBehind)
{
    const auto count = [](const char *gauge) {
        const QByteArray metrics = httpGet(port(), "/metrics").body;
        const qsizetype at = metrics.indexOf(QByteArray("\n") + gauge + ' ');
        return at < 0 ? -1 : metrics.mid(at + qsizetype(strlen(gauge)) + 2).split('\n').first().toInt();
    };
    ASSERT_EQ(count("emporium_websocket_connections"), 0);
    for (int i = 0; i < 20; ++i) {
        RawHttp c(port());
        c.send("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
               "GET / HTTP/1.1\r\n\r\n");
        c.waitForClose(2000);
    }
    EXPECT_TRUE(waitUntil([&] { return count("emporium_websocket_connections") == 0; }, 3000))
        << count("emporium_websocket_connections") << " WebSockets still counted";
    EXPECT_TRUE(waitUntil([&] { return count("emporium_connections") <= 1; }, 3000)) // (the metrics request)
        << count("emporium_connections") << " connections still counted";
}

TEST_F(HttpProtocolTest, PipelinedRequestsAreAnsweredInOrder)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\nGET "
           "/api/v1/categories HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(c.read().status, 200);
    EXPECT_EQ(c.read().status, 404);
    EXPECT_EQ(c.read().status, 200);
}

// An upgrade the server does not speak (h2c) is answered in HTTP/1.1, and what was pipelined behind it too.
TEST_F(HttpProtocolTest, ARequestPipelinedBehindAnH2cUpgradeIsAnswered)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
           "HTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\nGET /api/v1/categories HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(c.read().status, 200);
    EXPECT_EQ(c.read().status, 200);
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); // and the connection goes on
    EXPECT_EQ(c.read().status, 200);
}

TEST_F(HttpProtocolTest, HeadHasHeadersButNoBody)
{
    const HttpReply get = httpGet(port(), "/api/v1/categories");
    ASSERT_EQ(get.status, 200);
    RawHttp c(port());
    c.send("HEAD /api/v1/categories HTTP/1.1\r\nHost: x\r\n\r\n");
    const HttpReply head = c.read(true);
    EXPECT_EQ(head.status, 200);
    EXPECT_EQ(head.header("content-length").toLongLong(), get.body.size());
    EXPECT_EQ(head.header("etag"), get.header("etag"));
    // Nothing follows the head: the next answer on the connection starts cleanly.
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const HttpReply next = c.read();
    EXPECT_EQ(next.status, 200);
    EXPECT_TRUE(next.body.startsWith("{\"status\""));
}

TEST_F(HttpProtocolTest, ConnectionCloseIsHonoured)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const HttpReply r = c.read();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.header("connection").toLower(), "close");
    EXPECT_TRUE(c.waitForClose(2000));
}

TEST_F(HttpProtocolTest, Http10ClosesUnlessKeepAliveAsked)
{
    {
        RawHttp c(port());
        c.send("GET /healthz HTTP/1.0\r\n\r\n");
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.header("connection").toLower(), "close");
        EXPECT_TRUE(c.waitForClose(2000));
    }
    {
        RawHttp c(port());
        c.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.header("connection").toLower(), "keep-alive");
        c.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        EXPECT_EQ(c.read().status, 200);
    }
}

TEST_F(HttpProtocolTest, ExpectContinueIsAnsweredBeforeTheBody)
{
    RawHttp c(port());
    c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
           "2\r\n"
           "Expect: 100-continue\r\n\r\n");
    const HttpReply interim = c.read();
    EXPECT_EQ(interim.status, 100);
    c.send("{}");
    const HttpReply final = c.read();
    EXPECT_EQ(final.status, 400); // the body was read: it names no email
    EXPECT_EQ(errorCode(final), QStringLiteral("validation_failed"));
}

// A request nobody will take is answered at once, not with 100 Continue (which invites the body): the client
// learns it from its headers and sends nothing in vain (RFC 9110 10.1.1).
TEST_F(HttpProtocolTest, ExpectContinueToNoRouteIsAnsweredWithoutContinue)
{
    for (const QByteArray &target :
         {QByteArray("POST /api/v1/no-such-thing"), QByteArray("PATCH /healthz")}) {
        RawHttp c(port());
        c.send(target + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n"
                        "Expect: 100-continue\r\n\r\n");
        const HttpReply r = c.read(false, 3000);
        EXPECT_TRUE(r.status == 404 || r.status == 405) << target.constData() << ": " << r.status;
        EXPECT_TRUE(c.waitForClose(2000)) << target.constData();
    }
}

// An obsolete line folding (a header line that starts with a space) is refused (RFC 9112 5.2): proxies read
// it differently, which is a request-smuggling shape.
TEST_F(HttpProtocolTest, ObsoleteLineFoldingIs400)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: one\r\n two\r\n\r\n");
    const HttpReply r = c.read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("invalid_request"));
}

TEST_F(HttpProtocolTest, UnknownExpectationFails)
{
    const HttpReply r = httpRequest(port(), "POST", "/api/v1/items", "{}", "Expect: something-else\r\n");
    EXPECT_EQ(r.status, 417);
}

TEST_F(HttpProtocolTest, WrongMethodIs405WithAllow)
{
    const HttpReply r = httpRequest(port(), "DELETE", "/api/v1/categories");
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.header("allow"), "GET, HEAD");
    EXPECT_EQ(r.json().object().value(u"error").toObject().value(u"code").toString(),
              QStringLiteral("method_not_allowed"));
}

TEST_F(HttpProtocolTest, UnknownPathIs404WithErrorBody)
{
    const HttpReply r = httpGet(port(), "/api/v1/nothing-here");
    EXPECT_EQ(r.status, 404);
    const QJsonObject err = r.json().object().value(u"error").toObject();
    EXPECT_EQ(err.value(u"code").toString(), QStringLiteral("not_found"));
    EXPECT_FALSE(err.value(u"message").toString().isEmpty());
}

TEST_F(HttpProtocolTest, OversizedBodyIsRefusedFromContentLengthBeforeItIsSent)
{
    RawHttp c(port());
    // Only the headers go out: the answer must come without the server waiting for the body.
    c.send("POST /api/v1/items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
           "100000000\r\n\r\n");
    const HttpReply r = c.read(false, 3000);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.json().object().value(u"error").toObject().value(u"code").toString(),
              QStringLiteral("payload_too_large"));
    EXPECT_TRUE(c.waitForClose(2000));
}

TEST_F(HttpProtocolTest, OversizedChunkedBodyIsRefused)
{
    RawHttp c(port());
    QByteArray chunk(5000, 'a');
    c.send("POST /api/v1/items HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
           QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n0\r\n\r\n");
    EXPECT_EQ(c.read().status, 413);
}

TEST_F(HttpProtocolTest, HugeHeadersAre431)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40000, 'b') + "\r\n\r\n");
    const HttpReply r = c.read();
    EXPECT_EQ(r.status, 431);
    EXPECT_TRUE(c.waitForClose(2000));
}

TEST_F(HttpProtocolTest, MalformedRequestIs400AndClosed)
{
    RawHttp c(port());
    c.send("THIS IS NOT HTTP\r\n\r\n");
    const HttpReply r = c.read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json().object().value(u"error").toObject().value(u"code").toString(),
              QStringLiteral("invalid_request"));
    EXPECT_TRUE(c.waitForClose(2000));
}

TEST_F(HttpProtocolTest, IdleConnectionIsClosed)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(c.read().status, 200);
    EXPECT_TRUE(c.waitForClose(3000)); // idle timeout is 600 ms in this suite
}

TEST_F(HttpProtocolTest, SlowIncompleteRequestTimesOutWith408)
{
    RawHttp c(port());
    c.send("GET /healthz HTTP/1.1\r\nHo");
    const HttpReply r = c.read(false, 3000);
    EXPECT_EQ(r.status, 408);
    EXPECT_TRUE(c.waitForClose(2000));
}

TEST_F(HttpProtocolTest, ClientLeavingMidRequestDoesNotHurtTheServer)
{
    for (int i = 0; i < 20; ++i) {
        RawHttp c(port());
        c.send("POST /api/v1/items HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc");
        c.close();
        RawHttp d(port());
        d.send("GET /api/v1/items?per_page=100 HTTP/1.1\r\nHost: x\r\n\r\n");
        d.close(); // gone before the answer
    }
    EXPECT_EQ(httpGet(port(), "/healthz").status, 200);
}

TEST_F(HttpProtocolTest, WebSocketUpgradeOnTheSamePort)
{
    QWebSocket ws;
    QJsonObject pong;
    QObject::connect(&ws, &QWebSocket::textMessageReceived,
                     [&](const QString &m) { pong = QJsonDocument::fromJson(m.toUtf8()).object(); });
    ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port())));
    ASSERT_TRUE(waitUntil([&] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000));
    ws.sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
    ASSERT_TRUE(waitUntil([&] { return !pong.isEmpty(); }, 5000));
    EXPECT_EQ(pong.value(u"type").toString(), QStringLiteral("pong"));

    pong = {};
    ws.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topic":"admin"})"));
    ASSERT_TRUE(waitUntil([&] { return !pong.isEmpty(); }, 5000));
    EXPECT_EQ(pong.value(u"type").toString(), QStringLiteral("error"));
    EXPECT_EQ(pong.value(u"code").toString(), QStringLiteral("unauthenticated")); // anonymous: sign in first
    EXPECT_EQ(ws.state(), QAbstractSocket::ConnectedState);                       // refused, not dropped
    ws.close();
}

TEST_F(HttpProtocolTest, PlainGetOnWsAsksForUpgrade)
{
    const HttpReply r = httpGet(port(), "/ws");
    EXPECT_EQ(r.status, 426);
    EXPECT_EQ(r.header("upgrade"), "websocket");
}

TEST_F(HttpProtocolTest, PipelinedRequestsBehindSlowWorkStayInOrder)
{
    // A login is answered after an Argon2id check on a worker thread; what follows it on the
    // same connection waits its turn.
    const QByteArray login = R"({"email":"nobody@example.test","password":"wrong password"})";
    RawHttp c(port());
    c.send(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(login.size()) + "\r\n\r\n" + login + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const HttpReply first = c.read();
    EXPECT_EQ(first.status, 401);
    const HttpReply second = c.read();
    EXPECT_EQ(second.status, 200);
    EXPECT_TRUE(second.body.contains("\"database\""));
}

TEST_F(HttpProtocolTest, ClientLeavingDuringSlowWorkDoesNotHurtTheServer)
{
    const QByteArray login = R"({"email":"nobody@example.test","password":"wrong password"})";
    for (int i = 0; i < 5; ++i) {
        RawHttp c(port());
        c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
               "application/json\r\nContent-Length: " +
               QByteArray::number(login.size()) + "\r\n\r\n" + login);
        c.close();
    }
    QThread::msleep(500); // the workers finish for connections that are gone
    EXPECT_EQ(httpGet(port(), "/healthz").status, 200);
}

TEST_F(HttpProtocolTest, ResponsesCarryDate)
{
    const HttpReply r = httpGet(port(), "/healthz");
    EXPECT_TRUE(r.header("date").endsWith("GMT"));
}

TEST(HttpListen, SecondServerOnATakenPortIsRefused)
{
    TestServer::Options o;
    o.demo = false;
    TestServer first(o);
    ASSERT_TRUE(first.start());
    o.port = first.port();
    TestServer second(o);
    QString error;
    EXPECT_FALSE(second.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("in use"))) << error.toStdString();
}

// n connections, each answered once and kept open (fewer if one was not answered 200)
std::vector<std::unique_ptr<RawHttp>> connectionsAnswered(quint16 port, int n)
{
    std::vector<std::unique_ptr<RawHttp>> held;
    for (int i = 0; i < n; ++i) {
        held.push_back(std::make_unique<RawHttp>(port));
        held.back()->send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        if (held.back()->read().status != 200) {
            held.pop_back();
            break;
        }
    }
    return held;
}

// the answer to a request on one connection more
HttpReply oneMoreConnection(quint16 port)
{
    RawHttp extra(port);
    extra.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    return extra.read();
}

// The server holds as many connections as it may and answers one more 503 with Retry-After, instead of
// running out of file descriptors; the ones it holds are served on, and a place that frees up is taken.
TEST(HttpConnectionLimit, OneConnectionTooManyIs503WithRetryAfter)
{
    TestServer::Options o;
    o.demo = false;
    o.maxConnections = 6;
    TestServer server(o);
    ASSERT_TRUE(server.start());
    std::vector<std::unique_ptr<RawHttp>> held = connectionsAnswered(server.port(), 6);
    ASSERT_EQ(held.size(), 6u);
    const HttpReply refused = oneMoreConnection(server.port());
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.header("retry-after"), QByteArray("1"));
    EXPECT_EQ(errorCode(refused), QStringLiteral("unavailable"));
    held[0]->send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); // the held ones go on
    EXPECT_EQ(held[0]->read().status, 200);
    held.pop_back(); // a place frees up
    EXPECT_TRUE(waitUntil(
        [&] {
            RawHttp again(server.port());
            again.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            return again.read().status == 200;
        },
        3000));
    held.clear(); // (the server sees them go a moment later)
    EXPECT_TRUE(waitUntil(
        [&] {
            const HttpReply metrics = httpGet(server.port(), "/metrics");
            return metrics.status == 200 && metrics.body.contains("emporium_connections_refused_total") &&
                   !metrics.body.contains("emporium_connections_refused_total 0\n");
        },
        3000));
}

// What one client may take (ClientLimits). Loopback is exempt by default; these servers count it.
TestServer::Options limited(const std::function<void(ServerConfig &)> &limits)
{
    TestServer::Options o;
    o.demo = false;
    o.configure = [limits](ServerConfig &c) {
        c.limitExempt = {};
        c.requestsPerSecondPerAddress = 0;
        c.requestsPerSecondPerToken = 0;
        c.maxConnectionsPerAddress = 0;
        c.maxWebSocketsPerAddress = 0;
        c.webSocketMessagesPerSecond = 0;
        limits(c);
    };
    return o;
}

// statuses of n requests, one connection each
QList<int> statusesOf(quint16 port, int n, const QByteArray &headers = {}, HttpReply *lastRefused = nullptr)
{
    QList<int> out;
    for (int i = 0; i < n; ++i) {
        const HttpReply r = httpGet(port, "/healthz", headers);
        out << r.status;
        if (r.status == 429 && lastRefused)
            *lastRefused = r;
    }
    return out;
}

TEST(ClientLimits, AnAddressOverItsRateIs429WithRetryAfterThenServedAgain)
{
    TestServer server(limited([](ServerConfig &c) { c.requestsPerSecondPerAddress = 4; })); // bursts of 16
    ASSERT_TRUE(server.start());
    HttpReply refused;
    const QList<int> statuses = statusesOf(server.port(), 30, {}, &refused);
    EXPECT_EQ(statuses.count(200), 16) << "a burst of four seconds' worth goes through";
    EXPECT_GE(statuses.count(429), 13);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(errorCode(refused), QStringLiteral("rate_limited"));
    const int wait = refused.header("retry-after").toInt();
    EXPECT_GE(wait, 1);
    EXPECT_EQ(refused.json()
                  .object()
                  .value(u"error")
                  .toObject()
                  .value(u"details")
                  .toObject()
                  .value(u"retry_after")
                  .toInt(),
              wait);
    QThread::msleep(quint64(wait) * 1000 + 100);
    EXPECT_EQ(httpGet(server.port(), "/healthz").status, 200); // waited as told: served
    const HttpReply metrics = httpGet(server.port(), "/metrics");
    EXPECT_TRUE(metrics.body.contains("emporium_client_limited_total{what=\"requests\"}")) << metrics.status;
}

TEST(ClientLimits, LoopbackIsExemptUnlessToldOtherwise)
{
    TestServer::Options o;
    o.demo = false;
    o.configure = [](ServerConfig &c) { c.requestsPerSecondPerAddress = 4; }; // loopback exempt: the default
    TestServer server(o);
    ASSERT_TRUE(server.start());
    EXPECT_EQ(statusesOf(server.port(), 40).count(200), 40);
}

TEST(ClientLimits, ATokenHasItsOwnRate)
{
    TestServer::Options o = limited([](ServerConfig &c) { c.requestsPerSecondPerToken = 2; }); // bursts of 8
    o.demo = true;
    TestServer server(o);
    ASSERT_TRUE(server.start());
    const QByteArray buyer = bearer(login(server.port(), QStringLiteral("buyer@demo.test")));
    const QByteArray carol = bearer(login(server.port(), QStringLiteral("carol@demo.test")));
    const QList<int> one = statusesOf(server.port(), 14, buyer);
    EXPECT_EQ(one.count(200), 8);
    EXPECT_EQ(one.count(429), 6);
    EXPECT_EQ(statusesOf(server.port(), 4, carol).count(200), 4); // another token: its own bucket
    EXPECT_EQ(statusesOf(server.port(), 10).count(200), 10);      // no token, no address limit here
}

TEST(ClientLimits, BehindATrustedProxyEachForwardedClientIsCounted)
{
    TestServer server(limited([](ServerConfig &c) {
        c.requestsPerSecondPerAddress = 2;
        c.maxConnectionsPerAddress = 2;
        c.trustedProxies = {{QHostAddress(QHostAddress::LocalHost), 32}};
    }));
    ASSERT_TRUE(server.start());
    const QList<int> first = statusesOf(server.port(), 12, "X-Forwarded-For: 203.0.113.5\r\n");
    EXPECT_EQ(first.count(200), 8);
    EXPECT_EQ(first.count(429), 4);
    EXPECT_EQ(statusesOf(server.port(), 5, "X-Forwarded-For: 203.0.113.6\r\n").count(200), 5);
    // the proxy's own connections are not limited by address
    std::vector<std::unique_ptr<RawHttp>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(std::make_unique<RawHttp>(server.port()));
        held.back()->send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100." +
                          QByteArray::number(i) + "\r\n\r\n");
        EXPECT_EQ(held.back()->read().status, 200) << i;
    }
}

TEST(ClientLimits, AnAddressHoldsItsConnectionsAndNoMore)
{
    TestServer server(limited([](ServerConfig &c) { c.maxConnectionsPerAddress = 3; }));
    ASSERT_TRUE(server.start());
    std::vector<std::unique_ptr<RawHttp>> held = connectionsAnswered(server.port(), 3);
    ASSERT_EQ(held.size(), 3u);
    const HttpReply refused = oneMoreConnection(server.port());
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(errorCode(refused), QStringLiteral("rate_limited"));
    EXPECT_EQ(refused.header("retry-after"), QByteArray("1"));
    held[0]->send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); // the held ones go on
    EXPECT_EQ(held[0]->read().status, 200);
    held.pop_back(); // a place frees up
    EXPECT_TRUE(waitUntil([&] { return httpGet(server.port(), "/healthz").status == 200; }, 3000));
}

// a WebSocket to the server; the close code and reason it was closed with, once closed
struct Socket
{
    QWebSocket ws;
    QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal;
    QString reason;
    bool closed = false;
    explicit Socket(quint16 port)
    {
        QObject::connect(&ws, &QWebSocket::disconnected, [this] {
            closed = true;
            code = ws.closeCode();
            reason = ws.closeReason();
        });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    }
};

TEST(ClientLimits, AnAddressHoldsItsWebSocketsAndAFloodIsClosed)
{
    TestServer server(limited([](ServerConfig &c) {
        c.maxWebSocketsPerAddress = 2;
        c.webSocketMessagesPerSecond = 2; // bursts of 8
    }));
    ASSERT_TRUE(server.start());
    Socket a(server.port()), b(server.port());
    ASSERT_TRUE(waitUntil(
        [&] {
            return a.ws.state() == QAbstractSocket::ConnectedState &&
                   b.ws.state() == QAbstractSocket::ConnectedState;
        },
        5000));
    Socket c(server.port());
    ASSERT_TRUE(waitUntil([&] { return c.closed; }, 5000));
    EXPECT_EQ(c.code, QWebSocketProtocol::CloseCodePolicyViolated);
    EXPECT_TRUE(c.reason.contains(QStringLiteral("too many WebSockets"))) << c.reason.toStdString();

    for (int i = 0; i < 30; ++i) // a flood from one socket closes it, not the other
        a.ws.sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
    ASSERT_TRUE(waitUntil([&] { return a.closed; }, 5000));
    EXPECT_EQ(a.code, QWebSocketProtocol::CloseCodePolicyViolated);
    EXPECT_TRUE(a.reason.contains(QStringLiteral("too many messages"))) << a.reason.toStdString();
    QString pong;
    QObject::connect(&b.ws, &QWebSocket::textMessageReceived, [&](const QString &m) { pong = m; });
    b.ws.sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
    EXPECT_TRUE(waitUntil([&] { return pong.contains(QStringLiteral("pong")); }, 5000));
    // a WebSocket handshake is a request of its address too
    TestServer rated(limited([](ServerConfig &c) { c.requestsPerSecondPerAddress = 1; })); // bursts of 4
    ASSERT_TRUE(rated.start());
    int refused = 0;
    for (int i = 0; i < 8; ++i) {
        RawHttp h(rated.port());
        h.send("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        const HttpReply r = h.read();
        refused += r.status == 429;
        EXPECT_TRUE(r.status == 101 || r.status == 429) << r.status;
    }
    EXPECT_GE(refused, 3);
    // the flooded socket's place is free again
    Socket d(server.port());
    EXPECT_TRUE(waitUntil([&] { return d.ws.state() == QAbstractSocket::ConnectedState; }, 5000));
    QThread::msleep(200);
    EXPECT_FALSE(d.closed);
}

} // namespace
