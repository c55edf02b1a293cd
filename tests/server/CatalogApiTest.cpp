// The catalog endpoints, service endpoints and demo data, over real HTTP to a real server
// seeded with the demo marketplace.
#include "tests/common/SharedServerTest.h"
#include "tests/common/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

class CatalogApiTest : public SharedServerTest<CatalogApiTest>
{
protected:
    static QJsonObject getObject(const QByteArray &path, int expectedStatus = 200)
    {
        const HttpReply r = httpGet(server->port(), path);
        EXPECT_EQ(r.status, expectedStatus) << path.toStdString() << " -> " << r.body.toStdString();
        EXPECT_EQ(r.header("content-type"), "application/json");
        return r.json().object();
    }
    static QJsonArray items(const QByteArray &query)
    {
        return getObject("/api/v1/items?" + query).value(u"items").toArray();
    }
    // Reads one number from the server's database (the demo's ground truth).
    static qint64 scalar(const QString &sql)
    {
        const QVariant v = server->sql(sql);
        return v.isValid() ? v.toLongLong() : -1;
    }
    static QString scalarText(const QString &sql) { return server->sql(sql).toString(); }
};

TEST_F(CatalogApiTest, DemoMarketplaceIsAsDocumented)
{
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM shops")), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM categories")), 8);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM items")), 200);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE thumbnail IS NULL")), 0);
    for (const char *email : {"buyer@demo.test", "seller@demo.test", "admin@demo.test"})
        EXPECT_EQ(
            scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = '%1'").arg(QLatin1String(email))),
            1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM shops s JOIN users u ON u.id = s.owner_id "
                                    "WHERE s.name = 'Demo Goods' AND u.email = 'seller@demo.test'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM users WHERE email = 'admin@demo.test' AND role = 'admin'")),
              1);
    // past orders spread over the last 30 days
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 100);
    const QString day = TestServer::onPostgresql() ? QStringLiteral("CAST(created_at AS date)")
                                                   : QStringLiteral("substr(created_at, 1, 10)");
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(DISTINCT %1) FROM orders").arg(day)), 25);
    const QString monthAgo = QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODate);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE created_at < '%1'").arg(monthAgo)), 0);
    // every picture named in the database exists and is served
    const QJsonObject item = getObject("/api/v1/items/1");
    for (const QJsonValue &url : item.value(u"image_urls").toArray()) {
        const HttpReply img = httpGet(server->port(), url.toString().toUtf8());
        EXPECT_EQ(img.status, 200);
        EXPECT_EQ(img.header("content-type"), "image/jpeg");
        EXPECT_GT(img.body.size(), 1000);
    }
}

TEST_F(CatalogApiTest, HealthzReportsDatabase)
{
    const QJsonObject h = getObject("/healthz");
    EXPECT_EQ(h.value(u"status").toString(), QStringLiteral("ok"));
    EXPECT_EQ(h.value(u"database").toString(), QStringLiteral("ok"));
    EXPECT_EQ(h.value(u"backend").toString(),
              TestServer::onPostgresql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
}

TEST_F(CatalogApiTest, CategoriesWithCounts)
{
    const QJsonArray cats = getObject("/api/v1/categories").value(u"items").toArray();
    ASSERT_EQ(cats.size(), 8);
    qint64 sum = 0;
    for (const QJsonValue &v : cats) {
        const QJsonObject c = v.toObject();
        EXPECT_GT(c.value(u"id").toInteger(), 0);
        EXPECT_FALSE(c.value(u"name").toString().isEmpty());
        EXPECT_FALSE(c.value(u"slug").toString().isEmpty());
        sum += c.value(u"item_count").toInteger();
    }
    EXPECT_EQ(sum, 200);
    EXPECT_EQ(cats[0].toObject().value(u"slug").toString(), QStringLiteral("electronics"));
}

TEST_F(CatalogApiTest, ItemPageHasContractShape)
{
    const QJsonObject page = getObject("/api/v1/items?per_page=5");
    EXPECT_EQ(page.value(u"page").toInt(), 1);
    EXPECT_EQ(page.value(u"per_page").toInt(), 5);
    const qint64 inStock = scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE stock > 0"));
    EXPECT_EQ(page.value(u"total").toInteger(), inStock); // in_stock defaults to true
    const QJsonArray list = page.value(u"items").toArray();
    ASSERT_EQ(list.size(), 5);
    const QJsonObject first = list[0].toObject();
    for (const char *key : {"id", "title", "price_cents", "currency", "stock", "category", "seller",
                            "thumbnail_url", "sold_count", "rating"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(u"currency").toString(), QStringLiteral("USD"));
    EXPECT_TRUE(first.value(u"price_cents").isDouble());
    EXPECT_TRUE(first.value(u"category").toObject().contains(u"name"));
    EXPECT_TRUE(first.value(u"seller").toObject().contains(u"shop_name"));
    EXPECT_TRUE(first.value(u"rating").toObject().contains(u"average"));
    EXPECT_TRUE(first.value(u"thumbnail_url").toString().startsWith(u"/images/"));
}

TEST_F(CatalogApiTest, DefaultPageIs24)
{
    EXPECT_EQ(items("").size(), 24);
}

TEST_F(CatalogApiTest, PagingWalksTheWholeCatalogWithoutRepeats)
{
    QSet<qint64> seen;
    qint64 total = 0;
    for (int page = 1; page <= 5; ++page) {
        const QJsonObject p =
            getObject("/api/v1/items?in_stock=false&per_page=50&page=" + QByteArray::number(page));
        total = p.value(u"total").toInteger();
        for (const QJsonValue &v : p.value(u"items").toArray())
            seen.insert(v.toObject().value(u"id").toInteger());
    }
    EXPECT_EQ(total, 200);
    EXPECT_EQ(seen.size(), 200);
    EXPECT_TRUE(items("page=999").isEmpty());
}

TEST_F(CatalogApiTest, InStockFilter)
{
    const qint64 soldOut = scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE stock = 0"));
    ASSERT_GT(soldOut, 0) << "the demo has sold-out items to hide";
    for (const QJsonValue &v : items("per_page=100&sort=price_asc"))
        EXPECT_GT(v.toObject().value(u"stock").toInteger(), 0);
    EXPECT_EQ(getObject("/api/v1/items?in_stock=false").value(u"total").toInteger(), 200);
}

TEST_F(CatalogApiTest, CategoryByIdAndBySlug)
{
    const QJsonArray byId = items("category=2&in_stock=false&per_page=100");
    const QJsonArray bySlug = items("category=home-kitchen&in_stock=false&per_page=100");
    EXPECT_EQ(byId.size(), 25);
    EXPECT_EQ(byId, bySlug);
    for (const QJsonValue &v : byId)
        EXPECT_EQ(v.toObject().value(u"category").toObject().value(u"id").toInteger(), 2);
    EXPECT_TRUE(items("category=no-such-slug").isEmpty());
}

TEST_F(CatalogApiTest, SellerFilter)
{
    const QJsonArray list = items("seller=1&in_stock=false&per_page=100");
    EXPECT_EQ(list.size(), scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE shop_id = 1")));
    for (const QJsonValue &v : list)
        EXPECT_EQ(v.toObject().value(u"seller").toObject().value(u"id").toInteger(), 1);
}

TEST_F(CatalogApiTest, PriceRange)
{
    const QJsonArray list = items("min_price_cents=2000&max_price_cents=4000&per_page=100&in_stock=false");
    EXPECT_EQ(list.size(),
              scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE price_cents BETWEEN 2000 AND 4000")));
    for (const QJsonValue &v : list) {
        const qint64 p = v.toObject().value(u"price_cents").toInteger();
        EXPECT_GE(p, 2000);
        EXPECT_LE(p, 4000);
    }
}

TEST_F(CatalogApiTest, PlainTextSearch)
{
    const QJsonArray list = items("q=headphones&in_stock=false");
    ASSERT_FALSE(list.isEmpty());
    for (const QJsonValue &v : list)
        EXPECT_TRUE(v.toObject().value(u"title").toString().contains(u"Headphones"))
            << v.toObject().value(u"title").toString().toStdString();
    // shop names are searched too
    EXPECT_FALSE(items("q=Northwind").isEmpty());
    // LIKE wildcards in the query are taken literally
    EXPECT_TRUE(items("q=%25%25%25_").isEmpty());
}

// API.md wave 2: a search's answer says what its words were corrected to; other lists carry nothing of it.
TEST_F(CatalogApiTest, ASearchSaysWhatItsWordsWereCorrectedTo)
{
    const auto didYouMean = [](const QByteArray &query) {
        return getObject("/api/v1/items?" + query).value(u"did_you_mean");
    };
    EXPECT_EQ(didYouMean("q=hedphones").toString(), QStringLiteral("headphones"));
    EXPECT_EQ(didYouMean("q=wireles%20hedphones&max_price_cents=1").toString(),
              QStringLiteral("wireless headphones")); // said even when the filters leave nothing
    EXPECT_TRUE(didYouMean("q=headphones").isNull());
    EXPECT_TRUE(didYouMean("q=zqxvw").isNull()); // nothing near enough to correct it to
    EXPECT_TRUE(didYouMean("category=1").isUndefined());
}

TEST_F(CatalogApiTest, EverySortOrders)
{
    const auto field = [](const QJsonValue &v, const char *name) {
        return v.toObject().value(QLatin1String(name));
    };
    const QJsonArray asc = items("sort=price_asc&per_page=100&in_stock=false");
    for (qsizetype i = 1; i < asc.size(); ++i)
        EXPECT_LE(field(asc[i - 1], "price_cents").toInteger(), field(asc[i], "price_cents").toInteger());
    const QJsonArray desc = items("sort=price_desc&per_page=100&in_stock=false");
    for (qsizetype i = 1; i < desc.size(); ++i)
        EXPECT_GE(field(desc[i - 1], "price_cents").toInteger(), field(desc[i], "price_cents").toInteger());
    const QJsonArray best = items("sort=best_selling&per_page=100&in_stock=false");
    for (qsizetype i = 1; i < best.size(); ++i)
        EXPECT_GE(field(best[i - 1], "sold_count").toInteger(), field(best[i], "sold_count").toInteger());
    const QJsonArray rated = items("sort=rating&per_page=100&in_stock=false");
    for (qsizetype i = 1; i < rated.size(); ++i)
        EXPECT_GE(field(rated[i - 1], "rating").toObject().value(u"average").toDouble() + 0.051,
                  field(rated[i], "rating").toObject().value(u"average").toDouble());
    const QJsonArray newest = items("sort=newest&per_page=100&in_stock=false");
    QString previous = QStringLiteral("9999");
    for (qsizetype i = 0; i < qMin<qsizetype>(newest.size(), 12); ++i) {
        const QString created =
            getObject("/api/v1/items/" + QByteArray::number(newest[i].toObject().value(u"id").toInteger()))
                .value(u"created_at")
                .toString();
        EXPECT_LE(created, previous);
        previous = created;
    }
    // relevance without q: best sellers first
    EXPECT_EQ(items("per_page=10&in_stock=false"), items("sort=best_selling&per_page=10&in_stock=false"));
}

TEST_F(CatalogApiTest, BadParametersAre400WithFieldsNamed)
{
    const QJsonObject err =
        getObject("/api/v1/items?per_page=101&sort=cheapest&page=0&min_price_cents=-5&in_stock=maybe", 400)
            .value(u"error")
            .toObject();
    EXPECT_EQ(err.value(u"code").toString(), QStringLiteral("validation_failed"));
    const QJsonObject fields = err.value(u"details").toObject().value(u"fields").toObject();
    for (const char *f : {"per_page", "sort", "page", "min_price_cents", "in_stock"})
        EXPECT_TRUE(fields.contains(QLatin1String(f))) << f;
    EXPECT_EQ(getObject("/api/v1/items?min_price_cents=500&max_price_cents=100", 400)
                  .value(u"error")
                  .toObject()
                  .value(u"details")
                  .toObject()
                  .value(u"fields")
                  .toObject()
                  .keys(),
              QStringList{QStringLiteral("max_price_cents")});
    getObject("/api/v1/items?seller=abc", 400);
}

TEST_F(CatalogApiTest, ItemDetail)
{
    const QJsonObject item = getObject("/api/v1/items/7");
    EXPECT_EQ(item.value(u"id").toInteger(), 7);
    EXPECT_FALSE(item.value(u"description").toString().isEmpty());
    EXPECT_GE(item.value(u"image_urls").toArray().size(), 1);
    EXPECT_EQ(item.value(u"viewers").toInteger(), 0);
    EXPECT_TRUE(QDateTime::fromString(item.value(u"created_at").toString(), Qt::ISODate).isValid());
    EXPECT_TRUE(item.value(u"created_at").toString().endsWith(u'Z'));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 7 AND title = '%1'")
                         .arg(item.value(u"title").toString().replace(u'\'', QStringLiteral("''")))),
              1);
    // the names of its shop and category (kept in memory) and its pictures in order, as the database has
    // them, for items of different shops and categories
    for (const int id : {7, 120, 199}) {
        const QJsonObject other = getObject("/api/v1/items/" + QByteArray::number(id));
        const QString where =
            QStringLiteral(" FROM items i JOIN shops s ON s.id = i.shop_id JOIN categories c "
                           "ON c.id = i.category_id WHERE i.id = %1")
                .arg(id);
        EXPECT_EQ(other.value(u"seller").toObject().value(u"shop_name").toString(),
                  scalarText(QStringLiteral("SELECT s.name") + where));
        EXPECT_EQ(other.value(u"category").toObject().value(u"name").toString(),
                  scalarText(QStringLiteral("SELECT c.name") + where));
        QStringList pictures;
        for (const QJsonValue &url : other.value(u"image_urls").toArray())
            pictures << url.toString().section(u'/', -1);
        EXPECT_EQ(pictures.join(u' '),
                  scalarText(TestServer::onPostgresql()
                                 ? QStringLiteral("SELECT string_agg(name, ' ' ORDER BY position) FROM "
                                                  "item_images WHERE item_id = %1")
                                       .arg(id)
                                 : QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                                  "item_images WHERE item_id = %1 ORDER BY position)")
                                       .arg(id)));
    }
}

TEST_F(CatalogApiTest, UnknownItemIs404AndBadIdIs400)
{
    EXPECT_EQ(getObject("/api/v1/items/999999", 404).value(u"error").toObject().value(u"code").toString(),
              QStringLiteral("not_found"));
    EXPECT_EQ(getObject("/api/v1/items/abc", 400).value(u"error").toObject().value(u"code").toString(),
              QStringLiteral("validation_failed"));
    getObject("/api/v1/items/-3", 400);
}

TEST_F(CatalogApiTest, EtagAnd304)
{
    const HttpReply first = httpGet(server->port(), "/api/v1/items?per_page=24&sort=newest");
    ASSERT_EQ(first.status, 200);
    const QByteArray etag = first.header("etag");
    ASSERT_FALSE(etag.isEmpty());
    const HttpReply again =
        httpGet(server->port(), "/api/v1/items?per_page=24&sort=newest", "If-None-Match: " + etag + "\r\n");
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());
    EXPECT_EQ(again.header("etag"), etag);
    const HttpReply other =
        httpGet(server->port(), "/api/v1/items?per_page=24&sort=newest", "If-None-Match: \"nope\"\r\n");
    EXPECT_EQ(other.status, 200);
    EXPECT_EQ(other.body, first.body);
    EXPECT_EQ(
        httpGet(server->port(), "/api/v1/categories",
                "If-None-Match: W/" + httpGet(server->port(), "/api/v1/categories").header("etag") + "\r\n")
            .status,
        304);
}

TEST_F(CatalogApiTest, ImagesAreCacheableAndSafe)
{
    const QString thumb = items("per_page=1")[0].toObject().value(u"thumbnail_url").toString();
    const HttpReply img = httpGet(server->port(), thumb.toUtf8());
    ASSERT_EQ(img.status, 200);
    EXPECT_TRUE(img.header("cache-control").contains("max-age=31536000"));
    EXPECT_TRUE(img.body.startsWith("\xff\xd8")); // JPEG
    EXPECT_EQ(httpGet(server->port(), thumb.toUtf8(), "If-None-Match: " + img.header("etag") + "\r\n").status,
              304);
    EXPECT_EQ(httpGet(server->port(), "/images/nope.jpg").status, 404);
    EXPECT_EQ(httpGet(server->port(), "/images/..%2Femporium.db").status, 404);
    EXPECT_EQ(httpGet(server->port(), "/images/../emporium.db").status, 404);
}

TEST_F(CatalogApiTest, MetricsCountRequestsByRoute)
{
    httpGet(server->port(), "/api/v1/categories");
    httpGet(server->port(), "/api/v1/items/999999");
    const HttpReply m = httpGet(server->port(), "/metrics");
    ASSERT_EQ(m.status, 200);
    EXPECT_TRUE(m.header("content-type").startsWith("text/plain"));
    EXPECT_TRUE(m.body.contains("emporium_http_requests_total{route=\"/api/v1/categories\",status=\"2xx\"}"));
    EXPECT_TRUE(m.body.contains("emporium_http_requests_total{route=\"/api/v1/items/{id}\",status=\"4xx\"}"));
    EXPECT_TRUE(m.body.contains(
        "emporium_http_request_duration_seconds_bucket{route=\"/api/v1/categories\",le=\"+Inf\"}"));
    EXPECT_TRUE(m.body.contains("emporium_websocket_connections"));
}

TEST_F(CatalogApiTest, OpenApiDescribesEveryRoute)
{
    const QJsonObject spec = getObject("/api/v1/openapi.json");
    EXPECT_TRUE(spec.value(u"openapi").toString().startsWith(u"3."));
    const QJsonObject paths = spec.value(u"paths").toObject();
    const QList<RouteInfo> routes = server->routes();
    ASSERT_GE(routes.size(), 12);
    for (const RouteInfo &r : routes) {
        const QJsonObject path = paths.value(r.pattern).toObject();
        EXPECT_TRUE(path.contains(QString::fromLatin1(r.method).toLower()))
            << "undocumented: " << r.method.toStdString() << ' ' << r.pattern.toStdString();
    }
}

} // namespace
