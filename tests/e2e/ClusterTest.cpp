// Several servers behind nginx as scripts/cluster.sh starts them: a private PostgreSQL cluster, three
// emporium-server processes and nginx running packaging/nginx/emporium.conf, all real. Through nginx: a
// checkout storm spread over the servers sells exactly the stock; 300 orders over three servers send every
// receipt exactly once to a real SMTP server; and a server killed with SIGKILL in the middle of a storm loses
// no order and doubles none, while clients retry with their Idempotency-Key and reach another server.
#include "tests/common/ApiRequests.h"
#include "tests/common/SmtpSink.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <signal.h>
#include <thread>

using namespace emporium::test;

namespace {

class Cluster
{
public:
    // scripts/cluster.sh start in a folder of its own, nginx on a free port
    bool start(int instances, const QString &smtpUrl, QString *error)
    {
        m_tmp.setAutoRemove(true);
        QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFile::ReadOther |
                                                QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        m_dir = m_tmp.path() + QStringLiteral("/c");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EMPORIUM_CLUSTER_DIR"), m_dir);
        env.insert(QStringLiteral("EMPORIUM_CLUSTER_INSTANCES"), QString::number(instances));
        env.insert(QStringLiteral("EMPORIUM_CLUSTER_PORT"), QStringLiteral("0"));
        env.insert(QStringLiteral("EMPORIUM_SMTP_URL"), smtpUrl);
        QProcess script;
        script.setProcessEnvironment(env);
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(EMPORIUM_SOURCE_DIR "/scripts/cluster.sh"), QStringLiteral("start")});
        m_started = true;
        if (!script.waitForFinished(240000) || script.exitCode() != 0) {
            *error = QString::fromUtf8(script.readAll());
            return false;
        }
        QFile settings(m_dir + QStringLiteral("/cluster.env"));
        settings.open(QIODevice::ReadOnly);
        const QRegularExpression url(QStringLiteral("EMPORIUM_CLUSTER_URL=http://127.0.0.1:(\\d+)"));
        m_port = quint16(url.match(QString::fromUtf8(settings.readAll())).captured(1).toUInt());
        return m_port != 0;
    }
    void stop()
    {
        if (!m_started)
            return;
        QProcess script;
        script.setProcessEnvironment([this] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("EMPORIUM_CLUSTER_DIR"), m_dir);
            return env;
        }());
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(EMPORIUM_SOURCE_DIR "/scripts/cluster.sh"), QStringLiteral("stop")});
        script.waitForFinished(60000);
        m_started = false;
    }
    ~Cluster() { stop(); }

    quint16 port() const { return m_port; } // nginx
    qint64 pid(int instance) const
    {
        return read(QStringLiteral("/instance-%1.pid").arg(instance)).toLongLong();
    }
    // The servers (host:port) nginx passed each POST /api/v1/orders to, from its access log.
    QSet<QString> orderUpstreams() const
    {
        QSet<QString> out;
        static const QRegularExpression line(
            QStringLiteral("\"POST /api/v1/orders [^\"]*\" \\d+ .*upstream=(\\S+)"));
        auto it = line.globalMatch(read(QStringLiteral("/nginx/access.log")));
        while (it.hasNext())
            out.insert(it.next().captured(1));
        return out;
    }
    // One number from the cluster's database.
    qint64 sql(const QString &query) const
    {
        qint64 value = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cluster-test"));
            db.setHostName(m_dir + QStringLiteral("/pg"));
            db.setDatabaseName(QStringLiteral("emporium"));
            db.setUserName(QStringLiteral("emporium"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(query) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cluster-test"));
        return value;
    }

private:
    QString read(const QString &name) const
    {
        QFile f(m_dir + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    QTemporaryDir m_tmp{QDir::tempPath() + QStringLiteral("/e2e_cluster-XXXXXX")};
    QString m_dir;
    quint16 m_port = 0;
    bool m_started = false;
};

struct Storm
{
    std::atomic<int> created{0}, refused{0}, other{0}, retried{0}, started{0};
    std::mutex lock;
    QSet<qint64> orders; // the ids answered 201
};

// `count` orders of one `item` by `clients` parallel clients through nginx, each with its own Idempotency-Key
// (prefix + number). A request that finds no server (connection cut, 502, 503, 504) is sent again with the
// same key, as the app does.
void storm(quint16 port, const QStringList &tokens, qint64 item, int count, int clients,
           const QByteArray &prefix, Storm &out)
{
    const QByteArray body = QJsonDocument(orderBody(item, 1)).toJson(QJsonDocument::Compact);
    std::vector<std::thread> threads;
    std::atomic<int> next{0};
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            auto conn = std::make_unique<RawHttp>(port);
            for (int i = next++; i < count; i = next++) {
                ++out.started;
                for (int attempt = 0; attempt < 20; ++attempt) {
                    if (!conn->isConnected())
                        conn = std::make_unique<RawHttp>(port);
                    conn->send(
                        "POST /api/v1/orders HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n" +
                        bearer(tokens[(c + i) % tokens.size()]) + "Idempotency-Key: " + prefix +
                        QByteArray::number(i) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                        "\r\n\r\n" + body);
                    const HttpReply r = conn->read(false, 30000);
                    if (r.status == 0 || r.status == 502 || r.status == 503 || r.status == 504) {
                        ++out.retried;
                        conn = std::make_unique<RawHttp>(port);
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                        continue;
                    }
                    if (r.status == 201) {
                        ++out.created;
                        const std::lock_guard one(out.lock);
                        out.orders.insert(r.json().object().value(u"id").toInteger());
                    } else if (r.status == 409 && errorCode(r) == u"out_of_stock") {
                        ++out.refused;
                    } else {
                        ++out.other;
                        std::fprintf(stderr, "order %d: %d %s\n", i, r.status, r.body.constData());
                    }
                    break;
                }
            }
        });
    for (auto &t : threads)
        t.join();
}

class ClusterTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sink = new SmtpSink;
        ASSERT_TRUE(sink->start()) << "the SMTP sink did not start (python3-aiosmtpd)";
        cluster = new Cluster;
        QString error;
        ASSERT_TRUE(cluster->start(3, sink->url(), &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete cluster;
        cluster = nullptr;
        delete sink;
        sink = nullptr;
    }
    void SetUp() override
    {
        if (!cluster || !cluster->port())
            GTEST_SKIP() << "no cluster";
        for (const char *who :
             {"buyer@demo.test", "alice@demo.test", "bob@demo.test", "carol@demo.test", "dave@demo.test"})
            buyers << login(port(), QLatin1String(who));
        ASSERT_FALSE(buyers.contains(QString()));
        seller = login(port(), QStringLiteral("seller@demo.test"));
        ASSERT_FALSE(seller.isEmpty());
    }
    static quint16 port() { return cluster->port(); }
    qint64 stockOf(qint64 item) const
    {
        return httpGet(port(), "/api/v1/items/" + QByteArray::number(item))
            .json()
            .object()
            .value(u"stock")
            .toInteger();
    }
    qint64 ordered(const QByteArray &prefix) const // (orders, items) with these keys, in the database
    {
        return cluster->sql(
            QStringLiteral("SELECT COALESCE(SUM(l.quantity), 0) FROM orders o JOIN order_lines l ON "
                           "l.order_id = o.id WHERE o.idempotency_key LIKE '%1%'")
                .arg(QString::fromLatin1(prefix)));
    }

    static inline Cluster *cluster = nullptr;
    static inline SmtpSink *sink = nullptr;
    QStringList buyers;
    QString seller;
};

TEST_F(ClusterTest, ACheckoutStormSpreadOverTheServersSellsExactlyTheStock)
{
    const qint64 item = createItem(port(), seller, QStringLiteral("Storm lantern"), 30);
    ASSERT_GT(item, 0);
    Storm s;
    storm(port(), buyers, item, 150, 8, "storm-", s);
    EXPECT_EQ(s.created, 30);
    EXPECT_EQ(s.refused, 120);
    EXPECT_EQ(s.other, 0);
    EXPECT_EQ(stockOf(item), 0);
    EXPECT_EQ(ordered("storm-"), 30);
    EXPECT_GE(cluster->orderUpstreams().size(), 2) << "nginx sent every order to one server";
}

TEST_F(ClusterTest, ThreeServersThreeHundredOrdersEveryReceiptArrivesOnce)
{
    const qint64 item = createItem(port(), seller, QStringLiteral("Receipt candle"), 1000, 300);
    ASSERT_GT(item, 0);
    Storm s;
    storm(port(), buyers, item, 300, 12, "mail-", s);
    ASSERT_EQ(s.created, 300);
    EXPECT_EQ(cluster->orderUpstreams().size(), 3);
    const QRegularExpression receipt(QStringLiteral("^Message-ID: <receipt-(\\d+)@"),
                                     QRegularExpression::MultilineOption |
                                         QRegularExpression::CaseInsensitiveOption);
    const auto received = [&] {
        QHash<qint64, int> times;
        for (const QString &m : sink->messages())
            if (const qint64 id = receipt.match(m).captured(1).toLongLong(); s.orders.contains(id))
                ++times[id];
        return times;
    };
    EXPECT_TRUE(waitUntil([&] { return received().size() == 300; }, 60000)) << received().size() << " of 300";
    waitUntil([] { return false; }, 3000); // a second copy would come now
    const QHash<qint64, int> times = received();
    EXPECT_EQ(times.size(), 300);
    int twice = 0;
    for (int n : times)
        twice += n > 1;
    EXPECT_EQ(twice, 0) << "receipts sent more than once";
}

// Through nginx every request comes from 127.0.0.1, the trusted proxy: the per-address login throttle counts
// the client nginx forwarded for (X-Forwarded-For), so one client's failures do not lock everyone out.
TEST_F(ClusterTest, TheLoginThrottleCountsTheClientNginxForwardedFor)
{
    const auto attempt = [](const QString &email, const QString &password, const QByteArray &client) {
        return postJson(port(), "/api/v1/auth/login",
                        {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}},
                        "X-Forwarded-For: " + client + "\r\n")
            .status;
    };
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(attempt(QStringLiteral("nobody-%1@example.test").arg(i), QStringLiteral("wrong-wrong"),
                          "198.51.100.7"),
                  401);
    EXPECT_EQ(attempt(QStringLiteral("dave@demo.test"), QStringLiteral("demo1234"), "198.51.100.7"), 429);
    EXPECT_EQ(attempt(QStringLiteral("dave@demo.test"), QStringLiteral("demo1234"), "198.51.100.8"), 200);
}

TEST_F(ClusterTest, AServerKilledMidStormLosesNoOrderAndDoublesNone)
{
    const qint64 item = createItem(port(), seller, QStringLiteral("Sturdy umbrella"), 60);
    ASSERT_GT(item, 0);
    Storm s;
    std::thread killer([&] {
        waitUntil([&] { return s.started >= 25; }, 60000);
        ::kill(pid_t(cluster->pid(2)), SIGKILL);
    });
    storm(port(), buyers, item, 100, 8, "kill-", s);
    killer.join();
    std::printf("killed a server mid-storm: %d created, %d refused, %d requests sent again\n", int(s.created),
                int(s.refused), int(s.retried));
    EXPECT_EQ(s.other, 0);
    EXPECT_EQ(s.created + s.refused, 100) << "some orders got no answer";
    EXPECT_EQ(s.created, int(s.orders.size())) << "one key answered two orders";
    // every answered order is in the database once, none more; the stock and what was sold add up
    EXPECT_EQ(ordered("kill-"), s.created);
    EXPECT_EQ(stockOf(item) + ordered("kill-"), 60);
    EXPECT_EQ(s.created, 60);
}

} // namespace
