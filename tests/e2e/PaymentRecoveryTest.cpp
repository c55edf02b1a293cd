// emporium-server killed between an order's commit and its capture, or between the capture and
// marking the order paid: at the next start the order is captured, exactly once (the test
// gateway's ledger in the data folder keeps every capture and refund with its idempotency key,
// across runs). Killed between a cancellation's commit and the gateway's refund: the money goes back
// once at the next start and the buyer's mail is not lost.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>
#include <signal.h>

using namespace emporium::test;

namespace {

class ServerProcess
{
public:
    enum Start { WaitUntilListening, DoNotWait };
    ServerProcess(const QString &dataDir, const ShopDatabase &database, const QString &crashAt = {},
                  Start start = WaitUntilListening)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("EMPORIUM_FAULT_CRASH_AT"), crashAt);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("EMPORIUM_SERVER_BINARY"),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--data-dir"), dataDir, QStringLiteral("--database"), database.url(),
                       QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("2")});
        if (start == WaitUntilListening)
            waitUntilListening();
    }
    void waitUntilListening()
    {
        static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QString out;
        waitUntil(
            [&] {
                out += QString::fromUtf8(process.readAllStandardOutput());
                const auto m = re.match(out);
                if (m.hasMatch())
                    port = quint16(m.captured(1).toUInt());
                return port != 0 || process.state() == QProcess::NotRunning;
            },
            60000);
    }
    ~ServerProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGTERM);
            process.waitForFinished(10000);
        }
    }
    QProcess process;
    quint16 port = 0;
};

struct OrderRow
{
    QString status, paymentState;
};

OrderRow orderRow(const ShopDatabase &db, qint64 orderId)
{
    return {db.sql(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId}).toString(),
            db.sql(QStringLiteral("SELECT payment_state FROM orders WHERE id = ?"), {orderId}).toString()};
}

qint64 newestOrderId(const ShopDatabase &db)
{
    return db.sql(QStringLiteral("SELECT MAX(id) FROM orders")).toLongLong();
}

int capturesOf(const QString &dataDir, qint64 orderId)
{
    QFile f(QDir(dataDir).filePath(QStringLiteral("test-gateway.log")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count(QStringLiteral("capture order-%1-capture ").arg(orderId).toUtf8()));
}

// The server dies at `crashAt` while ordering; the next start captures the order once.
void crashThenRecover(const QString &crashAt, int capturesAfterCrash)
{
    QTemporaryDir dir;
    const ShopDatabase db(dir.path());
    ASSERT_FALSE(db.url().isEmpty()) << TestDatabase::why().toStdString();
    qint64 orderId = 0;
    {
        ServerProcess first(dir.path(), db, crashAt);
        ASSERT_NE(first.port, 0) << first.process.readAllStandardError().toStdString();
        const qint64 before = newestOrderId(db);
        const QString buyer = login(first.port, QStringLiteral("buyer@demo.test"));
        const HttpReply r = placeOrder(first.port, buyer, 7, 1, QUuid::createUuid().toByteArray());
        EXPECT_EQ(r.status, 0) << "the server answered instead of dying: " << r.body.toStdString();
        ASSERT_TRUE(first.process.waitForFinished(10000));
        EXPECT_EQ(first.process.exitCode(), 3); // the fault hook's exit
        orderId = newestOrderId(db);
        ASSERT_GT(orderId, before) << "the order was not committed before the crash";
    }
    const OrderRow crashed = orderRow(db, orderId);
    EXPECT_EQ(crashed.paymentState, QStringLiteral("authorized"));
    EXPECT_EQ(crashed.status, QStringLiteral("authorized"));
    EXPECT_EQ(capturesOf(dir.path(), orderId), capturesAfterCrash);

    ServerProcess second(dir.path(), db);
    ASSERT_NE(second.port, 0) << second.process.readAllStandardError().toStdString();
    const QString buyer = login(second.port, QStringLiteral("buyer@demo.test"));
    QJsonObject order;
    ASSERT_TRUE(waitUntil(
        [&] {
            order = httpGet(second.port, "/api/v1/orders/" + QByteArray::number(orderId), bearer(buyer))
                        .json()
                        .object();
            return order.value(u"status").toString() == u"paid";
        },
        15000))
        << QJsonDocument(order).toJson().toStdString();
    EXPECT_EQ(orderRow(db, orderId).paymentState, QStringLiteral("captured"));
    EXPECT_EQ(capturesOf(dir.path(), orderId), 1); // exactly once, across both runs
}

TEST(PaymentRecovery, KilledBetweenCommitAndCaptureTheOrderIsCapturedOnceAtTheNextStart)
{
    crashThenRecover(QStringLiteral("before-capture"), 0);
}

TEST(PaymentRecovery, KilledAfterCaptureBeforeMarkingTheRetriedCaptureChargesNothingMore)
{
    crashThenRecover(QStringLiteral("after-capture"), 1);
}

int refundsOf(const QString &dataDir)
{
    QFile f(QDir(dataDir).filePath(QStringLiteral("test-gateway.log")));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count("\nrefund refund-") + 0) : 0;
}

QString refundState(const ShopDatabase &db, qint64 orderId)
{
    return db.sql(QStringLiteral("SELECT state FROM refunds WHERE order_id = ?"), {orderId}).toString();
}

TEST(PaymentRecovery, KilledBetweenACancellationAndItsRefundTheMoneyGoesBackOnceAndTheMailIsSent)
{
    QTemporaryDir dir;
    const ShopDatabase db(dir.path());
    ASSERT_FALSE(db.url().isEmpty()) << TestDatabase::why().toStdString();
    qint64 orderId = 0;
    {
        ServerProcess first(dir.path(), db);
        ASSERT_NE(first.port, 0) << first.process.readAllStandardError().toStdString();
        const HttpReply r = placeOrder(first.port, login(first.port, QStringLiteral("buyer@demo.test")), 7, 1,
                                       QUuid::createUuid().toByteArray());
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
        orderId = r.json().object().value(u"id").toInteger();
    }
    {
        ServerProcess second(dir.path(), db, QStringLiteral("before-refund"));
        ASSERT_NE(second.port, 0) << second.process.readAllStandardError().toStdString();
        postJson(second.port, "/api/v1/orders/" + QByteArray::number(orderId) + "/cancel", {},
                 bearer(login(second.port, QStringLiteral("buyer@demo.test"))));
        ASSERT_TRUE(second.process.waitForFinished(10000));
        EXPECT_EQ(second.process.exitCode(), 3); // died before the gateway gave the money back
    }
    EXPECT_EQ(orderRow(db, orderId).status, QStringLiteral("cancelled"));
    EXPECT_EQ(refundState(db, orderId), QStringLiteral("pending"));
    EXPECT_EQ(refundsOf(dir.path()), 0);

    ServerProcess third(dir.path(), db);
    ASSERT_NE(third.port, 0) << third.process.readAllStandardError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return refundState(db, orderId) == u"done"; }, 15000));
    EXPECT_EQ(refundsOf(dir.path()), 1);
    const QDir receipts(QDir(dir.path()).filePath(QStringLiteral("receipts")));
    ASSERT_TRUE(waitUntil(
        [&] { return !receipts.entryList({QStringLiteral("cancelled-%1-*.eml").arg(orderId)}).isEmpty(); },
        15000));
}

// Several servers on one PostgreSQL database, starting at once after a crash: one of them captures the order
// left 'authorized', the others leave it to that one (the test gateway's ledger is the data folder they
// share).
TEST(PaymentRecovery, ServersStartingTogetherAfterACrashCaptureTheOrderOnce)
{
    if (!TestServer::onPostgresql())
        GTEST_SKIP() << "several servers share a PostgreSQL database only";
    QTemporaryDir dir;
    const ShopDatabase db(dir.path());
    ASSERT_FALSE(db.url().isEmpty()) << TestDatabase::why().toStdString();
    qint64 orderId = 0;
    {
        ServerProcess first(dir.path(), db, QStringLiteral("before-capture"));
        ASSERT_NE(first.port, 0) << first.process.readAllStandardError().toStdString();
        placeOrder(first.port, login(first.port, QStringLiteral("buyer@demo.test")), 7, 1,
                   QUuid::createUuid().toByteArray());
        ASSERT_TRUE(first.process.waitForFinished(10000));
        orderId = newestOrderId(db);
    }
    ASSERT_EQ(orderRow(db, orderId).paymentState, QStringLiteral("authorized"));
    // each capture takes a second and a half: the servers' start-up recoveries overlap
    qputenv("EMPORIUM_FAULT_PAUSE_AT", "before-capture:1500");
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < 3; ++i)
        servers.push_back(
            std::make_unique<ServerProcess>(dir.path(), db, QString(), ServerProcess::DoNotWait));
    for (auto &s : servers)
        s->waitUntilListening();
    qunsetenv("EMPORIUM_FAULT_PAUSE_AT");
    for (auto &s : servers)
        ASSERT_NE(s->port, 0) << s->process.readAllStandardError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return orderRow(db, orderId).paymentState == u"captured"; }, 15000));
    waitUntil([] { return false; }, 1000); // a second capture would be in the ledger now
    EXPECT_EQ(capturesOf(dir.path(), orderId), 1);
}

} // namespace
