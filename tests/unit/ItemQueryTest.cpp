// The catalog query of GET /api/v1/items as the server parses it: defaults, every sort, the
// bounds of page and per_page, and each bad parameter named in details.fields.
#include "server/protocol/ItemQuery.h"
#include "tests/common/TestSupport.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::protocol;

namespace {

Result<ItemQuery> parse(const QString &query)
{
    return ItemQuery::parse(QUrlQuery(query));
}

// The fields named by a validation_failed error, sorted.
QStringList badFields(const Result<ItemQuery> &r)
{
    if (r.ok())
        return {};
    EXPECT_EQ(r.error().code, QStringLiteral("validation_failed"));
    return r.error().details.value(u"fields").toObject().keys();
}

QString why(const Result<ItemQuery> &r, const char *field)
{
    return r.ok() ? QString()
                  : r.error().details.value(u"fields").toObject().value(QLatin1String(field)).toString();
}

TEST(ItemQueryTest, EmptyQueryGivesTheDefaults)
{
    const auto r = parse(QString());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), ItemQuery{});
    EXPECT_TRUE(r->q.isEmpty());
    EXPECT_FALSE(r->categoryId);
    EXPECT_TRUE(r->categorySlug.isEmpty());
    EXPECT_FALSE(r->sellerId);
    EXPECT_FALSE(r->minPriceCents);
    EXPECT_FALSE(r->maxPriceCents);
    EXPECT_TRUE(r->inStock);
    EXPECT_EQ(r->sort, ItemSort::Relevance);
    EXPECT_EQ(r->page, 1);
    EXPECT_EQ(r->perPage, 24);
}

TEST(ItemQueryTest, EmptyValuesCountAsAbsent)
{
    const auto r =
        parse(QStringLiteral("q=&category=&seller=&min_price_cents=&max_price_cents=&sort=&page=&per_page="));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value(), ItemQuery{});
}

TEST(ItemQueryTest, InStockDefaultsToTrueAndReadsTrueFalseOneZero)
{
    EXPECT_TRUE(parse(QStringLiteral("page=2"))->inStock);
    EXPECT_TRUE(parse(QStringLiteral("in_stock=true"))->inStock);
    EXPECT_TRUE(parse(QStringLiteral("in_stock=1"))->inStock);
    EXPECT_FALSE(parse(QStringLiteral("in_stock=false"))->inStock);
    EXPECT_FALSE(parse(QStringLiteral("in_stock=0"))->inStock);
    for (const char *bad : {"in_stock=yes", "in_stock=TRUE", "in_stock=2"}) {
        const auto r = parse(QLatin1String(bad));
        EXPECT_EQ(badFields(r), QStringList{QStringLiteral("in_stock")}) << bad;
        EXPECT_EQ(why(r, "in_stock"), QStringLiteral("must be true or false"));
    }
}

TEST(ItemQueryTest, EverySortByName)
{
    const QList<std::pair<const char *, ItemSort>> sorts{
        {"relevance", ItemSort::Relevance},      {"price_asc", ItemSort::PriceAsc},
        {"price_desc", ItemSort::PriceDesc},     {"newest", ItemSort::Newest},
        {"best_selling", ItemSort::BestSelling}, {"rating", ItemSort::Rating}};
    for (const auto &[name, sort] : sorts) {
        const auto r = parse(QStringLiteral("sort=") + QLatin1String(name));
        ASSERT_TRUE(r.ok()) << name;
        EXPECT_EQ(r->sort, sort) << name;
        EXPECT_EQ(sortName(sort), QLatin1String(name));
        EXPECT_EQ(sortFromName(QLatin1String(name)), sort);
    }
    EXPECT_EQ(sortFromName(QStringLiteral("Price_Asc")), std::nullopt);
}

TEST(ItemQueryTest, UnknownSortIsNamed)
{
    const auto r = parse(QStringLiteral("sort=cheapest"));
    EXPECT_EQ(badFields(r), QStringList{QStringLiteral("sort")});
    EXPECT_TRUE(why(r, "sort").contains(QStringLiteral("best_selling")));
}

TEST(ItemQueryTest, PageBounds)
{
    EXPECT_EQ(parse(QStringLiteral("page=1"))->page, 1);
    EXPECT_EQ(parse(QStringLiteral("page=1000000"))->page, 1000000);
    EXPECT_EQ(badFields(parse(QStringLiteral("page=0"))), QStringList{QStringLiteral("page")});
    EXPECT_EQ(why(parse(QStringLiteral("page=0")), "page"), QStringLiteral("must be a positive integer"));
    EXPECT_EQ(badFields(parse(QStringLiteral("page=-1"))), QStringList{QStringLiteral("page")});
    EXPECT_EQ(why(parse(QStringLiteral("page=1000001")), "page"), QStringLiteral("must be at most 1000000"));
    EXPECT_EQ(badFields(parse(QStringLiteral("page=99999999999999999999"))),
              QStringList{QStringLiteral("page")});
    EXPECT_EQ(badFields(parse(QStringLiteral("page=two"))), QStringList{QStringLiteral("page")});
    EXPECT_EQ(badFields(parse(QStringLiteral("page=1.5"))), QStringList{QStringLiteral("page")});
}

TEST(ItemQueryTest, PerPageBounds)
{
    EXPECT_EQ(parse(QStringLiteral("per_page=1"))->perPage, 1);
    EXPECT_EQ(parse(QStringLiteral("per_page=100"))->perPage, ItemQuery::kMaxPerPage);
    EXPECT_EQ(why(parse(QStringLiteral("per_page=101")), "per_page"), QStringLiteral("must be at most 100"));
    EXPECT_EQ(why(parse(QStringLiteral("per_page=0")), "per_page"),
              QStringLiteral("must be a positive integer"));
    EXPECT_EQ(badFields(parse(QStringLiteral("per_page=x"))), QStringList{QStringLiteral("per_page")});
}

TEST(ItemQueryTest, CategoryIsAnIdOrASlug)
{
    auto r = parse(QStringLiteral("category=12"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->categoryId, 12);
    EXPECT_TRUE(r->categorySlug.isEmpty());

    r = parse(QStringLiteral("category=home-garden"));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->categoryId);
    EXPECT_EQ(r->categorySlug, QStringLiteral("home-garden"));

    EXPECT_EQ(why(parse(QStringLiteral("category=0")), "category"),
              QStringLiteral("must be a positive id or a slug"));
    EXPECT_EQ(badFields(parse(QStringLiteral("category=-4"))), QStringList{QStringLiteral("category")});
}

TEST(ItemQueryTest, SellerAndPrices)
{
    auto r = parse(QStringLiteral("seller=3&min_price_cents=0&max_price_cents=2500"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->sellerId, 3);
    EXPECT_EQ(r->minPriceCents, 0);
    EXPECT_EQ(r->maxPriceCents, 2500);

    EXPECT_EQ(why(parse(QStringLiteral("seller=0")), "seller"), QStringLiteral("must be a positive integer"));
    EXPECT_EQ(why(parse(QStringLiteral("min_price_cents=-1")), "min_price_cents"),
              QStringLiteral("must be a non-negative integer"));
    EXPECT_EQ(badFields(parse(QStringLiteral("max_price_cents=12.50"))),
              QStringList{QStringLiteral("max_price_cents")});
    // equal bounds are fine, crossed bounds name the maximum
    EXPECT_TRUE(parse(QStringLiteral("min_price_cents=500&max_price_cents=500")).ok());
    r = parse(QStringLiteral("min_price_cents=501&max_price_cents=500"));
    EXPECT_EQ(badFields(r), QStringList{QStringLiteral("max_price_cents")});
    EXPECT_EQ(why(r, "max_price_cents"), QStringLiteral("must not be below min_price_cents"));
}

TEST(ItemQueryTest, SearchTextIsDecodedTrimmedAndLimited)
{
    auto r = parse(QStringLiteral("q=%20%20brass%20lamp%C3%A9%26co%20"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->q, QStringLiteral("brass lampé&co"));

    EXPECT_TRUE(parse(QStringLiteral("q=") + QString(200, u'a')).ok());
    r = parse(QStringLiteral("q=") + QString(201, u'a'));
    EXPECT_EQ(badFields(r), QStringList{QStringLiteral("q")});
    EXPECT_EQ(why(r, "q"), QStringLiteral("at most 200 characters"));
    // the limit applies after trimming
    EXPECT_TRUE(parse(QStringLiteral("q=%20") + QString(200, u'a') + QStringLiteral("%20")).ok());
}

TEST(ItemQueryTest, EveryBadParameterIsNamedAtOnce)
{
    const auto r = parse(QStringLiteral("page=0&per_page=500&sort=x&in_stock=maybe&seller=-1&category=0"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(badFields(r), (QStringList{"category", "in_stock", "page", "per_page", "seller", "sort"}));
    EXPECT_EQ(r.error().message,
              QStringLiteral("invalid query parameters: category, in_stock, page, per_page, seller, sort"));
}

TEST(ItemQueryTest, ClientQueryRoundTripsThroughTheUrl)
{
    ItemQuery q;
    q.q = QStringLiteral("brass & copper = 100% café %41 a+b #1");
    q.categorySlug = QStringLiteral("home-garden");
    q.sellerId = 7;
    q.minPriceCents = 0;
    q.maxPriceCents = 99999;
    q.inStock = false;
    q.sort = ItemSort::BestSelling;
    q.page = 3;
    q.perPage = 48;
    for (const auto format : {QUrl::PrettyDecoded, QUrl::FullyEncoded}) {
        const QString wire = q.toUrlQuery().toString(format);
        const auto back = parse(wire);
        ASSERT_TRUE(back.ok()) << wire.toStdString();
        EXPECT_EQ(back.value(), q) << wire.toStdString();
    }
    ItemQuery byId;
    byId.categoryId = 5;
    EXPECT_EQ(parse(byId.toUrlQuery().toString(QUrl::FullyEncoded)).value(), byId);
    // the defaults are left out, but page and per_page are always sent
    EXPECT_EQ(ItemQuery{}.toUrlQuery().toString(), QStringLiteral("page=1&per_page=24"));
}

} // namespace
