// After payment (API.md "Order lifecycle"): each shop ships and delivers its own part of an order,
// the buyer hears of it on the `user` topic and by mail; a buyer cancels before anything shipped and
// gets the money and the stock back; a shop refunds lines in part, never twice, once per key.
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"
#include "tests/common/TopicListener.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUuid>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// The plain-text part of a mail written by the file transport.
QString mailText(const QByteArray &eml)
{
    const QByteArray marker = "Content-Transfer-Encoding: base64\r\n\r\n";
    const qsizetype start = eml.indexOf(marker) + marker.size();
    const qsizetype end = eml.indexOf("--", start);
    return QString::fromUtf8(QByteArray::fromBase64(eml.mid(start, end - start).replace("\r\n", "")));
}

class FulfilmentApiTest : public SharedServerTest<FulfilmentApiTest>
{
protected:
    void SetUp() override
    {
        buyer = login(port(), QStringLiteral("buyer@demo.test"));
        otherBuyer = login(port(), QStringLiteral("alice@demo.test"));
        seller = login(port(), QStringLiteral("seller@demo.test"));
        otherSeller = login(port(), QStringLiteral("northwind@demo.test"));
        admin = login(port(), QStringLiteral("admin@demo.test"));
        ASSERT_FALSE(buyer.isEmpty() || otherBuyer.isEmpty() || seller.isEmpty() || otherSeller.isEmpty() ||
                     admin.isEmpty());
    }

    qint64 newItem(const QString &token, const QString &title, int stock, int priceCents = 2500)
    {
        const qint64 id = createItem(port(), token, title, stock, priceCents);
        EXPECT_NE(id, 0) << "the item was refused";
        return id;
    }
    QJsonObject order(const QList<std::pair<qint64, int>> &lines)
    {
        QJsonObject body = orderBody(lines[0].first, lines[0].second);
        QJsonArray all;
        for (const auto &[item, quantity] : lines)
            all.append(
                QJsonObject{{QStringLiteral("item_id"), item}, {QStringLiteral("quantity"), quantity}});
        body.insert(QStringLiteral("lines"), all);
        const HttpReply r =
            postJson(port(), "/api/v1/orders", body, bearer(buyer) + "Idempotency-Key: " + newKey() + "\r\n");
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json().object();
    }
    HttpReply act(const QString &token, const QByteArray &path, const QJsonObject &body = {},
                  const QByteArray &headers = {})
    {
        return postJson(port(), path, body, bearer(token) + headers);
    }
    QByteArray orderPath(const QJsonObject &o) { return QByteArray::number(o.value(u"id").toInteger()); }
    qint64 stock(qint64 item)
    {
        return httpGet(port(), "/api/v1/items/" + QByteArray::number(item))
            .json()
            .object()
            .value(u"stock")
            .toInteger();
    }
    QByteArray ledger() const
    {
        QFile f(QDir(server->dataDir()).filePath(QStringLiteral("test-gateway.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // How many refunds of `cents` the gateway recorded (its ledger: "refund <key> <authorization> <cents>").
    int refundsOf(qint64 cents) const
    {
        int n = 0;
        for (const QByteArray &line : ledger().split('\n'))
            n += line.startsWith("refund ") && line.endsWith(' ' + QByteArray::number(cents));
        return n;
    }
    // The mails of `kind` about `orderId` the file transport wrote so far.
    QList<QByteArray> mails(const QString &kind, qint64 orderId) const
    {
        const QDir dir(QDir(server->dataDir()).filePath(QStringLiteral("receipts")));
        QList<QByteArray> out;
        for (const QString &name :
             dir.entryList({kind + u'-' + QString::number(orderId) + QStringLiteral("-*.eml")})) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << f.readAll();
        }
        return out;
    }
    static QJsonObject partOf(const QJsonObject &order, const QString &shopName)
    {
        for (const auto &p : order.value(u"parts").toArray())
            if (p.toObject().value(u"shop").toObject().value(u"name").toString() == shopName)
                return p.toObject();
        return {};
    }

    QString buyer, otherBuyer, seller, otherSeller, admin;
};

TEST_F(FulfilmentApiTest, ATwoShopOrderIsShippedAndDeliveredByEachShopAndTheBuyerIsToldEachTime)
{
    const qint64 lamp = newItem(seller, QStringLiteral("Parcel lamp"), 5);
    const qint64 mug = newItem(otherSeller, QStringLiteral("Parcel mug"), 5);
    TopicListener buyerWindow(port(), QStringLiteral("user"), buyer);
    TopicListener otherShopWindow(port(), QStringLiteral("seller"), otherSeller);
    const QJsonObject placed = order({{lamp, 1}, {mug, 2}});
    const QByteArray id = orderPath(placed);
    const qint64 orderId = placed.value(u"id").toInteger();
    ASSERT_EQ(placed.value(u"parts").toArray().size(), 2);
    EXPECT_EQ(placed.value(u"status").toString(), u"paid");

    // the shop's queue: its own lines only, who to send them to, unshipped first
    const QJsonObject queue =
        httpGet(port(), "/api/v1/seller/orders?status=paid&per_page=100", bearer(seller)).json().object();
    QJsonObject mine;
    for (const auto &o : queue.value(u"items").toArray())
        if (o.toObject().value(u"id").toInteger() == orderId)
            mine = o.toObject();
    ASSERT_FALSE(mine.isEmpty()) << QJsonDocument(queue).toJson().toStdString();
    ASSERT_EQ(mine.value(u"lines").toArray().size(), 1);
    EXPECT_EQ(mine.value(u"lines").toArray()[0].toObject().value(u"item_id").toInteger(), lamp);
    EXPECT_EQ(mine.value(u"total_cents").toInteger(), 2500);
    EXPECT_FALSE(mine.value(u"buyer").toObject().value(u"display_name").toString().isEmpty());
    EXPECT_EQ(mine.value(u"shipping_address").toObject().value(u"city").toString(), u"Testville");

    // the first shop ships: partially shipped, pushed and mailed with the tracking number
    HttpReply r = act(seller, "/api/v1/seller/orders/" + id + "/ship",
                      {{QStringLiteral("carrier"), QStringLiteral("UPS")},
                       {QStringLiteral("tracking_number"), QStringLiteral("1ZPARCEL01")}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"partially_shipped");
    ASSERT_EQ(r.json().object().value(u"lines").toArray().size(), 1); // the shop sees its own share only
    EXPECT_EQ(r.json().object().value(u"parts").toArray().size(), 1);
    const QJsonObject demoPart = partOf(r.json().object(), QStringLiteral("Demo Goods"));
    EXPECT_EQ(demoPart.value(u"status").toString(), u"shipped");
    EXPECT_EQ(demoPart.value(u"tracking_number").toString(), u"1ZPARCEL01");
    EXPECT_FALSE(buyerWindow
                     .waitFor(QStringLiteral("order"),
                              [&](const QJsonObject &m) {
                                  return m.value(u"order").toObject().value(u"status").toString() ==
                                         u"partially_shipped";
                              })
                     .isEmpty());
    ASSERT_TRUE(waitUntil([&] { return mails(QStringLiteral("shipped"), orderId).size() == 1; }));
    const QByteArray shippedMail = mails(QStringLiteral("shipped"), orderId)[0];
    EXPECT_TRUE(shippedMail.contains("Subject: Your order #" + id + " is on its way from Demo Goods"));
    EXPECT_TRUE(mailText(shippedMail).contains(u"Tracking number: 1ZPARCEL01")) << shippedMail.toStdString();
    EXPECT_TRUE(mailText(shippedMail).contains(u"1 x Parcel lamp"));
    EXPECT_FALSE(mailText(shippedMail).contains(u"Parcel mug")); // another shop's parcel
    // the other shop's queue follows, with its own share only (and who it goes to)
    const QJsonObject share =
        otherShopWindow
            .waitFor(QStringLiteral("shop_order"),
                     [&](const QJsonObject &m) {
                         return m.value(u"order").toObject().value(u"status").toString() ==
                                u"partially_shipped";
                     })
            .value(u"order")
            .toObject();
    ASSERT_EQ(share.value(u"lines").toArray().size(), 1) << QJsonDocument(share).toJson().toStdString();
    EXPECT_EQ(share.value(u"lines").toArray()[0].toObject().value(u"item_id").toInteger(), mug);
    EXPECT_EQ(share.value(u"parts").toArray().size(), 1);
    EXPECT_EQ(share.value(u"total_cents").toInteger(), 5000);
    EXPECT_FALSE(share.value(u"buyer").toObject().value(u"display_name").toString().isEmpty());

    // wrong states and other shops
    EXPECT_EQ(act(seller, "/api/v1/seller/orders/" + id + "/ship",
                  {{QStringLiteral("carrier"), QStringLiteral("UPS")},
                   {QStringLiteral("tracking_number"), QStringLiteral("x")}})
                  .status,
              409);
    EXPECT_EQ(act(otherSeller, "/api/v1/seller/orders/" + id + "/deliver").status, 409); // not shipped yet
    EXPECT_EQ(act(seller, "/api/v1/seller/orders/" + id + "/ship",
                  {{QStringLiteral("carrier"), QStringLiteral("UPS")}})
                  .status,
              400);
    EXPECT_EQ(act(buyer, "/api/v1/orders/" + id + "/cancel").status, 409); // something shipped

    // the second shop ships; then each delivers
    r = act(otherSeller, "/api/v1/seller/orders/" + id + "/ship",
            {{QStringLiteral("carrier"), QStringLiteral("DHL")},
             {QStringLiteral("tracking_number"), QStringLiteral("JD0002")}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"shipped");
    r = act(seller, "/api/v1/seller/orders/" + id + "/deliver");
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"shipped");
    r = act(otherSeller, "/api/v1/seller/orders/" + id + "/deliver");
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"delivered");
    EXPECT_EQ(
        httpGet(port(), "/api/v1/orders/" + id, bearer(buyer)).json().object().value(u"status").toString(),
        u"delivered");
    ASSERT_TRUE(waitUntil([&] { return mails(QStringLiteral("delivered"), orderId).size() == 2; }));
    EXPECT_EQ(mails(QStringLiteral("shipped"), orderId).size(), 2);
}

TEST_F(FulfilmentApiTest, OnlyTheShopItselfShipsItsPartAndOnlyTheBuyerCancels)
{
    const qint64 lamp = newItem(seller, QStringLiteral("Guarded lamp"), 5);
    const QByteArray id = orderPath(order({{lamp, 1}}));
    const QJsonObject ship{{QStringLiteral("carrier"), QStringLiteral("UPS")},
                           {QStringLiteral("tracking_number"), QStringLiteral("1Z")}};
    EXPECT_EQ(act(otherSeller, "/api/v1/seller/orders/" + id + "/ship", ship).status, 404);
    EXPECT_EQ(act(otherSeller, "/api/v1/seller/orders/" + id + "/refund",
                  {{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("item_id"), lamp},
                                                                    {QStringLiteral("quantity"), 1}}}}},
                  "Idempotency-Key: " + newKey() + "\r\n")
                  .status,
              404);
    EXPECT_EQ(act(otherBuyer, "/api/v1/orders/" + id + "/cancel").status, 404);
    EXPECT_EQ(act(seller, "/api/v1/seller/orders/999999/ship", ship).status, 404);
}

TEST_F(FulfilmentApiTest, ACancellationBeforeShipmentRefundsEverythingOnceAndPutsTheStockBack)
{
    const qint64 kettle = newItem(seller, QStringLiteral("Cancelled kettle"), 5, 3000);
    const QJsonObject placed = order({{kettle, 2}});
    const QByteArray id = orderPath(placed);
    EXPECT_EQ(stock(kettle), 3);
    TopicListener shopWindow(port(), QStringLiteral("seller"), seller);

    HttpReply r = act(buyer, "/api/v1/orders/" + id + "/cancel");
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject cancelled = r.json().object();
    EXPECT_EQ(cancelled.value(u"status").toString(), u"cancelled");
    EXPECT_EQ(cancelled.value(u"refunded_cents").toInteger(), placed.value(u"total_cents").toInteger());
    EXPECT_EQ(cancelled.value(u"parts").toArray()[0].toObject().value(u"status").toString(), u"cancelled");
    EXPECT_EQ(cancelled.value(u"lines").toArray()[0].toObject().value(u"refunded_quantity").toInt(), 2);
    EXPECT_EQ(stock(kettle), 5);
    // the shop's queue hears it at once: nothing to ship any more
    EXPECT_FALSE(
        shopWindow
            .waitFor(QStringLiteral("shop_order"),
                     [&](const QJsonObject &m) {
                         const QJsonObject o = m.value(u"order").toObject();
                         return o.value(u"id").toInteger() == placed.value(u"id").toInteger() &&
                                o.value(u"parts").toArray()[0].toObject().value(u"status").toString() ==
                                    u"cancelled";
                     })
            .isEmpty());
    ASSERT_TRUE(waitUntil([&] {
        return ledger().contains(" 6000\n") && ledger().contains("refund refund-");
    })) << ledger().toStdString();
    ASSERT_TRUE(waitUntil(
        [&] { return mails(QStringLiteral("cancelled"), placed.value(u"id").toInteger()).size() == 1; }));
    EXPECT_TRUE(
        mailText(mails(QStringLiteral("cancelled"), placed.value(u"id").toInteger())[0]).contains(u"$60.00"));

    // again: the same answer, no second refund, no second mail, no more stock
    r = act(buyer, "/api/v1/orders/" + id + "/cancel");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"cancelled");
    EXPECT_EQ(stock(kettle), 5);
    EXPECT_EQ(refundsOf(6000), 1);
    // a cancelled part is not shipped
    EXPECT_EQ(act(seller, "/api/v1/seller/orders/" + id + "/ship",
                  {{QStringLiteral("carrier"), QStringLiteral("UPS")},
                   {QStringLiteral("tracking_number"), QStringLiteral("1Z")}})
                  .status,
              409);
}

TEST_F(FulfilmentApiTest, APartialRefundGivesBackWhatWasAskedNeverMoreThanWasBoughtAndOncePerKey)
{
    const qint64 plate = newItem(seller, QStringLiteral("Refunded plate"), 10, 2500);
    const QJsonObject placed = order({{plate, 3}});
    const QByteArray id = orderPath(placed);
    const QByteArray path = "/api/v1/seller/orders/" + id + "/refund";
    const auto refund = [&](int quantity, bool restock, const QByteArray &key) {
        return act(
            seller, path,
            {{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("item_id"), plate},
                                                              {QStringLiteral("quantity"), quantity}}}},
             {QStringLiteral("restock"), restock},
             {QStringLiteral("reason"), QStringLiteral("arrived scratched")}},
            "Idempotency-Key: " + key + "\r\n");
    };
    EXPECT_EQ(stock(plate), 7);

    const QByteArray first = newKey();
    HttpReply r = refund(1, true, first);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"status").toString(), u"partially_refunded");
    EXPECT_EQ(r.json().object().value(u"refunded_cents").toInteger(), 2500);
    EXPECT_EQ(stock(plate), 8);
    ASSERT_TRUE(waitUntil([&] { return refundsOf(2500) == 1; })) << ledger().toStdString();
    // the shop's figures are net of it
    const QByteArray since = QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODate).toLatin1();
    const QJsonArray top = httpGet(port(), "/api/v1/seller/stats?bucket=minute&from=" + since, bearer(seller))
                               .json()
                               .object()
                               .value(u"top_items")
                               .toArray();
    QJsonObject plateFigures;
    for (const auto &t : top)
        if (t.toObject().value(u"item_id").toInteger() == plate)
            plateFigures = t.toObject();
    EXPECT_EQ(plateFigures.value(u"units").toInteger(), 2) << QJsonDocument(top).toJson().toStdString();
    EXPECT_EQ(plateFigures.value(u"revenue_cents").toInteger(), 5000);

    // the same key again: the same order, nothing more given back
    r = refund(1, true, first);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"refunded_cents").toInteger(), 2500);
    EXPECT_EQ(stock(plate), 8);
    // more than is left: refused, nothing changed
    r = refund(3, true, newKey());
    EXPECT_EQ(r.status, 409) << r.body.toStdString();
    EXPECT_EQ(stock(plate), 8);
    EXPECT_EQ(act(seller, path, {{QStringLiteral("lines"), QJsonArray{}}}, "Idempotency-Key: k\r\n").status,
              400);
    EXPECT_EQ(act(seller, path,
                  {{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("item_id"), plate},
                                                                    {QStringLiteral("quantity"), 1}}}}})
                  .status,
              400); // no key

    // the rest, kept (not restocked): the whole order went back
    r = refund(2, false, newKey());
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject refunded = r.json().object();
    EXPECT_EQ(refunded.value(u"status").toString(), u"refunded");
    EXPECT_EQ(refunded.value(u"refunded_cents").toInteger(), placed.value(u"total_cents").toInteger());
    EXPECT_EQ(refunded.value(u"parts").toArray()[0].toObject().value(u"status").toString(), u"refunded");
    EXPECT_EQ(stock(plate), 8);
    ASSERT_TRUE(waitUntil([&] { return refundsOf(5000) == 1; })) << ledger().toStdString();
    EXPECT_EQ(refundsOf(2500), 1); // the replay gave nothing back
    ASSERT_TRUE(waitUntil(
        [&] { return mails(QStringLiteral("refunded"), placed.value(u"id").toInteger()).size() == 2; }));
    bool reasonMailed = false;
    for (const QByteArray &m : mails(QStringLiteral("refunded"), placed.value(u"id").toInteger()))
        reasonMailed = reasonMailed || mailText(m).contains(u"Reason: arrived scratched");
    EXPECT_TRUE(reasonMailed);
}

TEST_F(FulfilmentApiTest, AnAdminRefundsAnyLine)
{
    const qint64 vase = newItem(otherSeller, QStringLiteral("Admin refunded vase"), 4, 1200);
    const QByteArray id = orderPath(order({{vase, 2}}));
    const HttpReply r =
        act(admin, "/api/v1/admin/orders/" + id + "/refund",
            {{QStringLiteral("lines"),
              QJsonArray{QJsonObject{{QStringLiteral("item_id"), vase}, {QStringLiteral("quantity"), 1}}}},
             {QStringLiteral("restock"), true}},
            "Idempotency-Key: " + newKey() + "\r\n");
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"refunded_cents").toInteger(), 1200);
    EXPECT_EQ(stock(vase), 3);
    const QJsonObject figures = httpGet(port(), "/api/v1/admin/analytics", bearer(admin)).json().object();
    EXPECT_GE(figures.value(u"refunds_today_cents").toInteger(), 1200);
    EXPECT_GE(figures.value(u"orders_to_ship").toInteger(), 1); // the vase's part still waits
    const QJsonObject shop =
        httpGet(port(), "/api/v1/seller/stats?bucket=day", bearer(otherSeller)).json().object();
    EXPECT_GE(shop.value(u"to_ship").toInteger(), 1);
}

} // namespace

namespace {

TEST_F(FulfilmentApiTest, ShippingIsChargedPerShopFromItsRatesAndTheQuoteSaysWhenItArrives)
{
    const QString shop = login(port(), QStringLiteral("shipper@fulfilment.test"));
    QString token = shop;
    if (token.isEmpty()) { // a shop of its own, so the rates change nobody else's orders
        const HttpReply r = postJson(port(), "/api/v1/auth/register",
                                     {{QStringLiteral("email"), QStringLiteral("shipper@fulfilment.test")},
                                      {QStringLiteral("password"), QStringLiteral("demo1234")},
                                      {QStringLiteral("display_name"), QStringLiteral("Shipper")},
                                      {QStringLiteral("role"), QStringLiteral("seller")},
                                      {QStringLiteral("shop_name"), QStringLiteral("Far Away Goods")}});
        ASSERT_EQ(r.status, 201) << r.body.toStdString();
        token = r.json().object().value(u"token").toString();
    }
    const QJsonObject rates{
        {QStringLiteral("handling_days"), 1},
        {QStringLiteral("rates"), QJsonArray{QJsonObject{{QStringLiteral("country"), QStringLiteral("us")},
                                                         {QStringLiteral("flat_cents"), 499},
                                                         {QStringLiteral("free_over_cents"), 5000},
                                                         {QStringLiteral("transit_days"), 3}},
                                             QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")},
                                                         {QStringLiteral("flat_cents"), 1299},
                                                         {QStringLiteral("transit_days"), 6}}}}};
    HttpReply r = httpRequest(port(), "PUT", "/api/v1/seller/shipping", QJsonDocument(rates).toJson(),
                              "Content-Type: application/json\r\n" + bearer(token));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"rates").toArray()[1].toObject().value(u"country").toString(), u"US");
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/shipping", bearer(token))
                  .json()
                  .object()
                  .value(u"handling_days")
                  .toInt(),
              1);
    QJsonObject bad = rates;
    bad.insert(QStringLiteral("handling_days"), -1);
    r = httpRequest(port(), "PUT", "/api/v1/seller/shipping", QJsonDocument(bad).toJson(),
                    "Content-Type: application/json\r\n" + bearer(token));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).contains(u"handling_days"));

    const qint64 cheap = newItem(token, QStringLiteral("Shipped spoon"), 20, 1000);
    const qint64 mug = newItem(seller, QStringLiteral("Free shipping mug"), 20, 1500);
    QJsonObject body = orderBody(cheap, 2);
    body.insert(QStringLiteral("lines"),
                QJsonArray{QJsonObject{{QStringLiteral("item_id"), cheap}, {QStringLiteral("quantity"), 2}},
                           QJsonObject{{QStringLiteral("item_id"), mug}, {QStringLiteral("quantity"), 1}}});
    body.remove(QStringLiteral("payment"));
    r = postJson(port(), "/api/v1/orders/quote", body, bearer(buyer));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QJsonObject quote = r.json().object();
    EXPECT_EQ(quote.value(u"subtotal_cents").toInteger(), 3500);
    EXPECT_EQ(quote.value(u"shipping_cents").toInteger(), 499); // the demo shop ships free
    EXPECT_EQ(quote.value(u"total_cents").toInteger(), 3999);
    for (const auto &p : quote.value(u"parts").toArray())
        if (p.toObject().value(u"shop").toObject().value(u"name").toString() == u"Far Away Goods")
            EXPECT_EQ(p.toObject().value(u"arrives_by").toString(),
                      QDate::currentDate().addDays(4).toString(Qt::ISODate));

    // the order charges what the quote said, shipping in the shop's part
    body = orderBody(cheap, 2);
    body.insert(
        QStringLiteral("lines"),
        quote.isEmpty()
            ? QJsonArray{}
            : QJsonArray{QJsonObject{{QStringLiteral("item_id"), cheap}, {QStringLiteral("quantity"), 2}},
                         QJsonObject{{QStringLiteral("item_id"), mug}, {QStringLiteral("quantity"), 1}}});
    r = postJson(port(), "/api/v1/orders", body, bearer(buyer) + "Idempotency-Key: " + newKey() + "\r\n");
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"total_cents").toInteger(), 3999);
    EXPECT_EQ(r.json().object().value(u"shipping_cents").toInteger(), 499);
    EXPECT_EQ(
        partOf(r.json().object(), QStringLiteral("Far Away Goods")).value(u"shipping_cents").toInteger(),
        499);

    // the item page and the catalog say when it arrives, for the country asked (not at all where it is not
    // shipped)
    const QByteArray item = "/api/v1/items/" + QByteArray::number(cheap);
    EXPECT_EQ(httpGet(port(), item + "?country=de").json().object().value(u"arrives_by").toString(),
              QDate::currentDate().addDays(7).toString(Qt::ISODate));
    EXPECT_FALSE(httpGet(port(), item + "?country=FR").json().object().contains(u"arrives_by"));
    EXPECT_FALSE(httpGet(port(), item).json().object().contains(u"arrives_by"));
    const qint64 shopId = partOf(r.json().object(), QStringLiteral("Far Away Goods"))
                              .value(u"shop")
                              .toObject()
                              .value(u"id")
                              .toInteger();
    const QJsonArray listed = httpGet(port(), "/api/v1/items?country=US&seller=" + QByteArray::number(shopId))
                                  .json()
                                  .object()
                                  .value(u"items")
                                  .toArray();
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_EQ(listed[0].toObject().value(u"arrives_by").toString(),
              QDate::currentDate().addDays(4).toString(Qt::ISODate));
    EXPECT_EQ(httpGet(port(), "/api/v1/items?country=USA").status, 400);

    // free from 50.00 on; no rate for France and no "*": refused, naming the shop
    QJsonObject big = orderBody(cheap, 5);
    big.remove(QStringLiteral("payment"));
    EXPECT_EQ(postJson(port(), "/api/v1/orders/quote", big, bearer(buyer))
                  .json()
                  .object()
                  .value(u"shipping_cents")
                  .toInteger(),
              0);
    QJsonObject address = big.value(u"shipping_address").toObject();
    address.insert(QStringLiteral("country"), QStringLiteral("FR"));
    big.insert(QStringLiteral("shipping_address"), address);
    r = postJson(port(), "/api/v1/orders/quote", big, bearer(buyer));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).value(u"shipping_address.country").toString().contains(u"Far Away Goods"))
        << r.body.toStdString();

    // a checkout asks while the address is still being typed: the country alone is enough, and needed
    big.insert(QStringLiteral("shipping_address"),
               QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")}});
    r = postJson(port(), "/api/v1/orders/quote", big, bearer(buyer));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"shipping_cents").toInteger(), 1299); // Germany: never free
    big.insert(QStringLiteral("shipping_address"),
               QJsonObject{{QStringLiteral("city"), QStringLiteral("Berlin")}});
    r = postJson(port(), "/api/v1/orders/quote", big, bearer(buyer));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorFields(r).keys(), QStringList{QStringLiteral("shipping_address.country")});

    // the demo shop ships free at home and charges abroad: 8.99 to Canada below 75.00, in 1 + 6 days
    QJsonObject abroad = orderBody(mug, 1);
    abroad.remove(QStringLiteral("payment"));
    abroad.insert(QStringLiteral("shipping_address"),
                  QJsonObject{{QStringLiteral("country"), QStringLiteral("CA")}});
    r = postJson(port(), "/api/v1/orders/quote", abroad, bearer(buyer));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"shipping_cents").toInteger(), 899);
    EXPECT_EQ(r.json().object().value(u"parts").toArray()[0].toObject().value(u"arrives_by").toString(),
              QDate::currentDate().addDays(7).toString(Qt::ISODate));
}

} // namespace
