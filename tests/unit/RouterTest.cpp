// The router on its own: which route a (method, path) reaches, its {param} values, and the
// difference between a path that does not exist (404) and one that exists for other methods
// (405 with Allow). Paths arrive percent-decoded by HttpConnection; the router splits on '/'.
#include "server/http/Router.h"
#include "tests/common/TestSupport.h"

#include <QUrl>
#include <gtest/gtest.h>
#include <limits>

using namespace emporium::http;

namespace {

Handler noop()
{
    return [](RequestContext &, const HttpRequest &, const PathParams &) { return HttpResponse{}; };
}

class RouterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        router.add("GET", QStringLiteral("/api/v1/items"), noop());
        router.add("GET", QStringLiteral("/api/v1/items/{id}"), noop());
        router.add("GET", QStringLiteral("/api/v1/items/{id}/reviews"), noop());
        router.add("POST", QStringLiteral("/api/v1/items/{id}/reviews"), noop());
        router.add("GET", QStringLiteral("/api/v1/seller/items/export"), noop());
        router.add("PATCH", QStringLiteral("/api/v1/seller/items/{id}"), noop());
        router.add("DELETE", QStringLiteral("/api/v1/seller/items/{id}"), noop());
        router.add("POST", QStringLiteral("/api/v1/orders"), noop());
        router.add("GET", QStringLiteral("/images/{name}"), noop());
    }
    // The position + 1 of the route reached, 0 for none.
    int reached(const QByteArray &method, const QString &path) const
    {
        const RouteMatch m = router.match(method, path);
        return m.route ? m.route->index + 1 : 0;
    }

    Router router;
};

TEST_F(RouterTest, AddKeepsPatternSegmentsAndPosition)
{
    const Route &r = router.routes().at(2);
    EXPECT_EQ(r.method, "GET");
    EXPECT_EQ(r.pattern, QStringLiteral("/api/v1/items/{id}/reviews"));
    EXPECT_EQ(r.segments, (QStringList{"api", "v1", "items", "{id}", "reviews"}));
    EXPECT_EQ(r.index, 2);
    EXPECT_TRUE(r.handler);
}

TEST_F(RouterTest, LiteralPathsMatchTheirMethodOnly)
{
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items")), 1);
    EXPECT_EQ(reached("POST", QStringLiteral("/api/v1/orders")), 8);
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/item")), 0);
    EXPECT_EQ(reached("get", QStringLiteral("/api/v1/items")), 0); // methods are case-sensitive
    EXPECT_EQ(reached("GET", QStringLiteral("/API/v1/items")), 0); // and so are paths
}

TEST_F(RouterTest, ParamsAreCapturedInOrder)
{
    RouteMatch m = router.match("POST", QStringLiteral("/api/v1/items/42/reviews"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/api/v1/items/{id}/reviews"));
    EXPECT_EQ(m.params, QStringList{QStringLiteral("42")});
    EXPECT_TRUE(m.allow.isEmpty());

    m = router.match("GET", QStringLiteral("/api/v1/items/not-a-number"));
    ASSERT_NE(m.route, nullptr); // the pattern takes any segment; the handler validates it
    EXPECT_EQ(m.params, QStringList{QStringLiteral("not-a-number")});

    Router two;
    two.add("GET", QStringLiteral("/a/{x}/b/{y}"), noop());
    m = two.match("GET", QStringLiteral("/a/first/b/second"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params, (QStringList{"first", "second"}));
}

TEST_F(RouterTest, ParamsMatchOneSegmentNeverMoreOrNone)
{
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items/1/2")), 0);
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items/1/reviews/2")), 0);
    EXPECT_EQ(reached("GET", QStringLiteral("/images")), 0);
}

TEST_F(RouterTest, UnknownPathIs404WithoutAllow)
{
    const RouteMatch m = router.match("GET", QStringLiteral("/api/v1/nothing"));
    EXPECT_EQ(m.route, nullptr);
    EXPECT_TRUE(m.allow.isEmpty());
    EXPECT_TRUE(router.match("DELETE", QStringLiteral("/nowhere/at/all")).allow.isEmpty());
}

TEST_F(RouterTest, KnownPathWithAnotherMethodIs405WithAllow)
{
    RouteMatch m = router.match("DELETE", QStringLiteral("/api/v1/orders"));
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allow, "POST");

    m = router.match("PUT", QStringLiteral("/api/v1/items/5/reviews"));
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allow, "GET, POST, HEAD"); // in route order, HEAD added because GET exists

    m = router.match("POST", QStringLiteral("/api/v1/items"));
    EXPECT_EQ(m.allow, "GET, HEAD");
}

TEST_F(RouterTest, AllowCollectsEveryRouteOfThePathIncludingParamRoutes)
{
    // "export" is a literal GET route, and also an {id} for PATCH and DELETE
    const RouteMatch m = router.match("POST", QStringLiteral("/api/v1/seller/items/export"));
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allow, "GET, PATCH, DELETE, HEAD");
}

TEST_F(RouterTest, AllowNamesEachMethodOnce)
{
    Router r;
    r.add("GET", QStringLiteral("/x/{a}"), noop());
    r.add("GET", QStringLiteral("/x/y"), noop());
    r.add("POST", QStringLiteral("/x/{b}"), noop());
    r.add("POST", QStringLiteral("/x/y"), noop());
    EXPECT_EQ(r.match("DELETE", QStringLiteral("/x/y")).allow, "GET, POST, HEAD");
}

TEST_F(RouterTest, HeadUsesTheGetRoute)
{
    RouteMatch m = router.match("HEAD", QStringLiteral("/api/v1/items/9"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->method, "GET");
    EXPECT_EQ(m.params, QStringList{QStringLiteral("9")});

    m = router.match("HEAD", QStringLiteral("/api/v1/orders")); // POST only: no HEAD either
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allow, "POST");
}

TEST_F(RouterTest, TrailingAndRepeatedSlashesAreIgnored)
{
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items/")), 1);
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items/7/")), 2);
    EXPECT_EQ(reached("GET", QStringLiteral("//api//v1/items")), 1);
    EXPECT_EQ(reached("GET", QStringLiteral("api/v1/items")), 1);
    // an empty segment is no segment: it does not fill {id}
    const RouteMatch m = router.match("GET", QStringLiteral("/api/v1/items//reviews"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/api/v1/items/{id}"));
    EXPECT_EQ(m.params, QStringList{QStringLiteral("reviews")});
}

TEST_F(RouterTest, RootAndEmptyPaths)
{
    Router r;
    r.add("GET", QStringLiteral("/"), noop());
    EXPECT_NE(r.match("GET", QStringLiteral("/")).route, nullptr);
    EXPECT_NE(r.match("GET", QString()).route, nullptr);
    EXPECT_EQ(r.match("GET", QStringLiteral("/x")).route, nullptr);
}

TEST_F(RouterTest, TheRouterDoesNotDecodeItsPath)
{
    // HttpConnection decodes before routing; a still-encoded path is taken literally
    const RouteMatch m = router.match("GET", QStringLiteral("/images/caf%C3%A9.png"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params, QStringList{QStringLiteral("caf%C3%A9.png")});
    EXPECT_EQ(reached("GET", QStringLiteral("/api/v1/items%2F5")), 0);
}

TEST_F(RouterTest, DecodedPathsAsHttpConnectionPassesThem)
{
    const auto decoded = [](const QByteArray &target) { return QUrl::fromPercentEncoding(target); };
    RouteMatch m = router.match("GET", decoded("/images/caf%C3%A9%201.png"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params, QStringList{QStringLiteral("café 1.png")});

    m = router.match("GET", decoded("/api/v1/%69tems/%31%32"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/api/v1/items/{id}"));
    EXPECT_EQ(m.params, QStringList{QStringLiteral("12")});

    // an encoded slash is a separator once decoded: it cannot smuggle "../" into a {param}
    EXPECT_EQ(reached("GET", decoded("/images/..%2F..%2Fetc%2Fpasswd")), 0);
    m = router.match("GET", decoded("/api/v1/items%2F5"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params, QStringList{QStringLiteral("5")});
}

TEST_F(RouterTest, FirstRegisteredRouteWinsWhenTwoMatch)
{
    Router literalFirst;
    literalFirst.add("GET", QStringLiteral("/items/new"), noop());
    literalFirst.add("GET", QStringLiteral("/items/{id}"), noop());
    RouteMatch m = literalFirst.match("GET", QStringLiteral("/items/new"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/items/new"));
    EXPECT_TRUE(m.params.isEmpty());
    m = literalFirst.match("GET", QStringLiteral("/items/3"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/items/{id}"));

    // there is no specificity ranking: a parameter route registered first shadows a literal
    Router paramFirst;
    paramFirst.add("GET", QStringLiteral("/items/{id}"), noop());
    paramFirst.add("GET", QStringLiteral("/items/new"), noop());
    m = paramFirst.match("GET", QStringLiteral("/items/new"));
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, QStringLiteral("/items/{id}"));
    EXPECT_EQ(m.params, QStringList{QStringLiteral("new")});
}

TEST(ParseIdTest, PositiveIntegersOnly)
{
    EXPECT_EQ(parseId(QStringLiteral("1")), 1);
    EXPECT_EQ(parseId(QStringLiteral("9223372036854775807")), std::numeric_limits<qint64>::max());
    EXPECT_EQ(parseId(QStringLiteral("0")), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("-3")), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("9223372036854775808")), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("12abc")), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("1.0")), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("0x10")), std::nullopt);
    EXPECT_EQ(parseId(QString()), std::nullopt);
    EXPECT_EQ(parseId(QStringLiteral("new")), std::nullopt);
}

} // namespace
