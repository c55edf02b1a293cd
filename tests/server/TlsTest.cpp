// HTTPS and WSS on the server's one port (--tls-cert/--tls-key), over real TLS sockets: what a client is
// offered, and what the server refuses (plain HTTP, weak ciphers, a stalled handshake, a key that does not
// belong to its certificate).
#include "server/http/Tls.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/TestSupport.h"

#include <QJsonObject>
#include <QSslCipher>
#include <QSslSocket>
#include <QWebSocket>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(EMPORIUM_SOURCE_DIR "/tests/data/tls/") + QLatin1String(name);
}

// a client that trusts the test certificate authority (tests/data/tls/ca.pem)
QSslConfiguration trusting()
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(QSslCertificate::fromPath(tlsFile("ca.pem")));
    return c;
}

class TlsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        TestServer::Options o;
        o.demo = false;
        o.idleTimeoutMs = 30000; // far beyond the handshake's deadline
        o.requestTimeoutMs = 1000;
        o.configure = [](ServerConfig &c) {
            c.tlsCertFile = tlsFile("server.pem");
            c.tlsKeyFile = tlsFile("server.key");
        };
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
    static unsigned long long failedHandshakes()
    {
        RawHttp c(port(), trusting());
        c.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray body = c.read().body;
        for (const QByteArray &line : body.split('\n'))
            if (line.startsWith("emporium_tls_handshakes_failed_total "))
                return line.split(' ').value(1).toULongLong();
        return ~0ULL;
    }
    static inline TestServer *server = nullptr;
};

TEST_F(TlsTest, AnswersHttpsOnKeepAliveConnections)
{
    EXPECT_EQ(server->url().scheme(), QStringLiteral("https"));
    RawHttp c(port(), trusting());
    ASSERT_TRUE(c.encrypted());
    for (int i = 0; i < 2; ++i) {
        c.send("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 200);
        EXPECT_TRUE(r.json().isObject() || r.json().isArray()) << r.body.constData();
    }
    EXPECT_TRUE(c.isConnected());
}

TEST_F(TlsTest, OffersHttp11AndTls12OrLater)
{
    QSslSocket s;
    QSslConfiguration c = trusting();
    c.setAllowedNextProtocols({QByteArray("h2"), QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    s.setSslConfiguration(c);
    s.connectToHostEncrypted(QStringLiteral("localhost"), port());
    ASSERT_TRUE(s.waitForEncrypted(5000)) << s.errorString().toStdString();
    EXPECT_EQ(s.sslConfiguration().nextNegotiatedProtocol(), QByteArray("http/1.1"));
    EXPECT_TRUE(s.sessionProtocol() == QSsl::TlsV1_3 || s.sessionProtocol() == QSsl::TlsV1_2);
}

TEST_F(TlsTest, WebSocketsRunOverWss)
{
    QWebSocket ws;
    ws.setSslConfiguration(trusting());
    QStringList received;
    QObject::connect(&ws, &QWebSocket::textMessageReceived, [&](const QString &m) { received << m; });
    ws.open(QUrl(QStringLiteral("wss://localhost:%1/ws").arg(port())));
    ASSERT_TRUE(waitUntil([&] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000))
        << ws.errorString().toStdString();
    ws.sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
    EXPECT_TRUE(waitUntil([&] { return received.join(u' ').contains(u"\"pong\""); }, 5000))
        << received.join(u'\n').toStdString();
}

// As nginx does: plain HTTP to the HTTPS port is told, in plain HTTP, to use https://.
TEST_F(TlsTest, PlainHttpIsToldToUseHttps)
{
    const auto before = failedHandshakes();
    RawHttp plain(port());
    plain.send("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const HttpReply r = plain.read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("invalid_request"));
    EXPECT_TRUE(
        r.json().object().value(u"error").toObject().value(u"message").toString().contains(u"https://"));
    EXPECT_TRUE(plain.waitForClose(5000));
    EXPECT_EQ(failedHandshakes(), before + 1);
}

QSslCipher clientCipher(const QString &name)
{
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers())
        if (c.name() == name)
            return c;
    return {};
}

// Only forward-secret AEAD ciphers: a TLS 1.2 client that offers nothing else (here AES-CBC with SHA-1,
// which OpenSSL's defaults still allow) gets no connection; one that offers AES-GCM does.
TEST_F(TlsTest, WeakCiphersAreRefused)
{
    const auto connectWith = [](const QString &cipher) {
        QSslSocket s;
        QSslConfiguration c = trusting();
        c.setProtocol(QSsl::TlsV1_2);
        c.setCiphers({clientCipher(cipher)});
        s.setSslConfiguration(c);
        s.connectToHostEncrypted(QStringLiteral("localhost"), port());
        return s.waitForEncrypted(5000);
    };
    ASSERT_FALSE(clientCipher(QStringLiteral("ECDHE-ECDSA-AES128-SHA")).isNull());
    EXPECT_FALSE(connectWith(QStringLiteral("ECDHE-ECDSA-AES128-SHA")));
    EXPECT_TRUE(connectWith(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")));
}

// A client that opens a handshake and stalls is cut off at the request deadline (1 s here), long before
// the idle timeout (30 s): handshakes cannot hold the server's connections.
TEST_F(TlsTest, AStalledHandshakeIsCutOff)
{
    const auto before = failedHandshakes();
    RawHttp stalled(port());
    stalled.send(QByteArray("\x16\x03\x01", 3)); // the first bytes of a ClientHello, and no more
    EXPECT_TRUE(stalled.waitForClose(6000));
    EXPECT_EQ(failedHandshakes(), before + 1);
}

TEST(TlsConfiguration, ABadCertificateOrKeyIsACleanErrorAtStart)
{
    const auto error = [](const QString &cert, const QString &key) {
        auto r = http::loadTlsConfiguration(cert, key);
        return r ? QString() : r.error().message;
    };
    EXPECT_EQ(error(tlsFile("server.pem"), tlsFile("server.key")), QString());
    EXPECT_TRUE(error(tlsFile("server.pem"), tlsFile("elsewhere.key")).contains(u"does the key belong"));
    EXPECT_TRUE(error(tlsFile("missing.pem"), tlsFile("server.key")).contains(u"missing.pem"));
    EXPECT_TRUE(error(tlsFile("server.key"), tlsFile("server.key")).contains(u"no PEM certificate"));
    EXPECT_TRUE(error(tlsFile("server.pem"), tlsFile("server.pem")).contains(u"no PEM private key"));
    EXPECT_TRUE(error(tlsFile("server.pem"), QString()).contains(u"--tls-key"));
    EXPECT_TRUE(error(tlsFile("expired.pem"), tlsFile("expired.key")).contains(u"expired on 2020-01-02"));

    TestServer::Options o; // and the server does not start on them
    o.demo = false;
    o.configure = [](ServerConfig &c) {
        c.tlsCertFile = tlsFile("server.pem");
        c.tlsKeyFile = tlsFile("elsewhere.key");
    };
    TestServer refused(o);
    QString why;
    EXPECT_FALSE(refused.start(&why));
    EXPECT_TRUE(why.contains(u"tls")) << why.toStdString();
}

} // namespace
