// API.md search, cart, wishlist and orders over real HTTP against a demo server: typo-tolerant
// search with filters, cart and wishlist rules, checkout (success, decline, Luhn, validation),
// idempotent replays, out-of-stock with nothing taken, and no overselling under concurrency.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace emporium;
using namespace emporium::test;

namespace {

QJsonObject checkoutBody(const QString &card = QStringLiteral("4242424242424242"),
                         const QJsonArray &lines = {})
{
    QJsonObject body{
        {QStringLiteral("shipping_address"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Buyer")},
                     {QStringLiteral("line1"), QStringLiteral("1 Market Street")},
                     {QStringLiteral("city"), QStringLiteral("Springfield")},
                     {QStringLiteral("postal_code"), QStringLiteral("12345")},
                     {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), card},
                                                {QStringLiteral("exp_month"), 12},
                                                {QStringLiteral("exp_year"), 2031},
                                                {QStringLiteral("cvc"), QStringLiteral("123")}}}};
    if (!lines.isEmpty())
        body.insert(QStringLiteral("lines"), lines);
    return body;
}

QJsonArray line(qint64 itemId, int quantity)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("item_id"), itemId}, {QStringLiteral("quantity"), quantity}}};
}

class BuyerFlowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        server = new TestServer;
        ASSERT_TRUE(server->start());
        buyer = login(port(), QStringLiteral("buyer@demo.test"));
        alice = login(port(), QStringLiteral("alice@demo.test"));
        ASSERT_FALSE(buyer.isEmpty());
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static quint16 port() { return server->port(); }
    static QVariant sql(const QString &statement) { return server->sql(statement); }
    static qint64 stock(qint64 item)
    {
        return sql(QStringLiteral("SELECT stock FROM items WHERE id = %1").arg(item)).toLongLong();
    }
    static qint64 sold(qint64 item)
    {
        return sql(QStringLiteral("SELECT sold_count FROM items WHERE id = %1").arg(item)).toLongLong();
    }
    static qint64 inStockItem(qint64 minStock)
    {
        return sql(QStringLiteral("SELECT id FROM items WHERE stock >= %1 ORDER BY id LIMIT 1").arg(minStock))
            .toLongLong();
    }
    static HttpReply put(const QByteArray &path, const QJsonObject &body, const QString &token)
    {
        return httpRequest(port(), "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           "Content-Type: application/json\r\n" + bearer(token));
    }
    static HttpReply order(const QJsonObject &body, const QString &token,
                           const QString &key = QUuid::createUuid().toString())
    {
        return postJson(port(), "/api/v1/orders", body,
                        bearer(token) + "Idempotency-Key: " + key.toLatin1() + "\r\n");
    }
    static QStringList titles(const QByteArray &query)
    {
        QStringList out;
        for (const QJsonValue &v :
             httpGet(port(), "/api/v1/items?per_page=100&" + query).json().object().value(u"items").toArray())
            out << v.toObject().value(u"title").toString();
        return out;
    }
    static qint64 metric(const QByteArray &name)
    {
        for (const QByteArray &l : httpGet(port(), "/metrics").body.split('\n'))
            if (l.startsWith(name + ' '))
                return l.mid(name.size() + 1).toLongLong();
        return -1;
    }
    static inline TestServer *server = nullptr;
    static inline QString buyer, alice;
};

TEST_F(BuyerFlowTest, SearchForgivesTypos)
{
    for (const char *q : {"hedphones", "headphnes", "wireles%20hedphones"}) {
        const QStringList found = titles("in_stock=false&q=" + QByteArray(q));
        ASSERT_FALSE(found.isEmpty()) << q;
        for (const QString &t : found)
            EXPECT_TRUE(t.contains(u"Headphones")) << q << " found " << t.toStdString();
    }
    const QStringList keyboards = titles("in_stock=false&q=keybord");
    ASSERT_FALSE(keyboards.isEmpty());
    EXPECT_TRUE(keyboards.first().contains(u"Keyboard"));
    EXPECT_TRUE(titles("q=xqzzyv").isEmpty());
    // as you type: the last word matches as a prefix
    EXPECT_FALSE(titles("in_stock=false&q=mechan").isEmpty());
    // shop and category names are searched too
    EXPECT_EQ(
        httpGet(port(), "/api/v1/items?in_stock=false&q=kitchen").json().object().value(u"total").toInt(),
        25);
}

TEST_F(BuyerFlowTest, SearchRanksTitleMatchesFirstAndCombinesWithFilters)
{
    const QJsonArray electronics =
        httpGet(port(), "/api/v1/items?q=compact&category=electronics&in_stock=false")
            .json()
            .object()
            .value(u"items")
            .toArray();
    ASSERT_FALSE(electronics.isEmpty());
    for (const QJsonValue &v : electronics) {
        EXPECT_EQ(v.toObject().value(u"category").toObject().value(u"name").toString(),
                  QStringLiteral("Electronics"));
        EXPECT_TRUE(v.toObject().value(u"title").toString().startsWith(u"Compact"));
    }
    const QJsonArray cheap =
        httpGet(port(), "/api/v1/items?q=classic&max_price_cents=3000&sort=price_desc&in_stock=false")
            .json()
            .object()
            .value(u"items")
            .toArray();
    for (qsizetype i = 0; i < cheap.size(); ++i) {
        EXPECT_LE(cheap[i].toObject().value(u"price_cents").toInteger(), 3000);
        if (i)
            EXPECT_GE(cheap[i - 1].toObject().value(u"price_cents").toInteger(),
                      cheap[i].toObject().value(u"price_cents").toInteger());
    }
    // out-of-stock items are hidden from search unless asked for
    const qint64 all =
        httpGet(port(), "/api/v1/items?q=the&in_stock=false").json().object().value(u"total").toInteger();
    const qint64 inStock = httpGet(port(), "/api/v1/items?q=the").json().object().value(u"total").toInteger();
    EXPECT_LT(inStock, all);
}

TEST_F(BuyerFlowTest, SearchesAreRecorded)
{
    const QString word = QStringLiteral("telescopes%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    httpGet(port(), "/api/v1/items?q=" + word.toLatin1());
    httpGet(port(), "/api/v1/items?q=" + word.toLatin1()); // the second comes from the cache: still counted
    httpGet(port(), "/api/v1/items?page=2&q=" + word.toLatin1()); // paging is not a new search
    EXPECT_TRUE(waitUntil(
        [&] {
            return sql(QStringLiteral("SELECT COUNT(*) FROM search_log WHERE query = '%1'").arg(word))
                       .toInt() == 2;
        },
        5000));
}

TEST_F(BuyerFlowTest, CartRules)
{
    const QString token = login(port(), QStringLiteral("bob@demo.test"));
    const qint64 item = inStockItem(10);
    HttpReply r =
        put("/api/v1/cart/items/" + QByteArray::number(item), {{QStringLiteral("quantity"), 3}}, token);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QJsonObject cart = r.json().object();
    ASSERT_EQ(cart.value(u"lines").toArray().size(), 1);
    const QJsonObject first = cart.value(u"lines").toArray()[0].toObject();
    EXPECT_EQ(first.value(u"quantity").toInt(), 3);
    EXPECT_EQ(first.value(u"line_total_cents").toInteger(),
              3 * first.value(u"item").toObject().value(u"price_cents").toInteger());
    EXPECT_EQ(cart.value(u"total_cents").toInteger(), first.value(u"line_total_cents").toInteger());
    EXPECT_EQ(cart.value(u"currency").toString(), QStringLiteral("USD"));

    // the same cart for every window: another sign-in of the same user sees it
    const QString otherWindow = login(port(), QStringLiteral("bob@demo.test"));
    EXPECT_EQ(httpGet(port(), "/api/v1/cart", bearer(otherWindow)).json().object(), cart);

    const HttpReply tooMany = put("/api/v1/cart/items/" + QByteArray::number(item),
                                  {{QStringLiteral("quantity"), int(stock(item) + 1)}}, token);
    EXPECT_EQ(tooMany.status, 409);
    EXPECT_EQ(errorCode(tooMany), QStringLiteral("out_of_stock"));
    EXPECT_EQ(put("/api/v1/cart/items/999999", {{QStringLiteral("quantity"), 1}}, token).status, 404);
    EXPECT_EQ(put("/api/v1/cart/items/" + QByteArray::number(item), {{QStringLiteral("quantity"), -1}}, token)
                  .status,
              400);
    EXPECT_EQ(
        put("/api/v1/cart/items/" + QByteArray::number(item), {{QStringLiteral("quantity"), 1.5}}, token)
            .status,
        400);
    EXPECT_EQ(put("/api/v1/cart/items/" + QByteArray::number(item),
                  {{QStringLiteral("quantity"), QStringLiteral("2")}}, token)
                  .status,
              400);

    r = put("/api/v1/cart/items/" + QByteArray::number(item), {{QStringLiteral("quantity"), 0}}, token);
    EXPECT_TRUE(r.json().object().value(u"lines").toArray().isEmpty());
    put("/api/v1/cart/items/" + QByteArray::number(item), {{QStringLiteral("quantity"), 1}}, token);
    r = httpRequest(port(), "DELETE", "/api/v1/cart/items/" + QByteArray::number(item), {}, bearer(token));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.json().object().value(u"lines").toArray().isEmpty());
}

TEST_F(BuyerFlowTest, WishlistRules)
{
    const QString token = login(port(), QStringLiteral("carol@demo.test"));
    HttpReply r = httpRequest(port(), "PUT", "/api/v1/wishlist/3", {}, bearer(token));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    httpRequest(port(), "PUT", "/api/v1/wishlist/3", {}, bearer(token)); // twice is once
    r = httpRequest(port(), "PUT", "/api/v1/wishlist/4", {}, bearer(token));
    QJsonArray items = r.json().object().value(u"items").toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(httpGet(port(), "/api/v1/wishlist", bearer(token)).json().object().value(u"items").toArray(),
              items);
    EXPECT_EQ(httpRequest(port(), "PUT", "/api/v1/wishlist/999999", {}, bearer(token)).status, 404);
    r = httpRequest(port(), "DELETE", "/api/v1/wishlist/3", {}, bearer(token));
    items = r.json().object().value(u"items").toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(u"id").toInteger(), 4);
}

TEST_F(BuyerFlowTest, CheckoutFromTheCart)
{
    const QString token = login(port(), QStringLiteral("dave@demo.test"));
    const qint64 a = inStockItem(10);
    const qint64 b =
        sql(QStringLiteral("SELECT id FROM items WHERE stock >= 10 AND id > %1 ORDER BY id LIMIT 1").arg(a))
            .toLongLong();
    const qint64 stockA = stock(a), stockB = stock(b), soldA = sold(a);
    put("/api/v1/cart/items/" + QByteArray::number(a), {{QStringLiteral("quantity"), 2}}, token);
    put("/api/v1/cart/items/" + QByteArray::number(b), {{QStringLiteral("quantity"), 1}}, token);
    const qint64 cartTotal =
        httpGet(port(), "/api/v1/cart", bearer(token)).json().object().value(u"total_cents").toInteger();

    const HttpReply r = order(checkoutBody(), token);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_GT(o.value(u"id").toInteger(), 0);
    EXPECT_EQ(o.value(u"status").toString(), QStringLiteral("paid"));
    EXPECT_EQ(o.value(u"total_cents").toInteger(), cartTotal);
    EXPECT_EQ(o.value(u"currency").toString(), QStringLiteral("USD"));
    EXPECT_EQ(o.value(u"lines").toArray().size(), 2);
    const QJsonObject l0 = o.value(u"lines").toArray()[0].toObject();
    EXPECT_EQ(l0.value(u"item_id").toInteger(), a);
    EXPECT_EQ(l0.value(u"quantity").toInt(), 2);
    EXPECT_FALSE(l0.value(u"title").toString().isEmpty());
    EXPECT_GT(l0.value(u"unit_price_cents").toInteger(), 0);
    EXPECT_FALSE(l0.value(u"seller").toObject().value(u"shop_name").toString().isEmpty());
    EXPECT_EQ(o.value(u"payment").toObject(),
              (QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                           {QStringLiteral("last4"), QStringLiteral("4242")}}));
    EXPECT_EQ(o.value(u"shipping_address").toObject().value(u"city").toString(),
              QStringLiteral("Springfield"));

    EXPECT_EQ(stock(a), stockA - 2);
    EXPECT_EQ(stock(b), stockB - 1);
    EXPECT_EQ(sold(a), soldA + 2);
    EXPECT_TRUE(
        httpGet(port(), "/api/v1/cart", bearer(token)).json().object().value(u"lines").toArray().isEmpty());
    const qint64 id = o.value(u"id").toInteger();
    EXPECT_EQ(
        sql(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE order_id = %1 AND kind = 'receipt'").arg(id))
            .toInt(),
        1);
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM sale_events WHERE order_id = %1").arg(id)).toInt(), 2);
    // only brand and last 4 digits are kept
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM orders WHERE card_last4 = '4242' AND id = %1").arg(id))
                  .toInt(),
              1);

    // the buyer's orders, newest first; another buyer cannot see it
    const QJsonObject list = httpGet(port(), "/api/v1/orders", bearer(token)).json().object();
    EXPECT_EQ(list.value(u"items").toArray()[0].toObject().value(u"id").toInteger(), id);
    EXPECT_EQ(httpGet(port(), "/api/v1/orders/" + QByteArray::number(id), bearer(token)).json().object(), o);
    EXPECT_EQ(httpGet(port(), "/api/v1/orders/" + QByteArray::number(id), bearer(alice)).status, 404);
    // and the catalog shows the new stock at once
    EXPECT_EQ(
        httpGet(port(), "/api/v1/items/" + QByteArray::number(a)).json().object().value(u"stock").toInteger(),
        stockA - 2);
}

TEST_F(BuyerFlowTest, DeclinedCardTakesNothing)
{
    const qint64 item = inStockItem(5);
    const qint64 before = stock(item);
    const qint64 orders = sql(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    const HttpReply r = order(checkoutBody(QStringLiteral("4000000000000002"), line(item, 1)), buyer);
    EXPECT_EQ(r.status, 402);
    EXPECT_EQ(errorCode(r), QStringLiteral("payment_declined"));
    EXPECT_EQ(stock(item), before);
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong(), orders);
}

TEST_F(BuyerFlowTest, BadCardsAndMissingFieldsAreNamed)
{
    HttpReply r = order(checkoutBody(QStringLiteral("4242424242424241"), line(inStockItem(1), 1)), buyer);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).contains(u"payment.card_number"));

    QJsonObject body = checkoutBody(QStringLiteral("4242424242424242"), line(inStockItem(1), 1));
    QJsonObject ship = body.value(u"shipping_address").toObject();
    ship.remove(QStringLiteral("city"));
    body.insert(QStringLiteral("shipping_address"), ship);
    QJsonObject pay = body.value(u"payment").toObject();
    pay.insert(QStringLiteral("exp_month"), 13);
    pay.insert(QStringLiteral("cvc"), QStringLiteral("12"));
    body.insert(QStringLiteral("payment"), pay);
    body.insert(QStringLiteral("lines"),
                QJsonArray{QJsonObject{{QStringLiteral("item_id"), 1}, {QStringLiteral("quantity"), 0}}});
    r = order(body, buyer);
    EXPECT_EQ(r.status, 400);
    const QJsonObject fields = errorFields(r);
    for (const char *f : {"shipping_address.city", "payment.exp_month", "payment.cvc", "lines[0].quantity"})
        EXPECT_TRUE(fields.contains(QLatin1String(f))) << f;

    r = postJson(port(), "/api/v1/orders", checkoutBody(), bearer(buyer)); // no Idempotency-Key
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("invalid_request"));
    EXPECT_EQ(order(checkoutBody(QStringLiteral("4242424242424242"), line(999999, 1)), buyer).status, 400);
}

TEST_F(BuyerFlowTest, IdempotentReplays)
{
    const qint64 item = inStockItem(5);
    const QJsonObject body = checkoutBody(QStringLiteral("4242424242424242"), line(item, 1));
    const QString key = QUuid::createUuid().toString();
    const HttpReply first = order(body, buyer, key);
    ASSERT_EQ(first.status, 201);
    const qint64 captured = metric("emporium_payments_captured_total");
    const qint64 stockAfter = stock(item);

    const HttpReply again = order(body, buyer, key);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.json().object().value(u"id"), first.json().object().value(u"id"));
    EXPECT_EQ(metric("emporium_payments_captured_total"), captured); // no second charge
    EXPECT_EQ(stock(item), stockAfter);

    const HttpReply different =
        order(checkoutBody(QStringLiteral("4242424242424242"), line(item, 2)), buyer, key);
    EXPECT_EQ(different.status, 409);
    EXPECT_EQ(errorCode(different), QStringLiteral("idempotency_mismatch"));
    // keys belong to a buyer: the same key from another buyer is a new order
    EXPECT_EQ(order(body, alice, key).status, 201);
}

TEST_F(BuyerFlowTest, OutOfStockNamesTheLinesAndTakesNothing)
{
    const qint64 plenty = inStockItem(20);
    const qint64 scarce =
        sql(QStringLiteral("SELECT id FROM items WHERE stock BETWEEN 1 AND 5 ORDER BY id LIMIT 1"))
            .toLongLong();
    ASSERT_GT(scarce, 0);
    const qint64 plentyBefore = stock(plenty), scarceBefore = stock(scarce);
    QJsonArray lines = line(plenty, 1);
    lines.append(line(scarce, int(scarceBefore + 1))[0]);
    const HttpReply r = order(checkoutBody(QStringLiteral("4242424242424242"), lines), buyer);
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(errorCode(r), QStringLiteral("out_of_stock"));
    const QJsonArray shortLines =
        r.json().object().value(u"error").toObject().value(u"details").toObject().value(u"lines").toArray();
    ASSERT_EQ(shortLines.size(), 1);
    EXPECT_EQ(shortLines[0].toObject().value(u"item_id").toInteger(), scarce);
    EXPECT_EQ(shortLines[0].toObject().value(u"available").toInteger(), scarceBefore);
    EXPECT_EQ(stock(plenty), plentyBefore);
    EXPECT_EQ(stock(scarce), scarceBefore);
}

TEST_F(BuyerFlowTest, NeverOversellsUnderConcurrency)
{
    const qint64 item = inStockItem(1);
    sql(QStringLiteral("UPDATE items SET stock = 20 WHERE id = %1 RETURNING stock").arg(item));
    ASSERT_EQ(stock(item), 20);
    const qint64 soldBefore = sold(item);
    QStringList tokens;
    for (const char *who :
         {"buyer@demo.test", "alice@demo.test", "bob@demo.test", "carol@demo.test", "dave@demo.test"})
        tokens << login(port(), QLatin1String(who));
    const QByteArray body = QJsonDocument(checkoutBody(QStringLiteral("4242424242424242"), line(item, 1)))
                                .toJson(QJsonDocument::Compact);

    std::atomic<int> created{0}, refused{0}, other{0}, next{0};
    std::vector<std::thread> clients;
    for (int c = 0; c < 16; ++c) {
        clients.emplace_back([&, c] {
            RawHttp conn(port()); // one keep-alive connection per client
            for (int i = next++; i < 200; i = next++) {
                conn.send("POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                          bearer(tokens[(c + i) % tokens.size()]) + "Idempotency-Key: storm-" +
                          QByteArray::number(i) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
                const HttpReply r = conn.read(false, 30000);
                if (r.status == 201)
                    ++created;
                else if (r.status == 409 && errorCode(r) == u"out_of_stock")
                    ++refused;
                else
                    ++other;
            }
        });
    }
    for (auto &t : clients)
        t.join();
    EXPECT_EQ(created, 20);
    EXPECT_EQ(refused, 180);
    EXPECT_EQ(other, 0);
    EXPECT_EQ(stock(item), 0);
    EXPECT_EQ(sold(item), soldBefore + 20);
    EXPECT_EQ(sql(QStringLiteral("SELECT SUM(quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                 "WHERE l.item_id = %1 AND o.idempotency_key LIKE 'storm-%'")
                      .arg(item))
                  .toInt(),
              20);
}

} // namespace
