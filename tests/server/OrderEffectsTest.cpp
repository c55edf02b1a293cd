// What follows an order belongs to the server, not to the buyer's connection: a buyer who hangs
// up right after sending still gets a captured, announced, indexed and mailed order. A database
// that stops taking writes answers 503 with the cause, gives the card's authorization back and
// keeps serving reads.
#include "server/storage/Writer.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"
#include "tests/common/TopicListener.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QWebSocket>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

using Listener = TopicListener;

QByteArray orderRequest(const QString &token, qint64 itemId, int quantity, const QByteArray &key)
{
    const QByteArray json = QJsonDocument(orderBody(itemId, quantity)).toJson(QJsonDocument::Compact);
    return "POST /api/v1/orders HTTP/1.1\r\nHost: shop.test\r\nContent-Type: application/json\r\n" +
           bearer(token) + "Idempotency-Key: " + key +
           "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

class OrderEffectsTest : public SharedServerTest<OrderEffectsTest>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(waitUntil(
            [] { return httpGet(port(), "/metrics").body.contains("emporium_search_index_ready 1"); },
            20000));
        seller = login(port(), QStringLiteral("seller@demo.test"));
        buyer = login(port(), QStringLiteral("buyer@demo.test"));
        ASSERT_FALSE(seller.isEmpty());
        ASSERT_FALSE(buyer.isEmpty());
    }

    // A new item of the seller's, with a word nothing else has.
    qint64 newItem(const QString &title, int stock)
    {
        const qint64 id = createItem(port(), seller, title, stock);
        EXPECT_NE(id, 0) << "the item was refused";
        return id;
    }
    QJsonObject search(const QByteArray &query)
    {
        return httpGet(port(), "/api/v1/items?q=" + query).json().object();
    }
    QByteArray ledger() const
    {
        QFile f(QDir(server->dataDir()).filePath(QStringLiteral("test-gateway.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // The buyer's orders, newest first.
    QJsonArray orders()
    {
        return httpGet(port(), "/api/v1/orders", bearer(buyer)).json().object().value(u"items").toArray();
    }
    // Runs SQL on the server's own writer connection (what the database refuses from now on).
    void onWriter(const QString &sql)
    {
        const auto done = server->server()->writer()->submit<Done>([sql](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(sql);
            return storage::WriteResult<Done>(Done{});
        });
        ASSERT_TRUE(waitUntil([&] { return done.isFinished(); }, 5000));
    }

    QString seller, buyer;
};

TEST_F(OrderEffectsTest, ABuyerWhoHangsUpRightAfterOrderingStillGetsACapturedAnnouncedIndexedMailedOrder)
{
    const qint64 item = newItem(QStringLiteral("Quokkaphone lantern"), 2);
    ASSERT_TRUE(waitUntil([&] { return search("quokkaphone").value(u"total").toInteger() == 1; }, 5000));
    Listener feed(port(), QStringLiteral("feed"));
    Listener page(port(), QStringLiteral("item:%1").arg(item));

    {
        RawHttp c(port());
        ASSERT_TRUE(c.isConnected());
        c.send(orderRequest(buyer, item, 2, QUuid::createUuid().toByteArray()));
        c.close(); // gone before any answer
    }

    // the feed and the item's page hear of it
    ASSERT_TRUE(waitUntil([&] { return !feed.find(QStringLiteral("purchase")).isEmpty(); }, 10000));
    EXPECT_EQ(feed.find(QStringLiteral("purchase")).value(u"item_id").toInteger(), item);
    ASSERT_TRUE(waitUntil([&] { return !page.find(QStringLiteral("stock")).isEmpty(); }, 10000));
    EXPECT_EQ(page.find(QStringLiteral("stock")).value(u"stock").toInteger(), 0);
    EXPECT_EQ(page.find(QStringLiteral("stock")).value(u"sold_count").toInteger(), 2);

    // the order is paid: captured at the gateway (once) and marked
    QJsonObject order;
    ASSERT_TRUE(waitUntil(
        [&] {
            const QJsonArray mine = orders();
            order = mine.isEmpty() ? QJsonObject() : mine[0].toObject();
            return order.value(u"lines").toArray().size() == 1 &&
                   order.value(u"lines").toArray()[0].toObject().value(u"item_id").toInteger() == item &&
                   order.value(u"status").toString() == u"paid";
        },
        10000))
        << QJsonDocument(order).toJson().toStdString();
    const qint64 orderId = order.value(u"id").toInteger();
    ASSERT_TRUE(waitUntil(
        [&] {
            return ledger().count(QStringLiteral("capture order-%1-capture ").arg(orderId).toUtf8()) == 1;
        },
        5000))
        << ledger().toStdString();

    // search follows the stock: sold out is hidden, and shown as 0 when asked for
    EXPECT_EQ(search("quokkaphone").value(u"total").toInteger(), 0);
    const QJsonObject all = search("quokkaphone&in_stock=false");
    ASSERT_EQ(all.value(u"total").toInteger(), 1);
    EXPECT_EQ(all.value(u"items").toArray()[0].toObject().value(u"stock").toInteger(), 0);

    // and the receipt went out (no SMTP configured: the .eml file)
    const QString receipt =
        QDir(server->dataDir()).filePath(QStringLiteral("receipts/receipt-%1.eml").arg(orderId));
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(receipt); }, 10000)) << receipt.toStdString();
}

// A seller's title is printed as typed in the receipt (its text and HTML parts, the .eml the buyer
// downloads), however many "%1"s it holds: nothing in it is read as a placeholder.
TEST_F(OrderEffectsTest, TheReceiptPrintsATitleWithPlaceholdersAsTyped)
{
    const QString title = QStringLiteral("Tricky %1 %2 %9 item");
    const qint64 item = newItem(title, 5);
    const HttpReply placed = placeOrder(port(), buyer, item, 3, "tricky-receipt");
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const HttpReply r = httpGet(
        port(),
        "/api/v1/orders/" + QByteArray::number(placed.json().object().value(u"id").toInteger()) + "/receipt",
        bearer(buyer));
    ASSERT_EQ(r.status, 200);
    QString parts; // the decoded text and HTML parts
    static const QRegularExpression part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"));
    for (auto it = part.globalMatch(QString::fromUtf8(r.body)); it.hasNext();)
        parts += QString::fromUtf8(
            QByteArray::fromBase64(it.next().captured(1).remove(u'\r').remove(u'\n').toLatin1()));
    const QString price = QStringLiteral("$25.00"),
                  total = QStringLiteral("$75.00"); // createItem: 2500 cents
    EXPECT_TRUE(
        parts.contains(QStringLiteral("3 x %1 (sold by Demo Goods) at %2 = %3").arg(title, price, total)))
        << parts.toStdString();
    EXPECT_TRUE(parts.contains(QStringLiteral("<td>%1</td><td>Demo Goods</td><td align=\"right\">3</td>"
                                              "<td align=\"right\">%2</td><td align=\"right\">%3</td>")
                                   .arg(title, price, total)))
        << parts.toStdString();
}

// The same holds for the cart and the wishlist: the buyer's other windows follow a change whose
// sender hung up before the answer.
TEST_F(OrderEffectsTest, ACartChangeWhoseSenderHangsUpStillReachesTheBuyersOtherWindows)
{
    const qint64 item = newItem(QStringLiteral("Wombatwick candle"), 5);
    Listener otherWindow(port(), QStringLiteral("user"), buyer);
    const auto sendAndHangUp = [&](const QByteArray &method, const QByteArray &path, const QByteArray &json) {
        RawHttp c(port());
        ASSERT_TRUE(c.isConnected());
        c.send(method + ' ' + path + " HTTP/1.1\r\nHost: shop.test\r\nContent-Type: application/json\r\n" +
               bearer(buyer) + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        c.close(); // gone before any answer
    };
    const auto hasItem = [item](const QJsonArray &lines) {
        for (const auto &line : lines)
            if (line.toObject().value(u"item").toObject().value(u"id").toInteger() == item || // cart line
                line.toObject().value(u"id").toInteger() == item)                             // wishlist
                return true;
        return false;
    };

    sendAndHangUp("PUT", "/api/v1/cart/items/" + QByteArray::number(item), R"({"quantity":3})");
    const auto cartWith = [&](const QJsonObject &m) {
        return hasItem(m.value(u"cart").toObject().value(u"lines").toArray());
    };
    ASSERT_TRUE(
        waitUntil([&] { return !otherWindow.find(QStringLiteral("cart"), cartWith).isEmpty(); }, 10000));

    sendAndHangUp("PUT", "/api/v1/wishlist/" + QByteArray::number(item), {});
    const auto wishlistWith = [&](const QJsonObject &m) { return hasItem(m.value(u"items").toArray()); };
    ASSERT_TRUE(waitUntil(
        [&] { return !otherWindow.find(QStringLiteral("wishlist"), wishlistWith).isEmpty(); }, 10000));

    // and the server kept both changes
    EXPECT_TRUE(
        hasItem(httpGet(port(), "/api/v1/cart", bearer(buyer)).json().object().value(u"lines").toArray()));
    httpRequest(port(), "DELETE", "/api/v1/cart/items/" + QByteArray::number(item), {}, bearer(buyer));
}

TEST_F(OrderEffectsTest, ADatabaseThatRefusesWritesAnswers503WithTheCauseVoidsThePaymentAndKeepsServingReads)
{
    const qint64 item = newItem(QStringLiteral("Readonly teapot"), 5);
    const qsizetype capturesBefore = ledger().count("capture "),
                    voidsBefore = ledger().count("void void-auth_test_");
    onWriter(TestServer::onPostgresql() // the database takes no more writes
                 ? QStringLiteral("SET default_transaction_read_only = on")
                 : QStringLiteral("PRAGMA query_only = 1"));

    const HttpReply refused = placeOrder(port(), buyer, item, 1, QUuid::createUuid().toByteArray());
    EXPECT_EQ(refused.status, 503) << refused.body.toStdString();
    EXPECT_EQ(errorCode(refused), QStringLiteral("storage_read_only"));
    EXPECT_TRUE(refused.hasHeader("retry-after"));
    // the card's authorization was given back, and nothing was captured
    ASSERT_TRUE(waitUntil([&] { return ledger().count("void void-auth_test_") == voidsBefore + 1; }, 5000))
        << ledger().toStdString();
    EXPECT_EQ(ledger().count("capture "), capturesBefore);

    // reads go on: the item, the catalog, search, the buyer's orders
    const HttpReply detail = httpGet(port(), "/api/v1/items/" + QByteArray::number(item));
    EXPECT_EQ(detail.status, 200);
    EXPECT_EQ(detail.json().object().value(u"stock").toInteger(), 5); // nothing was taken
    EXPECT_EQ(httpGet(port(), "/api/v1/items?per_page=3").status, 200);
    EXPECT_EQ(httpGet(port(), "/api/v1/orders", bearer(buyer)).status, 200);

    // other writes say the same, and nothing crashes
    const HttpReply cart =
        httpRequest(port(), "PUT", "/api/v1/cart/items/" + QByteArray::number(item), R"({"quantity":1})",
                    "Content-Type: application/json\r\n" + bearer(buyer));
    EXPECT_EQ(cart.status, 503);
    EXPECT_EQ(errorCode(cart), QStringLiteral("storage_read_only"));

    // writable again (the operator fixed it and restarted): the same shop takes the order
    server->stop();
    QString error;
    ASSERT_TRUE(server->start(&error)) << error.toStdString();
    const HttpReply placed = placeOrder(port(), buyer, item, 1, QUuid::createUuid().toByteArray());
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    EXPECT_EQ(placed.json().object().value(u"status").toString(), QStringLiteral("paid"));
}

} // namespace
