// The window against an HTTPS server (emporium-server --tls-cert/--tls-key, in a child process): a
// certificate the app does not trust is shown as what it is and nothing is sent or subscribed; with the
// shop's certificate authority trusted (--ca-cert in the app) the shop works over HTTPS and WSS.
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(EMPORIUM_SOURCE_DIR "/tests/data/tls/") + QLatin1String(name);
}

class TlsConnectionTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ServerProcess::Options o;
        o.tlsCertFile = tlsFile("server.pem");
        o.tlsKeyFile = tlsFile("server.key");
        server = new ServerProcess(o);
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
        ASSERT_EQ(server->url().scheme(), QStringLiteral("https"));
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static QString shownText(ui::MainWindow &window)
    {
        auto *stack = window.findChild<QStackedWidget *>();
        QStringList texts;
        for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }
    static inline ServerProcess *server = nullptr;
    QTemporaryDir tokens;
};

// The test certificate authority is not one the system trusts: the window says the connection is not
// safe, why, and what to do, and opens no WebSocket.
TEST_F(TlsConnectionTest, AnUntrustedCertificateIsShownNotIgnored)
{
    Client c(tokens.path());
    QStringList rejected;
    QObject::connect(&c.api, &client::ApiClient::certificateRejected,
                     [&](const QString &m) { rejected << m; });
    ui::MainWindow window(c.api, c.realtime, c.session, {});
    window.resize(1024, 700);
    window.show();
    window.connectTo(server->url());
    ASSERT_TRUE(waitUntil([&] { return shownText(window).contains(u"Cannot connect securely"); }, 10000))
        << shownText(window).toStdString();
    EXPECT_TRUE(shownText(window).contains(u"--ca-cert"));
    EXPECT_TRUE(rejected.value(0).contains(u"certificate")) << rejected.value(0).toStdString();
    EXPECT_TRUE(window.homePage()->stripTitles().isEmpty()); // nothing of the shop was read
    QTest::qWait(1500); // the WebSocket gets no further either: not connected, and not retrying
    EXPECT_EQ(c.realtime.state(), client::RealtimeClient::State::Disconnected);
    saveShot(&window, QStringLiteral("certificate-error.png"));
}

TEST_F(TlsConnectionTest, WithTheShopsAuthorityTrustedTheShopWorks)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // what --ca-cert does
    tls.addCaCertificates(QSslCertificate::fromPath(tlsFile("ca.pem")));
    QSslConfiguration::setDefaultConfiguration(tls);

    Client c(tokens.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {});
    window.show();
    window.connectTo(server->url());
    EXPECT_TRUE(waitUntil([&] { return window.homePage()->stripTitles().size() >= 3; }, 15000));
    EXPECT_TRUE(
        waitUntil([&] { return c.realtime.state() == client::RealtimeClient::State::Connected; }, 10000));
    EXPECT_FALSE(shownText(window).contains(u"Cannot connect securely"));
}

} // namespace
