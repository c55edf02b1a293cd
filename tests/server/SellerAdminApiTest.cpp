// The seller's inventory and the admin's users over real HTTP: create, change, delist, scoped
// to the seller's own shop; role and disabled changes, with a disabled user's tokens stopping.
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace emporium;
using namespace emporium::test;

namespace {

class SellerAdminApiTest : public SharedServerTest<SellerAdminApiTest>
{
protected:
    static HttpReply send(const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                          const QString &token)
    {
        return httpRequest(port(), method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           "Content-Type: application/json\r\n" + bearer(token));
    }
};

TEST_F(SellerAdminApiTest, SellerCreatesChangesAndDelistsOwnItems)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    HttpReply r = send("POST", "/api/v1/seller/items",
                       {{QStringLiteral("title"), QStringLiteral("Handmade Zither")},
                        {QStringLiteral("description"), QStringLiteral("Twelve strings, maple body")},
                        {QStringLiteral("price_cents"), 12900},
                        {QStringLiteral("stock"), 3},
                        {QStringLiteral("category_id"), 6}},
                       seller);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject created = r.json().object();
    const qint64 id = created.value(u"id").toInteger();
    EXPECT_EQ(created.value(u"seller").toObject().value(u"shop_name").toString(),
              QStringLiteral("Demo Goods"));
    EXPECT_EQ(created.value(u"low_stock_threshold").toInt(), 5);
    // in the catalog at once, and searchable (with a typo) by its new word
    EXPECT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(id)).status, 200);
    const QJsonArray found =
        httpGet(port(), "/api/v1/items?q=zithr").json().object().value(u"items").toArray();
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found[0].toObject().value(u"id").toInteger(), id);

    r = send("PATCH", "/api/v1/seller/items/" + QByteArray::number(id),
             {{QStringLiteral("price_cents"), 9900}, {QStringLiteral("stock"), 7}}, seller);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"price_cents").toInteger(), 9900);
    EXPECT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(id))
                  .json()
                  .object()
                  .value(u"stock")
                  .toInteger(),
              7);

    // another shop's seller cannot see or change it
    const QString other = login(port(), QStringLiteral("northwind@demo.test"));
    EXPECT_EQ(
        send("PATCH", "/api/v1/seller/items/" + QByteArray::number(id), {{QStringLiteral("stock"), 0}}, other)
            .status,
        404);
    EXPECT_EQ(
        httpRequest(port(), "DELETE", "/api/v1/seller/items/" + QByteArray::number(id), {}, bearer(other))
            .status,
        404);
    for (const QJsonValue &v : httpGet(port(), "/api/v1/seller/items?per_page=100", bearer(other))
                                   .json()
                                   .object()
                                   .value(u"items")
                                   .toArray())
        EXPECT_NE(v.toObject().value(u"id").toInteger(), id);
    bool listed = false;
    const QJsonObject mine =
        httpGet(port(), "/api/v1/seller/items?per_page=100", bearer(seller)).json().object();
    for (const QJsonValue &v : mine.value(u"items").toArray())
        listed = listed || v.toObject().value(u"id").toInteger() == id;
    EXPECT_TRUE(listed);

    EXPECT_EQ(
        httpRequest(port(), "DELETE", "/api/v1/seller/items/" + QByteArray::number(id), {}, bearer(seller))
            .status,
        204);
    EXPECT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(id)).status, 404);
}

// Search answers from the index in memory once it is built: every write that changes an item
// (created, edited, sold out by an order, delisted) is seen by the next search.
TEST_F(SellerAdminApiTest, SearchFollowsEveryChangeOfAnItem)
{
    ASSERT_TRUE(waitUntil(
        [] { return httpGet(port(), "/metrics").body.contains("emporium_search_index_ready 1"); }, 10000));
    const auto found = [](const QByteArray &query) {
        QList<qint64> ids;
        for (const QJsonValue &v :
             httpGet(port(), "/api/v1/items?" + query).json().object().value(u"items").toArray())
            ids << v.toObject().value(u"id").toInteger();
        return ids;
    };
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    HttpReply r = send("POST", "/api/v1/seller/items",
                       {{QStringLiteral("title"), QStringLiteral("Brass Theremin")},
                        {QStringLiteral("description"), QStringLiteral("Plays without a touch")},
                        {QStringLiteral("price_cents"), 45000},
                        {QStringLiteral("stock"), 1},
                        {QStringLiteral("category_id"), 1}},
                       seller);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const qint64 id = r.json().object().value(u"id").toInteger();
    EXPECT_EQ(found("q=theremin"), QList<qint64>{id});
    EXPECT_EQ(found("q=thermin"), QList<qint64>{id}); // a typo
    EXPECT_EQ(found("q=theremin&category=2"), QList<qint64>{});

    // a new title: the old word no longer finds it
    ASSERT_EQ(send("PATCH", "/api/v1/seller/items/" + QByteArray::number(id),
                   {{QStringLiteral("title"), QStringLiteral("Brass Ondioline")}}, seller)
                  .status,
              200);
    EXPECT_EQ(found("q=ondioline"), QList<qint64>{id});
    EXPECT_EQ(found("q=theremin&in_stock=false"), QList<qint64>{});

    // the last one sold: hidden from search unless out-of-stock items are asked for
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    ASSERT_EQ(placeOrder(port(), buyer, id, 1, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)).status,
              201);
    EXPECT_EQ(found("q=ondioline"), QList<qint64>{});
    EXPECT_EQ(found("q=ondioline&in_stock=false"), QList<qint64>{id});

    // delisted: gone (another item: the sold one stays in the shop's sales)
    r = send("POST", "/api/v1/seller/items",
             {{QStringLiteral("title"), QStringLiteral("Brass Ondes Martenot")},
              {QStringLiteral("price_cents"), 99000},
              {QStringLiteral("stock"), 2},
              {QStringLiteral("category_id"), 1}},
             seller);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const qint64 other = r.json().object().value(u"id").toInteger();
    EXPECT_EQ(found("q=martenot"), QList<qint64>{other});
    ASSERT_EQ(send("DELETE", "/api/v1/seller/items/" + QByteArray::number(other), {}, seller).status, 204);
    EXPECT_EQ(found("q=martenot&in_stock=false"), QList<qint64>{});
}

TEST_F(SellerAdminApiTest, ItemValidationNamesFields)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    HttpReply r =
        send("POST", "/api/v1/seller/items",
             {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("price_cents"), -1}}, seller);
    EXPECT_EQ(r.status, 400);
    for (const char *f : {"title", "price_cents", "stock", "category_id"})
        EXPECT_TRUE(errorFields(r).contains(QLatin1String(f))) << f;
    r = send("POST", "/api/v1/seller/items",
             {{QStringLiteral("title"), QStringLiteral("Okay")},
              {QStringLiteral("price_cents"), 100},
              {QStringLiteral("stock"), 1},
              {QStringLiteral("category_id"), 999}},
             seller);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).contains(u"category_id"));
    EXPECT_EQ(send("PATCH", "/api/v1/seller/items/1", {}, seller).status, 400);
}

TEST_F(SellerAdminApiTest, AdminDisablesAUserAndTheirTokensStop)
{
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    const QJsonObject found = httpGet(port(), "/api/v1/admin/users?q=bob", bearer(admin)).json().object();
    ASSERT_EQ(found.value(u"total").toInt(), 1);
    const qint64 bob = found.value(u"items").toArray()[0].toObject().value(u"id").toInteger();
    const QString bobsToken = login(port(), QStringLiteral("bob@demo.test"));
    ASSERT_EQ(httpGet(port(), "/api/v1/me", bearer(bobsToken)).status, 200);

    HttpReply r = send("PATCH", "/api/v1/admin/users/" + QByteArray::number(bob),
                       {{QStringLiteral("disabled"), true}}, admin);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_TRUE(r.json().object().value(u"disabled").toBool());
    EXPECT_EQ(httpGet(port(), "/api/v1/me", bearer(bobsToken)).status, 401);
    r = send("PATCH", "/api/v1/admin/users/" + QByteArray::number(bob), {{QStringLiteral("disabled"), false}},
             admin);
    EXPECT_FALSE(r.json().object().value(u"disabled").toBool());
    EXPECT_FALSE(login(port(), QStringLiteral("bob@demo.test")).isEmpty());

    // a buyer has no shop to sell from; an admin cannot lock themselves out
    EXPECT_EQ(send("PATCH", "/api/v1/admin/users/" + QByteArray::number(bob),
                   {{QStringLiteral("role"), QStringLiteral("seller")}}, admin)
                  .status,
              409);
    const qint64 self = httpGet(port(), "/api/v1/me", bearer(admin)).json().object().value(u"id").toInteger();
    EXPECT_EQ(send("PATCH", "/api/v1/admin/users/" + QByteArray::number(self),
                   {{QStringLiteral("disabled"), true}}, admin)
                  .status,
              409);
    EXPECT_EQ(send("PATCH", "/api/v1/admin/users/" + QByteArray::number(bob),
                   {{QStringLiteral("role"), QStringLiteral("king")}}, admin)
                  .status,
              400);
    EXPECT_EQ(send("PATCH", "/api/v1/admin/users/999999", {{QStringLiteral("disabled"), true}}, admin).status,
              404);
}

TEST_F(SellerAdminApiTest, SalesAndStatsAreTheShopsOwn)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    const QJsonObject sales =
        httpGet(port(), "/api/v1/seller/sales?per_page=100", bearer(seller)).json().object();
    ASSERT_GT(sales.value(u"total").toInt(), 0); // the demo's past orders
    QSet<qint64> own;
    for (const QJsonValue &v : httpGet(port(), "/api/v1/seller/items?per_page=100", bearer(seller))
                                   .json()
                                   .object()
                                   .value(u"items")
                                   .toArray())
        own.insert(v.toObject().value(u"id").toInteger());
    const QJsonArray lines = sales.value(u"items").toArray();
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        EXPECT_TRUE(own.contains(l.value(u"item_id").toInteger())) << l.value(u"item_id").toInteger();
        EXPECT_EQ(l.value(u"total_cents").toInteger(),
                  l.value(u"quantity").toInt() * l.value(u"unit_price_cents").toInteger());
        EXPECT_LE(l.value(u"created_at").toString(), previous);
        previous = l.value(u"created_at").toString();
    }
    const qint64 item = lines[0].toObject().value(u"item_id").toInteger();
    for (const QJsonValue &v :
         httpGet(port(), "/api/v1/seller/sales?item=" + QByteArray::number(item), bearer(seller))
             .json()
             .object()
             .value(u"items")
             .toArray())
        EXPECT_EQ(v.toObject().value(u"item_id").toInteger(), item);

    const QJsonObject stats =
        httpGet(port(), "/api/v1/seller/stats?bucket=day", bearer(seller)).json().object();
    qint64 seriesRevenue = 0, seriesUnits = 0;
    for (const QJsonValue &v : stats.value(u"series").toArray()) {
        seriesRevenue += v.toObject().value(u"revenue_cents").toInteger();
        seriesUnits += v.toObject().value(u"units").toInteger();
        EXPECT_TRUE(v.toObject().value(u"at").toString().endsWith(u"T00:00:00Z"));
    }
    qint64 allRevenue = 0, allUnits = 0;
    for (int page = 1;; ++page) {
        const QJsonArray chunk =
            httpGet(port(), "/api/v1/seller/sales?per_page=100&page=" + QByteArray::number(page),
                    bearer(seller))
                .json()
                .object()
                .value(u"items")
                .toArray();
        if (chunk.isEmpty())
            break;
        for (const QJsonValue &v : chunk) {
            allRevenue += v.toObject().value(u"total_cents").toInteger();
            allUnits += v.toObject().value(u"quantity").toInt();
        }
    }
    EXPECT_EQ(seriesRevenue, allRevenue);
    EXPECT_EQ(seriesUnits, allUnits);
    const QJsonArray top = stats.value(u"top_items").toArray();
    ASSERT_FALSE(top.isEmpty());
    for (qsizetype i = 1; i < top.size(); ++i)
        EXPECT_GE(top[i - 1].toObject().value(u"units").toInteger(),
                  top[i].toObject().value(u"units").toInteger());
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/stats?bucket=week", bearer(seller)).status, 400);
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/sales?from=yesterday", bearer(seller)).status, 400);
    EXPECT_EQ(
        httpGet(port(), "/api/v1/seller/stats?bucket=hour&from=2000-01-01&to=2000-01-02", bearer(seller))
            .json()
            .object()
            .value(u"series")
            .toArray()
            .size(),
        0);
}

// (ten thousand rows take a second or two, longer on a busy machine: the answer may take 30 s)
HttpReply importCsv(quint16 port, const QByteArray &csv, const QString &token)
{
    return httpRequest(port, "POST", "/api/v1/seller/items/import", csv,
                       "Content-Type: text/csv\r\n" + bearer(token), 30000);
}

TEST_F(SellerAdminApiTest, CsvRoundTrip)
{
    const QString seller = login(port(), QStringLiteral("acme@demo.test"));
    const QByteArray before = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    ASSERT_TRUE(
        before.startsWith("id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"));
    QList<QByteArray> lines = before.split('\n');
    lines.removeAll(QByteArray());
    ASSERT_GT(lines.size(), 2);
    // change the price of an item whose line has no quoted field, add one with a comma, quotes and a
    // line break in its description
    qsizetype plain = 1;
    while (plain < lines.size() && lines[plain].contains('"'))
        ++plain;
    ASSERT_LT(plain, lines.size());
    QList<QByteArray> first = lines[plain].trimmed().split(',');
    const QByteArray firstId = first[0];
    first[3] = "1234";
    lines[plain] = first.join(',') + '\r';
    lines.append(",Tricky Item,\"Says \"\"hi\"\", then\nbreaks, lines\",500,2,3,1\r");
    const HttpReply r = importCsv(port(), lines.join('\n') + '\n', seller);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"created").toInt(), 1);
    EXPECT_EQ(r.json().object().value(u"updated").toInt(), int(lines.size()) - 2);

    const QByteArray after = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    EXPECT_TRUE(after.contains("\"Says \"\"hi\"\", then\nbreaks, lines\""));
    EXPECT_EQ(httpGet(port(), "/api/v1/items/" + firstId).json().object().value(u"price_cents").toInt(),
              1234);
    // exporting what was imported gives the same file
    const HttpReply again = importCsv(port(), after, seller);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json().object().value(u"created").toInt(), 0);
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body, after);
}

// A title a spreadsheet would run as a formula is exported as text, and the file imported back changes
// nothing.
TEST_F(SellerAdminApiTest, ExportedTitlesNeverRunAsFormulasAndComeBackAsTyped)
{
    const QString seller = login(port(), QStringLiteral("acme@demo.test"));
    const QStringList titles{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Refund\")"),
                             QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("-2+3 spare parts"),
                             QStringLiteral("@SUM(A1) lamp")};
    QList<qint64> ids;
    for (const QString &t : titles) {
        ids << createItem(port(), seller, t, 3);
        ASSERT_GT(ids.last(), 0) << t.toStdString();
    }
    const QByteArray exported = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    for (const QByteArray &line : exported.split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() < 2)
            continue;
        const QByteArray title = cells[1].startsWith('"') ? cells[1].mid(1) : cells[1];
        EXPECT_FALSE(title.startsWith('=') || title.startsWith('+') || title.startsWith('-') ||
                     title.startsWith('@'))
            << "a live formula in the export: " << line.constData();
    }
    const HttpReply back = importCsv(port(), exported, seller);
    ASSERT_EQ(back.status, 200) << back.body.toStdString();
    EXPECT_EQ(back.json().object().value(u"created").toInt(), 0);
    for (qsizetype i = 0; i < titles.size(); ++i)
        EXPECT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(ids[i]))
                      .json()
                      .object()
                      .value(u"title")
                      .toString(),
                  titles[i]);
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body, exported);
}

// Who may send a large body is decided from the headers: an anonymous or a buyer's 32 MiB import is refused
// at once, before a byte of it is read (the server used to read it all first: twelve such took 400 MiB).
TEST_F(SellerAdminApiTest, ALargeBodyFromSomeoneNotAllowedIsRefusedBeforeItIsRead)
{
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    for (const auto &[who, expected] : {std::pair{QByteArray(), 401}, std::pair{bearer(buyer), 403}}) {
        RawHttp c(port());
        c.send("POST /api/v1/seller/items/import HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n" + who +
               "Content-Length: 33554432\r\n\r\n" + QByteArray(4096, 'x'));
        const HttpReply r = c.read(false, 3000); // the body never comes: the answer must not wait for it
        EXPECT_EQ(r.status, expected) << who.constData();
    }
}

TEST_F(SellerAdminApiTest, BadCsvChangesNothingAndNamesEveryLine)
{
    const QString seller = login(port(), QStringLiteral("bluebird@demo.test"));
    const QByteArray before = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    const QByteArray csv = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"
                           ",Good One,fine,100,1,2,1\r\n"
                           ",Bad Price,x,cheap,1,2,1\r\n"
                           ",Bad Category,x,100,1,999,1\r\n"
                           "1,Someone Else's,x,100,1,2,1\r\n"
                           ",Too Few,1\r\n";
    const HttpReply r = importCsv(port(), csv, seller);
    ASSERT_EQ(r.status, 400) << r.body.toStdString();
    const QJsonArray errors =
        r.json().object().value(u"error").toObject().value(u"details").toObject().value(u"errors").toArray();
    QSet<int> badLines;
    for (const QJsonValue &e : errors)
        badLines.insert(e.toObject().value(u"line").toInt());
    EXPECT_TRUE(badLines.contains(3)); // price
    EXPECT_TRUE(badLines.contains(6)); // columns
    bool priceNamed = false;
    for (const QJsonValue &e : errors)
        priceNamed = priceNamed || (e.toObject().value(u"line").toInt() == 3 &&
                                    e.toObject().value(u"column").toString() == u"price_cents");
    EXPECT_TRUE(priceNamed);
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body, before); // nothing changed

    // what only the database can tell (category, another shop's id) is refused as a whole too
    const HttpReply second =
        importCsv(port(),
                  "id,title,description,price_cents,stock,category_id,low_stock_threshold\n"
                  ",Good One,fine,100,1,2,1\n,Bad Category,x,100,1,999,1\n1,Theirs,x,100,1,2,1\n",
                  seller);
    ASSERT_EQ(second.status, 400);
    const QJsonArray dbErrors = second.json()
                                    .object()
                                    .value(u"error")
                                    .toObject()
                                    .value(u"details")
                                    .toObject()
                                    .value(u"errors")
                                    .toArray();
    ASSERT_EQ(dbErrors.size(), 2);
    EXPECT_EQ(dbErrors[0].toObject().value(u"line").toInt(), 3);
    EXPECT_EQ(dbErrors[1].toObject().value(u"line").toInt(), 4);
    EXPECT_EQ(httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body, before);

    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/seller/items/import", csv,
                          "Content-Type: application/json\r\n" + bearer(seller))
                  .status,
              415);
    EXPECT_EQ(importCsv(port(), "name,price\n", seller).status, 400);
}

TEST_F(SellerAdminApiTest, LargeImportOverTheJsonLimit)
{
    const QString seller = login(port(), QStringLiteral("northwind@demo.test"));
    QByteArray csv = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n";
    for (int i = 0; i < 10000; ++i)
        csv += ",Bulk Widget " + QByteArray::number(i) + "," + QByteArray(100, 'd') + ",199,5,4,1\r\n";
    ASSERT_GT(csv.size(), 1 << 20); // more than the default body limit
    const HttpReply r = importCsv(port(), csv, seller);
    ASSERT_EQ(r.status, 200) << r.body.left(300).toStdString();
    EXPECT_EQ(r.json().object().value(u"created").toInt(), 10000);
    EXPECT_EQ(
        httpGet(port(), "/api/v1/items?q=bulk%20widget&per_page=1").json().object().value(u"total").toInt(),
        10000);
}

// A big import is written in steps: another buyer's cart changes go on while it runs, each waiting at
// most for one step (before, the whole file was one writer job and a cart change waited for all of it).
// Measured as a ratio in the same run: the longest cart change against the import's own time.
TEST_F(SellerAdminApiTest, LargeImportLeavesOtherWritesMoving)
{
    const QString seller = login(port(), QStringLiteral("northwind@demo.test"));
    const QString buyer = login(port(), QStringLiteral("dave@demo.test"));
    const int rows = 60000;
    QByteArray csv = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n";
    for (int i = 0; i < rows; ++i)
        csv += ",Stepwise Lantern " + QByteArray::number(i) + ",lights the way,250,3,4,1\r\n";
    const QByteArray item = "/api/v1/items/20";
    ASSERT_GE(httpGet(port(), item).json().object().value(u"stock").toInt(), 2);

    std::atomic<bool> done{false};
    HttpReply imported;
    QElapsedTimer importClock;
    importClock.start();
    std::thread import([&] {
        imported = importCsv(port(), csv, seller);
        done = true;
    });
    qint64 longest = 0;
    int changes = 0;
    while (!done) {
        QElapsedTimer t;
        t.start();
        const HttpReply r = httpRequest(port(), "PUT", "/api/v1/cart/items/20",
                                        changes % 2 ? R"({"quantity":1})" : R"({"quantity":2})",
                                        "Content-Type: application/json\r\n" + bearer(buyer), 120000);
        longest = std::max(longest, t.elapsed());
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        ++changes;
        QThread::msleep(20);
    }
    import.join();
    const qint64 importMs = importClock.elapsed();
    ASSERT_EQ(imported.status, 200) << imported.body.left(300).toStdString();
    EXPECT_EQ(imported.json().object().value(u"created").toInt(), rows);
    EXPECT_GT(changes, 3);
    EXPECT_LT(longest * 3, importMs) << "a cart change waited " << longest << " ms of the import's "
                                     << importMs << " ms";
    EXPECT_EQ(httpGet(port(), "/api/v1/items?q=stepwise%20lantern&per_page=1")
                  .json()
                  .object()
                  .value(u"total")
                  .toInt(),
              rows);
}

// An import that fails after its new items were written leaves nothing behind: they were never shown
// and are gone again.
TEST_F(SellerAdminApiTest, FailedImportLeavesNoItemBehind)
{
    const QString seller = login(port(), QStringLiteral("acme@demo.test"));
    const QByteArray before = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    QByteArray csv = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n";
    for (int i = 0; i < 2500; ++i) // three steps of new items
        csv += ",Vanishing Kite " + QByteArray::number(i) + ",flies,900,2,4,1\r\n";
    const QByteArray firstLine = before.split('\n').value(1).trimmed();
    const QByteArray firstId = firstLine.split(',').value(0);
    ASSERT_FALSE(firstId.isEmpty());
    csv += firstId + ",Renamed,then not,100,1,2,1\r\n";
    // the item is delisted after the import checked it and wrote its new items, before it shows them
    // (the server waits 4 s there): the import is refused as a whole
    qputenv("EMPORIUM_FAULT_PAUSE_AT", "before-import-publish:4000");
    HttpReply imported;
    std::thread import([&] { imported = importCsv(port(), csv, seller); });
    QThread::msleep(1500);
    const HttpReply delisted =
        httpRequest(port(), "DELETE", "/api/v1/seller/items/" + firstId, {}, bearer(seller));
    import.join();
    qunsetenv("EMPORIUM_FAULT_PAUSE_AT");
    ASSERT_EQ(delisted.status, 204) << delisted.body.toStdString();
    EXPECT_EQ(imported.status, 409) << imported.body.left(300).toStdString();
    EXPECT_EQ(httpGet(port(), "/api/v1/items?q=vanishing%20kite&per_page=1&in_stock=false")
                  .json()
                  .object()
                  .value(u"total")
                  .toInt(),
              0);
    const QByteArray after = httpGet(port(), "/api/v1/seller/items/export", bearer(seller)).body;
    EXPECT_FALSE(after.contains("Vanishing Kite"));
    EXPECT_FALSE(after.contains("Renamed"));
}

QByteArray encoded(const char *format)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x5e, 0x35, 0xb1));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

TEST_F(SellerAdminApiTest, PicturesAreStoredThumbnailedAndShown)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    const HttpReply created = send("POST", "/api/v1/seller/items",
                                   {{QStringLiteral("title"), QStringLiteral("Photo Frame")},
                                    {QStringLiteral("price_cents"), 1500},
                                    {QStringLiteral("stock"), 4},
                                    {QStringLiteral("category_id"), 2}},
                                   seller);
    ASSERT_EQ(created.status, 201);
    const QByteArray id = QByteArray::number(created.json().object().value(u"id").toInteger());
    EXPECT_TRUE(created.json().object().value(u"thumbnail_url").isNull()); // no picture yet

    // WebP needs Qt's image format plugins (qt6-image-formats-plugins): the API accepts it, so must the
    // server
    for (const char *format : {"PNG", "JPEG", "WEBP"}) {
        const QByteArray picture = encoded(format);
        ASSERT_FALSE(picture.isEmpty())
            << format << ": this Qt cannot write it (image format plugin missing)";
        const HttpReply r =
            httpRequest(port(), "POST", "/api/v1/seller/items/" + id + "/images", picture,
                        "Content-Type: image/" + QByteArray(format).toLower() + "\r\n" + bearer(seller));
        ASSERT_EQ(r.status, 201) << format << r.body.toStdString();
        const QJsonObject urls = r.json().object();
        const HttpReply thumb = httpGet(port(), urls.value(u"thumbnail_url").toString().toUtf8());
        EXPECT_EQ(thumb.status, 200);
        EXPECT_EQ(thumb.header("content-type"), "image/jpeg");
        EXPECT_EQ(QImage::fromData(thumb.body).width(), 240);
    }
    const QJsonObject item = httpGet(port(), "/api/v1/items/" + id).json().object();
    EXPECT_EQ(item.value(u"image_urls").toArray().size(), 3);
    EXPECT_TRUE(item.value(u"thumbnail_url").toString().endsWith(u"_thumb.jpg"));

    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/seller/items/" + id + "/images", "not a picture",
                          "Content-Type: image/png\r\n" + bearer(seller))
                  .status,
              415);
    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/seller/items/" + id + "/images", encoded("PNG"),
                          "Content-Type: text/plain\r\n" + bearer(seller))
                  .status,
              415);
    EXPECT_EQ(
        httpRequest(port(), "POST", "/api/v1/seller/items/" + id + "/images", encoded("PNG"),
                    "Content-Type: image/png\r\n" + bearer(login(port(), QStringLiteral("acme@demo.test"))))
            .status,
        404);
    // over 10 MiB: refused from the headers, before the body is sent
    RawHttp c(port());
    c.send("POST /api/v1/seller/items/" + id + "/images HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\n" +
           bearer(seller) + "Content-Length: 11534336\r\n\r\n");
    EXPECT_EQ(c.read(false, 3000).status, 413);
}

TEST_F(SellerAdminApiTest, AnalyticsReflectWhatJustHappened)
{
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    const auto analytics = [&] {
        return httpGet(port(), "/api/v1/admin/analytics", bearer(admin)).json().object();
    };
    const QJsonObject before = analytics();
    for (const char *key : {"orders_per_minute", "revenue_by_category", "top_searches_hour",
                            "top_searches_day", "top_viewed_now", "viewers_now", "connections_now",
                            "revenue_today_cents", "outbox_pending", "outbox_failed"})
        EXPECT_TRUE(before.contains(QLatin1String(key))) << key;
    const QJsonArray minutes = before.value(u"orders_per_minute").toArray();
    ASSERT_EQ(minutes.size(), 60);

    // a search and an order
    for (int i = 0; i < 3; ++i)
        httpGet(port(), "/api/v1/items?q=kaleidoscope");
    for (int i = 0; i < 2; ++i) // written in one statement with the others: letters beyond ASCII too
        httpGet(port(), "/api/v1/items?q=M%C3%BCsli");
    // a word cut at 40 units would end in half of this letter (U+1D400): PostgreSQL refused the whole flush
    httpGet(port(), "/api/v1/items?q=" + QByteArray(39, 'a') + "%F0%9D%90%80");
    const QJsonObject body{
        {QStringLiteral("shipping_address"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                                         {QStringLiteral("line1"), QStringLiteral("1")},
                                                         {QStringLiteral("city"), QStringLiteral("C")},
                                                         {QStringLiteral("postal_code"), QStringLiteral("1")},
                                                         {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")},
                     {QStringLiteral("exp_month"), 12},
                     {QStringLiteral("exp_year"), 2031},
                     {QStringLiteral("cvc"), QStringLiteral("123")}}},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("item_id"), 20}, {QStringLiteral("quantity"), 1}}}}};
    const HttpReply order = postJson(port(), "/api/v1/orders", body,
                                     bearer(login(port(), QStringLiteral("carol@demo.test"))) +
                                         "Idempotency-Key: analytics-1\r\n");
    ASSERT_EQ(order.status, 201);
    const qint64 total = order.json().object().value(u"total_cents").toInteger();

    QJsonObject after;
    ASSERT_TRUE(waitUntil([&] {
        after = analytics();
        return after.value(u"top_searches_hour")
            .toArray()
            .contains(QJsonObject{{QStringLiteral("query"), QStringLiteral("kaleidoscope")},
                                  {QStringLiteral("count"), 3}});
    }));
    EXPECT_TRUE(after.value(u"top_searches_hour")
                    .toArray()
                    .contains(QJsonObject{{QStringLiteral("query"), QStringLiteral("m\u00fcsli")},
                                          {QStringLiteral("count"), 2}}))
        << QJsonDocument(after.value(u"top_searches_hour").toArray()).toJson().constData();
    const QJsonObject lastMinute = after.value(u"orders_per_minute").toArray().last().toObject();
    EXPECT_GE(lastMinute.value(u"orders").toInt(), 1);
    EXPECT_GE(lastMinute.value(u"revenue_cents").toInteger(), total);
    EXPECT_EQ(after.value(u"revenue_today_cents").toInteger() -
                  before.value(u"revenue_today_cents").toInteger(),
              total);
}

} // namespace
