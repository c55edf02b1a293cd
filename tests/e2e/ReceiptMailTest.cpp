// Receipts by email against a real SMTP server on loopback (python3-aiosmtpd, started here):
// the content, a server that is down and comes back, a crash between sending and marking
// (the receipt goes again with the same Message-ID), a wrong password (failed, visible, sent
// after the fix), and the .eml files of the embedded mode.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/SmtpSink.h"
#include "tests/common/TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>
#include <signal.h>

using namespace emporium;
using namespace emporium::test;

namespace {

QString header(const QString &message, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(name),
                                QRegularExpression::MultilineOption |
                                    QRegularExpression::CaseInsensitiveOption);
    return re.match(message).captured(1).trimmed();
}

// the decoded text of every base64 part
QString decodedParts(const QString &message)
{
    QString out;
    static const QRegularExpression part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"));
    auto it = part.globalMatch(message);
    while (it.hasNext())
        out += QString::fromUtf8(
                   QByteArray::fromBase64(it.next().captured(1).remove(u'\r').remove(u'\n').toLatin1())) +
               u'\n';
    return out;
}

QJsonObject orderBody(qint64 item)
{
    return {{QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Zoë Receipt")},
                         {QStringLiteral("line1"), QStringLiteral("7 Mail Road")},
                         {QStringLiteral("city"), QStringLiteral("Springfield")},
                         {QStringLiteral("postal_code"), QStringLiteral("12345")},
                         {QStringLiteral("country"), QStringLiteral("US")}}},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")},
                         {QStringLiteral("exp_month"), 12},
                         {QStringLiteral("exp_year"), 2031},
                         {QStringLiteral("cvc"), QStringLiteral("123")}}},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("item_id"), item}, {QStringLiteral("quantity"), 2}}}}};
}

QJsonObject placeOrder(quint16 port, qint64 item = 12)
{
    const HttpReply r = postJson(port, "/api/v1/orders", orderBody(item),
                                 bearer(login(port, QStringLiteral("buyer@demo.test"))) +
                                     "Idempotency-Key: " + QUuid::createUuid().toByteArray() + "\r\n");
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    return r.json().object();
}

QString outboxStatus(const TestServer &s, qint64 orderId)
{
    return s.sql(QStringLiteral("SELECT status FROM outbox WHERE order_id = %1").arg(orderId)).toString();
}

TEST(ReceiptMail, ArrivesWithEverythingTheBuyerNeeds)
{
    SmtpSink sink(QStringLiteral("mailer"), QStringLiteral("s3cret"));
    ASSERT_TRUE(sink.start());
    TestServer::Options o;
    o.smtpUrl = sink.url();
    o.smtpUser = QStringLiteral("mailer");
    o.smtpPassword = QStringLiteral("s3cret");
    TestServer server(o);
    ASSERT_TRUE(server.start());
    const QJsonObject order = placeOrder(server.port());
    const qint64 id = order.value(u"id").toInteger();
    ASSERT_TRUE(waitUntil([&] { return sink.messages().size() == 1; }, 15000));
    const QString m = sink.messages().first();
    EXPECT_EQ(header(m, QStringLiteral("Message-ID")), QStringLiteral("<receipt-%1@shop.test>").arg(id));
    EXPECT_TRUE(header(m, QStringLiteral("To")).contains(QStringLiteral("<buyer@demo.test>")));
    EXPECT_EQ(header(m, QStringLiteral("From")), QStringLiteral("Emporium Test Shop <receipts@shop.test>"));
    EXPECT_TRUE(header(m, QStringLiteral("Subject")).contains(QStringLiteral("#%1").arg(id)));
    EXPECT_FALSE(header(m, QStringLiteral("Date")).isEmpty());
    EXPECT_TRUE(
        header(m, QStringLiteral("Content-Type")).startsWith(QStringLiteral("multipart/alternative")));
    EXPECT_TRUE(m.contains(QStringLiteral("Content-Type: text/plain; charset=utf-8")));
    EXPECT_TRUE(m.contains(QStringLiteral("Content-Type: text/html; charset=utf-8")));
    const QString text = decodedParts(m);
    const QJsonObject line = order.value(u"lines").toArray()[0].toObject();
    for (const QString &expected : {QStringLiteral("#%1").arg(id), line.value(u"title").toString(),
                                    line.value(u"seller").toObject().value(u"shop_name").toString(),
                                    QStringLiteral("2 x"), QStringLiteral("Zoë Receipt"),
                                    QStringLiteral("Springfield"), QStringLiteral("visa ending in 4242")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    const qint64 total = order.value(u"total_cents").toInteger();
    EXPECT_TRUE(
        text.contains(QStringLiteral("$%1.%2").arg(total / 100).arg(total % 100, 2, 10, QLatin1Char('0'))));
    ASSERT_TRUE(waitUntil([&] { return outboxStatus(server, id) == u"sent"; }));
    // the buyer's own copy, on demand
    const HttpReply copy = httpGet(server.port(), "/api/v1/orders/" + QByteArray::number(id) + "/receipt",
                                   bearer(login(server.port(), QStringLiteral("buyer@demo.test"))));
    EXPECT_EQ(copy.status, 200);
    EXPECT_EQ(copy.header("content-type"), "message/rfc822");
    EXPECT_TRUE(copy.body.contains(QStringLiteral("<receipt-%1@shop.test>").arg(id).toLatin1()));
    EXPECT_EQ(httpGet(server.port(), "/api/v1/orders/" + QByteArray::number(id) + "/receipt",
                      bearer(login(server.port(), QStringLiteral("alice@demo.test"))))
                  .status,
              404);
}

TEST(ReceiptMail, ServerDownWhenOrderedArrivesWhenItComesBack)
{
    SmtpSink sink;
    TestServer::Options o;
    o.smtpUrl = sink.url(); // nothing listens there yet
    o.mailRetryMs = 200;
    TestServer server(o);
    ASSERT_TRUE(server.start());
    const qint64 id = placeOrder(server.port()).value(u"id").toInteger();
    ASSERT_TRUE(waitUntil(
        [&] {
            return server.sql(QStringLiteral("SELECT attempts FROM outbox WHERE order_id = %1").arg(id))
                       .toInt() >= 1;
        },
        10000));
    EXPECT_EQ(outboxStatus(server, id), QStringLiteral("pending"));
    EXPECT_FALSE(server.sql(QStringLiteral("SELECT last_error FROM outbox WHERE order_id = %1").arg(id))
                     .toString()
                     .isEmpty());
    ASSERT_TRUE(sink.start());
    ASSERT_TRUE(waitUntil([&] { return sink.messages().size() == 1; }, 20000));
    EXPECT_TRUE(waitUntil([&] { return outboxStatus(server, id) == u"sent"; }));
}

TEST(ReceiptMail, WrongPasswordIsFailedVisibleAndSentAfterTheFix)
{
    SmtpSink sink(QStringLiteral("mailer"), QStringLiteral("right"));
    ASSERT_TRUE(sink.start());
    TestServer::Options o;
    o.smtpUrl = sink.url();
    o.smtpUser = QStringLiteral("mailer");
    o.smtpPassword = QStringLiteral("wrong");
    o.mailRetryMs = 200;
    TestServer server(o);
    ASSERT_TRUE(server.start());
    const qint64 id = placeOrder(server.port()).value(u"id").toInteger();
    ASSERT_TRUE(waitUntil([&] { return outboxStatus(server, id) == u"failed"; }, 15000));
    EXPECT_TRUE(sink.messages().isEmpty());
    const QByteArray metrics = httpGet(server.port(), "/metrics").body;
    EXPECT_TRUE(metrics.contains("emporium_outbox_failed 1")) << metrics.right(600).toStdString();
    // no secret in what is shown
    EXPECT_FALSE(server.sql(QStringLiteral("SELECT last_error FROM outbox WHERE order_id = %1").arg(id))
                     .toString()
                     .contains(u"wrong"));

    server.stop();
    server.options().smtpPassword = QStringLiteral("right");
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(waitUntil([&] { return sink.messages().size() == 1; }, 15000));
    EXPECT_TRUE(waitUntil([&] { return outboxStatus(server, id) == u"sent"; }));
}

TEST(ReceiptMail, CrashBetweenSendingAndMarkingSendsTheSameMailAgain)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    QTemporaryDir data;
    const ShopDatabase db(data.path());
    ASSERT_FALSE(db.url().isEmpty()) << TestDatabase::why().toStdString();
    const quint16 port = freePort();
    const auto run = [&](bool crash) {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EMPORIUM_SMTP_URL"), sink.url());
        env.insert(QStringLiteral("EMPORIUM_MAIL_FROM"), QStringLiteral("Shop <receipts@shop.test>"));
        if (crash)
            env.insert(QStringLiteral("EMPORIUM_FAULT_CRASH_AFTER_SEND"), QStringLiteral("1"));
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("EMPORIUM_SERVER_BINARY"),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("--data-dir"), data.path(), QStringLiteral("--database"), db.url(),
                  QStringLiteral("--demo")});
        p->waitForStarted();
        waitUntil([&] { return httpGet(port, "/healthz").status == 200; }, 30000);
        return p;
    };
    QProcess *first = run(true);
    const qint64 before = db.sql(QStringLiteral("SELECT MAX(id) FROM orders")).toLongLong();
    placeOrder(port); // the answer may be lost: the server can die before it is written
    ASSERT_TRUE(first->waitForFinished(15000))
        << first->readAllStandardError().toStdString(); // died right after the SMTP server took the mail
    const std::string firstLog = first->readAllStandardError().toStdString();
    EXPECT_EQ(first->exitCode(), 3) << firstLog;
    delete first;
    ASSERT_EQ(sink.messages().size(), 1);
    const qint64 id = db.sql(QStringLiteral("SELECT MAX(id) FROM orders")).toLongLong();
    ASSERT_GT(id, before) << firstLog; // committed before the mail went out
    EXPECT_EQ(db.sql(QStringLiteral("SELECT status FROM outbox WHERE order_id = %1").arg(id)).toString(),
              QStringLiteral("pending"))
        << db.sql(TestServer::onPostgresql()
                      ? QStringLiteral("SELECT string_agg(order_id || ':' || status, ',') FROM outbox")
                      : QStringLiteral("SELECT group_concat(order_id || ':' || status) FROM outbox"))
               .toString()
               .toStdString();

    QProcess *second = run(false);
    // (on PostgreSQL the dead server's hold on the row went with its connection: nothing to wait out)
    ASSERT_TRUE(waitUntil([&] { return sink.messages().size() == 2; }, 20000))
        << second->readAllStandardError().toStdString();
    EXPECT_EQ(header(sink.messages()[0], QStringLiteral("Message-ID")),
              header(sink.messages()[1], QStringLiteral("Message-ID")));
    EXPECT_TRUE(waitUntil([&] {
        return db.sql(QStringLiteral("SELECT status FROM outbox WHERE order_id = %1").arg(id)).toString() ==
               u"sent";
    }));
    // no order of this run is without its receipt row
    EXPECT_EQ(db.sql(QStringLiteral("SELECT COUNT(*) FROM orders o LEFT JOIN outbox x ON x.order_id = o.id "
                                    "WHERE o.id > %1 AND x.id IS NULL")
                         .arg(before))
                  .toInt(),
              0);
    ::kill(pid_t(second->processId()), SIGTERM);
    second->waitForFinished(10000);
    delete second;
}

TEST(ReceiptMail, WithoutSmtpReceiptsAreFilesInTheDataFolder)
{
    TestServer server; // no SMTP configured: the embedded default
    ASSERT_TRUE(server.start());
    const qint64 id = placeOrder(server.port()).value(u"id").toInteger();
    const QString file = QDir(server.dataDir()).filePath(QStringLiteral("receipts/receipt-%1.eml").arg(id));
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(file); }, 10000));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString m = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(header(m, QStringLiteral("To")).contains(QStringLiteral("buyer@demo.test")));
    EXPECT_TRUE(decodedParts(m).contains(QStringLiteral("#%1").arg(id)));
    EXPECT_TRUE(waitUntil([&] { return outboxStatus(server, id) == u"sent"; }));
}

} // namespace
