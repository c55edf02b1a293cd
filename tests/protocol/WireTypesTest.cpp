// Every wire type of server/protocol: what write() produces, fromJson() reads back to the same
// value; and for the realtime events, write() produces byte for byte what the server sends today.
#include "server/protocol/AdminTypes.h"
#include "server/protocol/Cards.h"
#include "server/protocol/CheckoutTypes.h"
#include "server/protocol/DiscoveryTypes.h"
#include "server/protocol/ErrorFields.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/protocol/SellerTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace emporium::protocol;

namespace {

template <typename T> QByteArray written(const T &value)
{
    JsonWriter w;
    value.write(w);
    return w.take();
}

template <typename T> T roundTrip(const T &value)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(written(value), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << written(value).constData();
    return T::fromJson(doc.object());
}

ItemSummary summary(qint64 id)
{
    ItemSummary s;
    s.id = id;
    s.title = QStringLiteral("Lamp \"Nord\" %1").arg(id);
    s.priceCents = 4999;
    s.currency = QStringLiteral("USD");
    s.stock = 7;
    s.categoryId = 3;
    s.categoryName = QStringLiteral("Home");
    s.sellerId = 2;
    s.shopName = QStringLiteral("Demo Goods");
    s.thumbnailUrl = QStringLiteral("/images/item-%1-0_thumb.png").arg(id);
    s.soldCount = 12;
    s.rating = {4.25, 8};
    return s;
}

Order order()
{
    Order o;
    o.id = 41;
    o.status = QStringLiteral("paid");
    o.createdAt = QStringLiteral("2026-11-21T10:00:00Z");
    o.lines = {{5, QStringLiteral("Lamp"), 4999, 2, 2, QStringLiteral("Demo Goods")}};
    o.totalCents = 9998;
    o.currency = QStringLiteral("USD");
    o.shipping = {QStringLiteral("Ann"),         QStringLiteral("1 Main St"), {},
                  QStringLiteral("Springfield"), QStringLiteral("12345"),     QStringLiteral("US")};
    o.cardBrand = QStringLiteral("visa");
    o.cardLast4 = QStringLiteral("4242");
    return o;
}

AnalyticsSnapshot snapshot()
{
    AnalyticsSnapshot s;
    s.ordersPerMinute = {{QStringLiteral("2026-11-21T10:00:00Z"), 3, 12000},
                         {QStringLiteral("2026-11-21T10:01:00Z"), 0, 0}};
    s.revenueByCategory = {{3, QStringLiteral("Home"), 12000}};
    s.topSearchesHour = {{QStringLiteral("lamp"), 4}};
    s.topSearchesDay = {{QStringLiteral("lamp"), 9}, {QStringLiteral("headphones"), 2}};
    s.topViewedNow = {{5, QStringLiteral("Lamp"), 3}};
    s.viewersNow = 3;
    s.connectionsNow = 6;
    s.revenueTodayCents = 12000;
    s.outboxPending = 1;
    s.outboxFailed = 0;
    return s;
}

} // namespace

TEST(WireTypes, SellerTypesRoundTrip)
{
    const InventoryItem item{summary(5), QStringLiteral("Warm light.\nTwo bulbs."), 3};
    EXPECT_EQ(roundTrip(item), item);
    const SaleLine line{41, 5, QStringLiteral("Lamp"), 2, 4999, 9998, QStringLiteral("2026-11-21T10:00:00Z")};
    EXPECT_EQ(roundTrip(line), line);
    const SellerStats stats{
        QStringLiteral("hour"),
        {{QStringLiteral("2026-11-21T10:00:00Z"), 9998, 2}, {QStringLiteral("2026-11-21T11:00:00Z"), 0, 0}},
        {{5, QStringLiteral("Lamp"), 2, 9998}}};
    EXPECT_EQ(roundTrip(stats), stats);
    const ImportResult imported{3, 4};
    EXPECT_EQ(roundTrip(imported), imported);
    const UploadedImage image{QStringLiteral("/images/u5-1.png"), QStringLiteral("/images/u5-1_thumb.png")};
    EXPECT_EQ(roundTrip(image), image);
}

TEST(WireTypes, ImportErrorsTravelInTheErrorDetails)
{
    const QList<ImportLineError> errors{
        {2, QStringLiteral("price_cents"), QStringLiteral("must be a whole number")},
        {4, QString(), QStringLiteral("expected 7 columns, found 6")}};
    EXPECT_EQ(roundTrip(errors[0]), errors[0]);
    EXPECT_EQ(ImportLineError::fromDetails(ImportLineError::toDetails(errors)), errors);
    EXPECT_EQ(written(errors[0]),
              QByteArray(R"({"line":2,"column":"price_cents","message":"must be a whole number"})"));
}

TEST(WireTypes, ItemChangeCarriesOnlyWhatChanges)
{
    ItemChange change;
    change.priceCents = 1250;
    EXPECT_EQ(change.toJson(), (QJsonObject{{QStringLiteral("price_cents"), 1250}}));
    ItemChange all{QStringLiteral("Lamp"), QStringLiteral("Warm"), 4999, 7, 3, 2};
    EXPECT_EQ(ItemChange::fromJson(all.toJson()), all);
}

TEST(WireTypes, SellerItemIsTheSummaryPlusSellerFields)
{
    const InventoryItem item{summary(5), QStringLiteral("d"), 3};
    JsonWriter w;
    w.beginObject();
    item.summary.writeFields(w);
    w.field("description", item.description).field("low_stock_threshold", item.lowStockThreshold).endObject();
    EXPECT_EQ(written(item), w.data());
}

TEST(WireTypes, PagesRoundTrip)
{
    Page<SaleLine> sales;
    sales.items = {{41, 5, QStringLiteral("Lamp"), 2, 4999, 9998, QStringLiteral("2026-11-21T10:00:00Z")}};
    sales.total = 120;
    sales.page = 2;
    sales.perPage = 100;
    JsonWriter w;
    writePage(w, sales);
    EXPECT_EQ(pageFromJson<SaleLine>(QJsonDocument::fromJson(w.data()).object()), sales);
    EXPECT_EQ(jsonBytes(sales), w.data()); // what a route answers
    EXPECT_EQ(jsonBytes(sales.items.first()), written(sales.items.first()));
}

TEST(WireTypes, DiscoveryTypesRoundTrip)
{
    const Answer answer{7, QStringLiteral("Yes, it is."),         {2, QStringLiteral("Seller Sam")}, true,
                        4, QStringLiteral("2026-11-21T10:05:00Z")};
    EXPECT_EQ(roundTrip(answer), answer);
    const Question question{6, QStringLiteral("Is it dimmable?"),      {9, QStringLiteral("Ann")},
                            4, QStringLiteral("2026-11-21T10:00:00Z"), {answer, answer}};
    EXPECT_EQ(roundTrip(question), question);
    ReviewPage reviews;
    reviews.items = {
        {3, 5, QStringLiteral("Lovely"), {9, QStringLiteral("Ann")}, QStringLiteral("2026-11-21T10:00:00Z")}};
    reviews.total = 1;
    reviews.perPage = 10;
    reviews.rating = {4.5, 2};
    EXPECT_EQ(roundTrip(reviews), reviews);
    const ItemList related{{summary(5), summary(6)}};
    EXPECT_EQ(roundTrip(related), related);
    const Home home{{{{3, QStringLiteral("Home"), QStringLiteral("home"), 40}, {summary(5)}}},
                    {summary(6)},
                    {summary(7)}};
    EXPECT_EQ(roundTrip(home), home);
}

TEST(WireTypes, HomeSectionsAreTheCacheablePrefix)
{
    const Home home{{{{3, QStringLiteral("Home"), QStringLiteral("home"), 40}, {summary(5)}}}, {}, {}};
    JsonWriter prefix;
    home.writeSectionsPart(prefix);
    EXPECT_EQ(written(home), prefix.data() + R"(,"recommended":[],"recently_viewed":[]})");
}

// The server caches the sections part and writes the personal part after a copy of it.
TEST(WireTypes, HomePersonalPartFollowsACachedBeginning)
{
    Home home{{{{3, QStringLiteral("Home"), QStringLiteral("home"), 40}, {summary(5)}}}, {}, {}};
    JsonWriter prefix;
    home.writeSectionsPart(prefix);
    home.recommended = {summary(6), summary(8)};
    home.recentlyViewed = {summary(7)};
    const Home personal{{}, home.recommended, home.recentlyViewed};
    JsonWriter w;
    w.raw(prefix.data());
    personal.writePersonalPart(w);
    EXPECT_EQ(w.data(), written(home));
    EXPECT_EQ(roundTrip(home), home);
}

// A review page is a page plus the item's rating: jsonBytes writes it whole, not as a bare page.
TEST(WireTypes, ReviewPageBytesCarryTheRating)
{
    ReviewPage reviews;
    reviews.items = {
        {3, 5, QStringLiteral("Lovely"), {9, QStringLiteral("Ann")}, QStringLiteral("2026-11-21T10:00:00Z")}};
    reviews.total = 1;
    reviews.rating = {4.5, 2};
    EXPECT_EQ(jsonBytes(reviews), written(reviews));
    EXPECT_TRUE(jsonBytes(reviews).endsWith(R"("rating":{"average":4.5,"count":2}})"));
}

TEST(WireTypes, AdminTypesRoundTrip)
{
    const AnalyticsSnapshot s = snapshot();
    EXPECT_EQ(roundTrip(s), s);
    AnalyticsSnapshot uncounted = s;
    uncounted.outboxPending.reset();
    uncounted.outboxFailed.reset();
    EXPECT_EQ(roundTrip(uncounted), uncounted);
    EXPECT_FALSE(written(uncounted).contains("outbox"));

    AdminUser seller{{12, QStringLiteral("s@demo.test"), QStringLiteral("Sam"), Role::Seller, 2,
                      QStringLiteral("Demo Goods")},
                     true,
                     QStringLiteral("2026-11-01T09:00:00Z")};
    EXPECT_EQ(roundTrip(seller), seller);
    AdminUser buyer{{13, QStringLiteral("b@demo.test"), QStringLiteral("Bo"), Role::Buyer, 0, {}}, false, {}};
    EXPECT_EQ(roundTrip(buyer), buyer);
    const AdminUserChange promote{Role::Admin, std::nullopt};
    EXPECT_EQ(promote.toJson(), (QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}));
}

TEST(WireTypes, EventsRoundTripThroughParseEvent)
{
    Cart cart;
    cart.lines = {{summary(5), 2, 9998}};
    cart.totalCents = 9998;
    cart.currency = QStringLiteral("USD");
    const QList<RealtimeEvent> events{
        ViewersEvent{5, 3},
        StockEvent{5, 6, 13},
        PurchaseEvent{5, QStringLiteral("Lamp"), 2, QStringLiteral("2026-11-21T10:00:00Z")},
        CartEvent{cart},
        WishlistEvent{{summary(5), summary(6)}},
        OrderEvent{order()},
        SaleEvent{41, 5, 2, 9998, QStringLiteral("2026-11-21T10:00:00Z")},
        ShopOrderEvent{order()},
        LowStockEvent{5, 1},
        AnalyticsEvent{snapshot()},
        ErrorEvent{QStringLiteral("forbidden"), QStringLiteral("topic admin is not yours")},
        AuthenticatedEvent{{12, QStringLiteral("s@demo.test"), QStringLiteral("Sam"), Role::Seller, 2,
                            QStringLiteral("Demo Goods")}},
    };
    for (const RealtimeEvent &event : events) {
        const QByteArray json = std::visit([](const auto &e) { return written(e); }, event);
        const auto parsed = parseEvent(QJsonDocument::fromJson(json).object());
        ASSERT_TRUE(parsed) << json.constData();
        EXPECT_EQ(*parsed, event) << json.constData();
    }
    EXPECT_FALSE(parseEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}}));
}

// Byte for byte what RealtimeHub, CatalogChanges, Orders::announce, Events.cpp and Session write today.
TEST(WireTypes, EventsAreWrittenAsTheServerWritesThem)
{
    EXPECT_EQ(written(ViewersEvent{5, 3}), QByteArray(R"({"type":"viewers","item_id":5,"count":3})"));
    EXPECT_EQ(written(StockEvent{5, 6, 13}),
              QByteArray(R"({"type":"stock","item_id":5,"stock":6,"sold_count":13})"));
    EXPECT_EQ(
        written(PurchaseEvent{5, QStringLiteral("Lamp"), 2, QStringLiteral("2026-11-21T10:00:00Z")}),
        QByteArray(
            R"({"type":"purchase","item_id":5,"title":"Lamp","quantity":2,"at":"2026-11-21T10:00:00Z"})"));
    EXPECT_EQ(
        written(SaleEvent{41, 5, 2, 9998, QStringLiteral("2026-11-21T10:00:00Z")}),
        QByteArray(
            R"({"type":"sale","order_id":41,"item_id":5,"quantity":2,"total_cents":9998,"at":"2026-11-21T10:00:00Z"})"));
    EXPECT_EQ(written(LowStockEvent{5, 1}), QByteArray(R"({"type":"low_stock","item_id":5,"stock":1})"));
    EXPECT_EQ(written(ErrorEvent{QStringLiteral("forbidden"), QStringLiteral("no")}),
              QByteArray(R"({"type":"error","code":"forbidden","message":"no"})"));
    JsonWriter cart;
    cart.beginObject().field("type", "cart").key("cart");
    Cart{}.write(cart);
    cart.endObject();
    EXPECT_EQ(written(CartEvent{}), cart.data());
    EXPECT_EQ(written(WishlistEvent{}), QByteArray(R"({"type":"wishlist","items":[]})"));
    JsonWriter analytics;
    analytics.beginObject().field("type", "analytics");
    snapshot().writeFields(analytics);
    analytics.endObject();
    EXPECT_EQ(written(AnalyticsEvent{snapshot()}), analytics.data());
    EXPECT_TRUE(written(AnalyticsEvent{snapshot()})
                    .startsWith(R"({"type":"analytics","orders_per_minute":[{"minute":)"));
}

TEST(WireTypes, CardChecksBothSidesMake)
{
    EXPECT_TRUE(luhnValid(QStringLiteral("4242424242424242")));
    EXPECT_TRUE(luhnValid(QStringLiteral("4000000000000002"))); // valid, declined by the gateway
    EXPECT_FALSE(luhnValid(QStringLiteral("4242424242424241")));
    EXPECT_FALSE(luhnValid(QStringLiteral("4242 4242 4242 4242")));
    EXPECT_EQ(cardBrand(QStringLiteral("4242424242424242")), QStringLiteral("visa"));
    EXPECT_EQ(cardBrand(QStringLiteral("5555555555554444")), QStringLiteral("mastercard"));
    EXPECT_EQ(cardBrand(QStringLiteral("378282246310005")), QStringLiteral("amex"));
    EXPECT_EQ(cardBrand(QStringLiteral("6011111111111117")), QStringLiteral("discover"));
}

TEST(WireTypes, ErrorDetailsReadWithoutJson)
{
    const emporium::Error refused = validationFailed(
        QStringLiteral("Please check"), {{QStringLiteral("password"), QStringLiteral("too short")},
                                         {QStringLiteral("email"), QStringLiteral("taken")}});
    EXPECT_EQ(refused.code, QStringLiteral("validation_failed"));
    EXPECT_EQ(fieldError(refused, QStringLiteral("password")), QStringLiteral("too short"));
    EXPECT_TRUE(fieldError(refused, QStringLiteral("city")).isEmpty());
    EXPECT_EQ(fieldErrors(refused).size(), 2);
    const emporium::Error limited{
        QStringLiteral("rate_limited"), QStringLiteral("slow down"),
        QJsonObject{{QStringLiteral("retry_after"), 30}, {QStringLiteral("http_status"), 429}}};
    EXPECT_EQ(retryAfterSeconds(limited), 30);
    EXPECT_EQ(httpStatus(limited), 429);
    const QJsonObject shortfall{
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("item_id"), 5},
                                                         {QStringLiteral("requested"), 3},
                                                         {QStringLiteral("available"), 1}}}}};
    EXPECT_EQ(StockShortfall::fromDetails(shortfall), (QList<StockShortfall>{{5, 3, 1}}));
}
