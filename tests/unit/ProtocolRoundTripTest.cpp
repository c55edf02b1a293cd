// Every wire type the server writes with JsonWriter reads back with the client's fromJson to the
// same value, field by field: the two halves of server/protocol describe one shape.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/OrderTypes.h"
#include "tests/common/TestSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <gtest/gtest.h>

using namespace emporium::protocol;

namespace {

template <typename T> QJsonObject written(const T &value)
{
    JsonWriter w;
    value.write(w);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(w.data(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << w.data().toStdString();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

template <typename T> T roundTrip(const T &value)
{
    return T::fromJson(written(value));
}

// Strings that need escaping, so a round trip also proves the escaping.
const QString kTricky = QStringLiteral("Ünïcödé \"quoted\" \\ back\nslash\t😀");

void expectSame(const ItemSummary &a, const ItemSummary &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.priceCents, b.priceCents);
    EXPECT_EQ(a.currency, b.currency);
    EXPECT_EQ(a.stock, b.stock);
    EXPECT_EQ(a.categoryId, b.categoryId);
    EXPECT_EQ(a.categoryName, b.categoryName);
    EXPECT_EQ(a.sellerId, b.sellerId);
    EXPECT_EQ(a.shopName, b.shopName);
    EXPECT_EQ(a.thumbnailUrl, b.thumbnailUrl);
    EXPECT_EQ(a.soldCount, b.soldCount);
    EXPECT_EQ(a.rating.average, b.rating.average);
    EXPECT_EQ(a.rating.count, b.rating.count);
}

ItemSummary sampleSummary()
{
    ItemSummary s;
    s.id = 4711;
    s.title = kTricky;
    s.priceCents = 123456789012;
    s.currency = QStringLiteral("EUR");
    s.stock = 3;
    s.categoryId = 12;
    s.categoryName = QStringLiteral("Home & Garden");
    s.sellerId = 99;
    s.shopName = QStringLiteral("Brass, \"Copper\" & Co");
    s.thumbnailUrl = QStringLiteral("/images/item-4711-0_thumb.png");
    s.soldCount = 1234567;
    s.rating = {4.25, 8};
    return s;
}

void expectSame(const User &a, const User &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.email, b.email);
    EXPECT_EQ(a.displayName, b.displayName);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.shopId, b.shopId);
    EXPECT_EQ(a.shopName, b.shopName);
}

void expectSame(const ShippingAddress &a, const ShippingAddress &b)
{
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.line1, b.line1);
    EXPECT_EQ(a.line2, b.line2);
    EXPECT_EQ(a.city, b.city);
    EXPECT_EQ(a.postalCode, b.postalCode);
    EXPECT_EQ(a.country, b.country);
}

TEST(ProtocolRoundTripTest, Category)
{
    const Category c{42, kTricky, QStringLiteral("home-garden"), 9007199254740993};
    const Category back = roundTrip(c);
    EXPECT_EQ(back.id, c.id);
    EXPECT_EQ(back.name, c.name);
    EXPECT_EQ(back.slug, c.slug);
    EXPECT_EQ(back.itemCount, c.itemCount);
}

TEST(ProtocolRoundTripTest, ItemSummary)
{
    expectSame(roundTrip(sampleSummary()), sampleSummary());
}

TEST(ProtocolRoundTripTest, ItemSummaryWithoutThumbnailWritesNull)
{
    ItemSummary s = sampleSummary();
    s.thumbnailUrl.clear();
    s.rating = {0, 0};
    EXPECT_TRUE(written(s).value(u"thumbnail_url").isNull());
    expectSame(roundTrip(s), s);
}

TEST(ProtocolRoundTripTest, RatingAveragesThatNeedAllTheirDigits)
{
    ItemSummary s = sampleSummary();
    for (const double average : {13.0 / 3.0, 4.1, 2.0 / 3.0 + 4.0}) {
        s.rating = {average, 3};
        EXPECT_EQ(roundTrip(s).rating.average, average);
    }
}

TEST(ProtocolRoundTripTest, ItemDetail)
{
    ItemDetail d;
    d.summary = sampleSummary();
    d.description = kTricky + QStringLiteral("\r\nsecond paragraph");
    d.imageUrls = {QStringLiteral("/images/a.png"), QStringLiteral("/images/b.webp")};
    d.viewers = 17;
    d.createdAt = QStringLiteral("2026-11-29T09:00:00Z");
    const ItemDetail back = roundTrip(d);
    expectSame(back.summary, d.summary);
    EXPECT_EQ(back.description, d.description);
    EXPECT_EQ(back.imageUrls, d.imageUrls);
    EXPECT_EQ(back.viewers, d.viewers);
    EXPECT_EQ(back.createdAt, d.createdAt);

    d.imageUrls.clear();
    EXPECT_TRUE(roundTrip(d).imageUrls.isEmpty());
}

TEST(ProtocolRoundTripTest, ItemDetailCachedUntilViewersTakesAnyCount)
{
    ItemDetail d;
    d.summary = sampleSummary();
    d.imageUrls = {QStringLiteral("/images/a.png")};
    d.viewers = 1; // not written by writeUntilViewers
    JsonWriter head;
    d.writeUntilViewers(head);
    const QByteArray cached = head.data();
    for (const qint64 viewers : {qint64(0), qint64(250)}) {
        const QByteArray body = cached + QByteArray::number(viewers) + '}';
        const ItemDetail back = ItemDetail::fromJson(QJsonDocument::fromJson(body).object());
        EXPECT_EQ(back.viewers, viewers) << body.toStdString();
        expectSame(back.summary, d.summary);
        EXPECT_EQ(back.imageUrls, d.imageUrls);
    }
}

TEST(ProtocolRoundTripTest, ItemPageAsTheCatalogRouteWritesIt)
{
    ItemSummary second = sampleSummary();
    second.id = 2;
    JsonWriter w; // as GET /api/v1/items writes it
    w.beginObject().key("items").beginArray();
    for (const ItemSummary &s : {sampleSummary(), second})
        s.write(w);
    w.endArray().field("total", qint64(123)).field("page", 3).field("per_page", 48).endObject();
    const Page<ItemSummary> page = itemPageFromJson(QJsonDocument::fromJson(w.data()).object());
    ASSERT_EQ(page.items.size(), 2);
    expectSame(page.items[0], sampleSummary());
    expectSame(page.items[1], second);
    EXPECT_EQ(page.total, 123);
    EXPECT_EQ(page.page, 3);
    EXPECT_EQ(page.perPage, 48);

    const Page<ItemSummary> bare = itemPageFromJson(QJsonObject{});
    EXPECT_TRUE(bare.items.isEmpty());
    EXPECT_EQ(bare.page, 1);
    EXPECT_EQ(bare.perPage, 24);
}

TEST(ProtocolRoundTripTest, Cart)
{
    Cart c;
    ItemSummary second = sampleSummary();
    second.id = 2;
    second.thumbnailUrl.clear();
    c.lines = {{sampleSummary(), 2, 246913578024}, {second, 1, 99}};
    c.totalCents = 246913578123;
    c.currency = QStringLiteral("EUR");
    const Cart back = roundTrip(c);
    ASSERT_EQ(back.lines.size(), 2);
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        expectSame(back.lines[i].item, c.lines[i].item);
        EXPECT_EQ(back.lines[i].quantity, c.lines[i].quantity);
        EXPECT_EQ(back.lines[i].lineTotalCents, c.lines[i].lineTotalCents);
    }
    EXPECT_EQ(back.totalCents, c.totalCents);
    EXPECT_EQ(back.currency, c.currency);

    const Cart empty = roundTrip(Cart{});
    EXPECT_TRUE(empty.lines.isEmpty());
    EXPECT_EQ(empty.totalCents, 0);
}

TEST(ProtocolRoundTripTest, ShippingAddressWithAndWithoutLine2)
{
    ShippingAddress a{kTricky,
                      QStringLiteral("1 Test Road"),
                      QStringLiteral("Flat 2"),
                      QStringLiteral("Köln"),
                      QStringLiteral("50667"),
                      QStringLiteral("DE")};
    expectSame(roundTrip(a), a);
    expectSame(ShippingAddress::fromJson(a.toJson()), a);
    a.line2.clear();
    EXPECT_FALSE(written(a).contains(u"line2"));
    EXPECT_FALSE(a.toJson().contains(u"line2"));
    expectSame(roundTrip(a), a);
    expectSame(ShippingAddress::fromJson(a.toJson()), a);
}

TEST(ProtocolRoundTripTest, Order)
{
    Order o;
    o.id = 1001;
    o.status = QStringLiteral("paid");
    o.createdAt = QStringLiteral("2026-11-29T09:15:00Z");
    o.lines = {{7, kTricky, 1999, 2, 3, QStringLiteral("Shop A")},
               {8, QStringLiteral("Desk"), 25000, 1, 4, QStringLiteral("Shop B")}};
    o.totalCents = 28998;
    o.currency = QStringLiteral("USD");
    o.shipping = {QStringLiteral("Test Buyer"), QStringLiteral("1 Test Road"), QString(),
                  QStringLiteral("Testville"),  QStringLiteral("12345"),       QStringLiteral("US")};
    o.cardBrand = QStringLiteral("visa");
    o.cardLast4 = QStringLiteral("0042"); // a string: leading zeros stay
    const Order back = roundTrip(o);
    EXPECT_EQ(back.id, o.id);
    EXPECT_EQ(back.status, o.status);
    EXPECT_EQ(back.createdAt, o.createdAt);
    ASSERT_EQ(back.lines.size(), o.lines.size());
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        EXPECT_EQ(back.lines[i].itemId, o.lines[i].itemId);
        EXPECT_EQ(back.lines[i].title, o.lines[i].title);
        EXPECT_EQ(back.lines[i].unitPriceCents, o.lines[i].unitPriceCents);
        EXPECT_EQ(back.lines[i].quantity, o.lines[i].quantity);
        EXPECT_EQ(back.lines[i].sellerId, o.lines[i].sellerId);
        EXPECT_EQ(back.lines[i].shopName, o.lines[i].shopName);
    }
    EXPECT_EQ(back.totalCents, o.totalCents);
    EXPECT_EQ(back.currency, o.currency);
    expectSame(back.shipping, o.shipping);
    EXPECT_EQ(back.cardBrand, o.cardBrand);
    EXPECT_EQ(back.cardLast4, o.cardLast4);
}

TEST(ProtocolRoundTripTest, UsersOfEveryRole)
{
    const User buyer{1, QStringLiteral("buyer@example.com"), kTricky, Role::Buyer, 0, QString()};
    expectSame(roundTrip(buyer), buyer);
    EXPECT_FALSE(written(buyer).contains(u"shop"));
    const User seller{2,  QStringLiteral("seller@example.com"), QStringLiteral("Sam"), Role::Seller,
                      17, QStringLiteral("Sam's \"Shop\"")};
    expectSame(roundTrip(seller), seller);
    const User admin{3,        QStringLiteral("admin@example.com"), QStringLiteral("Ada"), Role::Admin, 0,
                     QString()};
    expectSame(roundTrip(admin), admin);
}

TEST(ProtocolRoundTripTest, RoleNames)
{
    for (const Role r : {Role::Buyer, Role::Seller, Role::Admin})
        EXPECT_EQ(roleFromName(roleName(r)), r);
    EXPECT_EQ(roleName(Role::Seller), QStringLiteral("seller"));
    EXPECT_EQ(roleFromName(QStringLiteral("root")), std::nullopt);
    EXPECT_EQ(roleFromName(QStringLiteral("Admin")), std::nullopt);
}

TEST(ProtocolRoundTripTest, AuthResult)
{
    const AuthResult a{
        QStringLiteral("tok_abc.DEF-123"),
        {5, QStringLiteral("s@example.com"), QStringLiteral("Sel"), Role::Seller, 6, QStringLiteral("Shop")}};
    const AuthResult back = roundTrip(a);
    EXPECT_EQ(back.token, a.token);
    expectSame(back.user, a.user);
}

TEST(ProtocolRoundTripTest, ApiErrorReadsTheErrorBody)
{
    const ApiError e = ApiError::fromBody(
        422,
        R"({"error":{"code":"validation_failed","message":"bad","details":{"fields":{"page":"must be"}}}})");
    EXPECT_EQ(e.httpStatus, 422);
    EXPECT_EQ(e.code, QStringLiteral("validation_failed"));
    EXPECT_EQ(e.message, QStringLiteral("bad"));
    EXPECT_EQ(e.details.value(u"fields").toObject().value(u"page").toString(), QStringLiteral("must be"));
    const ApiError bare = ApiError::fromBody(502, "<html>bad gateway</html>");
    EXPECT_EQ(bare.code, QStringLiteral("http_502"));
    EXPECT_EQ(ApiError::fromBody(0, {}).httpStatus, 0);
}

} // namespace
