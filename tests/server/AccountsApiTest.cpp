// API.md "Accounts" over real HTTP: register, login, logout, me, validation, uniqueness,
// token storage, revocation, disabled accounts, expiry and login throttling.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

QJsonObject registration(const QString &email, const QString &role = QStringLiteral("buyer"),
                         const QString &shop = QString())
{
    QJsonObject o{{QStringLiteral("email"), email},
                  {QStringLiteral("password"), QStringLiteral("correct horse")},
                  {QStringLiteral("display_name"), QStringLiteral("Test User")},
                  {QStringLiteral("role"), role}};
    if (!shop.isEmpty())
        o.insert(QStringLiteral("shop_name"), shop);
    return o;
}

class AccountsApiTest : public SharedServerTest<AccountsApiTest>
{
protected:
    static HttpReply registerUser(const QJsonObject &body)
    {
        return postJson(port(), "/api/v1/auth/register", body);
    }
    static HttpReply me(const QString &token) { return httpGet(port(), "/api/v1/me", bearer(token)); }
    // Runs SQL on the server's database file, as an operator would.
    static QVariant sql(const QString &statement) { return server->sql(statement); }
};

TEST_F(AccountsApiTest, BuyerRegistersSignsOutAndInAgain)
{
    const HttpReply reg = registerUser(registration(QStringLiteral("Flow@Example.test")));
    ASSERT_EQ(reg.status, 201) << reg.body.toStdString();
    const QJsonObject user = reg.json().object().value(u"user").toObject();
    EXPECT_EQ(user.value(u"email").toString(), QStringLiteral("Flow@Example.test"));
    EXPECT_EQ(user.value(u"role").toString(), QStringLiteral("buyer"));
    EXPECT_EQ(user.value(u"display_name").toString(), QStringLiteral("Test User"));
    EXPECT_FALSE(user.contains(u"shop"));
    const QString token = reg.json().object().value(u"token").toString();

    const HttpReply who = me(token);
    ASSERT_EQ(who.status, 200);
    EXPECT_EQ(who.json().object().value(u"id").toInteger(), user.value(u"id").toInteger());

    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/auth/logout", {}, bearer(token)).status, 204);
    EXPECT_EQ(me(token).status, 401);

    // email is case-insensitive at sign-in
    const QString again = login(port(), QStringLiteral("flow@example.TEST"), QStringLiteral("correct horse"));
    ASSERT_FALSE(again.isEmpty());
    EXPECT_NE(again, token);
    EXPECT_EQ(me(again).status, 200);
}

TEST_F(AccountsApiTest, SellerGetsAShop)
{
    const HttpReply reg = registerUser(registration(QStringLiteral("shopkeeper@example.test"),
                                                    QStringLiteral("seller"), QStringLiteral("Corner Shop")));
    ASSERT_EQ(reg.status, 201) << reg.body.toStdString();
    const QJsonObject shop = reg.json().object().value(u"user").toObject().value(u"shop").toObject();
    EXPECT_GT(shop.value(u"id").toInteger(), 0);
    EXPECT_EQ(shop.value(u"name").toString(), QStringLiteral("Corner Shop"));
    // the shop is a seller in the catalog's terms too
    EXPECT_EQ(
        httpGet(port(), "/api/v1/items?seller=" + QByteArray::number(shop.value(u"id").toInteger())).status,
        200);
}

TEST_F(AccountsApiTest, SellerNeedsAShopName)
{
    const HttpReply r =
        registerUser(registration(QStringLiteral("noshop@example.test"), QStringLiteral("seller")));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("validation_failed"));
    EXPECT_TRUE(errorFields(r).contains(u"shop_name"));
}

TEST_F(AccountsApiTest, EmailsAndShopNamesAreUnique)
{
    ASSERT_EQ(registerUser(registration(QStringLiteral("twice@example.test"))).status, 201);
    const HttpReply sameEmail = registerUser(registration(QStringLiteral("TWICE@example.test")));
    EXPECT_EQ(sameEmail.status, 409);
    EXPECT_EQ(errorCode(sameEmail), QStringLiteral("conflict"));
    EXPECT_TRUE(errorFields(sameEmail).contains(u"email"));

    const HttpReply sameShop = registerUser(registration(
        QStringLiteral("other@example.test"), QStringLiteral("seller"), QStringLiteral("demo GOODS")));
    EXPECT_EQ(sameShop.status, 409);
    EXPECT_TRUE(errorFields(sameShop).contains(u"shop_name"));
    // nothing half-created: the email of the refused seller is still free
    EXPECT_EQ(registerUser(registration(QStringLiteral("other@example.test"))).status, 201);
}

TEST_F(AccountsApiTest, ValidationNamesEveryBadField)
{
    const HttpReply r = registerUser({{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                      {QStringLiteral("password"), QStringLiteral("short")},
                                      {QStringLiteral("display_name"), 42},
                                      {QStringLiteral("role"), QStringLiteral("admin")}});
    ASSERT_EQ(r.status, 400);
    const QJsonObject fields = errorFields(r);
    for (const char *f : {"email", "password", "display_name", "role"})
        EXPECT_TRUE(fields.contains(QLatin1String(f))) << f;
    EXPECT_EQ(errorFields(registerUser({})).keys().size(), 4); // email, password, display_name, role
    const HttpReply badLogin = postJson(port(), "/api/v1/auth/login", {{QStringLiteral("email"), 5}});
    EXPECT_EQ(badLogin.status, 400);
    EXPECT_TRUE(errorFields(badLogin).contains(u"email"));
    EXPECT_TRUE(errorFields(badLogin).contains(u"password"));
}

TEST_F(AccountsApiTest, BodiesMustBeJsonObjects)
{
    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/auth/login", "email=a",
                          "Content-Type: application/x-www-form-urlencoded\r\n")
                  .status,
              415);
    const HttpReply bad =
        httpRequest(port(), "POST", "/api/v1/auth/login", "{not json", "Content-Type: application/json\r\n");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(errorCode(bad), QStringLiteral("invalid_request"));
    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/auth/login", "[1,2]", "Content-Type: application/json\r\n")
                  .status,
              400);
}

TEST_F(AccountsApiTest, TokensAreRandomAndStoredOnlyAsHashes)
{
    const QString a = login(port(), QStringLiteral("buyer@demo.test"));
    const QString b = login(port(), QStringLiteral("buyer@demo.test"));
    ASSERT_FALSE(a.isEmpty());
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.startsWith(u"emp_"));
    EXPECT_GE(QByteArray::fromBase64(a.mid(4).toLatin1(), QByteArray::Base64UrlEncoding).size(),
              32); // 256 bits
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'").arg(hash)).toInt(),
              1);
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash LIKE 'emp_%'")).toInt(), 0);
    EXPECT_TRUE(sql(QStringLiteral("SELECT password_hash FROM users WHERE email = 'buyer@demo.test'"))
                    .toString()
                    .startsWith(u"$argon2id$"));
}

TEST_F(AccountsApiTest, LogoutStopsTheTokenOnEveryConnectionAtOnce)
{
    const QString token = login(port(), QStringLiteral("alice@demo.test"));
    ASSERT_EQ(me(token).status, 200);
    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/auth/logout", {}, bearer(token)).status, 204);
    for (int i = 0; i < 8; ++i) // new connections land on both event loops
        EXPECT_EQ(me(token).status, 401);
    EXPECT_EQ(httpRequest(port(), "POST", "/api/v1/auth/logout", {}, bearer(token)).status, 401);
}

TEST_F(AccountsApiTest, DisabledAccountsStopAtOnce)
{
    ASSERT_EQ(registerUser(registration(QStringLiteral("soon-disabled@example.test"))).status, 201);
    const QString token =
        login(port(), QStringLiteral("soon-disabled@example.test"), QStringLiteral("correct horse"));
    ASSERT_EQ(me(token).status, 200);
    sql(QStringLiteral("UPDATE users SET disabled = TRUE WHERE email = 'soon-disabled@example.test'"));
    EXPECT_EQ(me(token).status, 401);
    const HttpReply again = postJson(port(), "/api/v1/auth/login",
                                     {{QStringLiteral("email"), QStringLiteral("soon-disabled@example.test")},
                                      {QStringLiteral("password"), QStringLiteral("correct horse")}});
    EXPECT_EQ(again.status, 403);
    EXPECT_EQ(errorCode(again), QStringLiteral("forbidden"));
}

TEST_F(AccountsApiTest, ExpiredTokensStop)
{
    const QString token = login(port(), QStringLiteral("bob@demo.test"));
    ASSERT_EQ(me(token).status, 200);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    sql(QStringLiteral("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z' WHERE token_hash = '%1'")
            .arg(hash));
    EXPECT_EQ(me(token).status, 401);
}

TEST_F(AccountsApiTest, BadTokensAndHeadersAre401)
{
    EXPECT_EQ(me(QStringLiteral("emp_made-up")).status, 401);
    EXPECT_EQ(httpGet(port(), "/api/v1/me", "Authorization: Basic Zm9vOmJhcg==\r\n").status, 401);
    const HttpReply anonymous = httpGet(port(), "/api/v1/me");
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.header("www-authenticate"), "Bearer");
    EXPECT_EQ(errorCode(anonymous), QStringLiteral("unauthenticated"));
    // a public route with a bad token says so too, rather than silently serving as anonymous
    EXPECT_EQ(httpGet(port(), "/api/v1/categories", bearer(QStringLiteral("emp_nope"))).status, 401);
}

TEST_F(AccountsApiTest, UnknownEmailAndWrongPasswordLookAlike)
{
    const auto attempt = [](const QString &email) {
        QElapsedTimer t;
        t.start();
        const HttpReply r = postJson(port(), "/api/v1/auth/login",
                                     {{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), QStringLiteral("wrong password")}});
        return std::make_pair(r, t.nsecsElapsed());
    };
    QList<qint64> unknown, wrong;
    for (int i = 0; i < 3; ++i) {
        const auto [u, ut] = attempt(QStringLiteral("nobody-%1@example.test").arg(i));
        const auto [w, wt] = attempt(QStringLiteral("carol@demo.test"));
        EXPECT_EQ(u.status, 401);
        EXPECT_EQ(w.status, 401);
        EXPECT_EQ(u.body, w.body);
        unknown << ut;
        wrong << wt;
    }
    std::sort(unknown.begin(), unknown.end());
    std::sort(wrong.begin(), wrong.end());
    // Both run an Argon2id verification: without the dummy check an unknown email would
    // answer a hundred times faster.
    EXPECT_GT(double(unknown[1]), 0.3 * double(wrong[1]));
}

// A signed-in request and then one without a token on the same kept-alive connection: the second is
// anonymous. (nginx keeps its connections to the servers open and sends any client's requests on them.)
TEST(KeptAliveConnections, ARequestWithoutATokenIsNeverServedAsTheLastOnesUser)
{
    TestServer server;
    ASSERT_TRUE(server.start());
    const QString token = login(server.port(), QStringLiteral("buyer@demo.test"));
    ASSERT_FALSE(token.isEmpty());
    RawHttp c(server.port());
    c.send("GET /api/v1/me HTTP/1.1\r\nHost: x\r\n" + bearer(token) + "\r\n");
    EXPECT_EQ(c.read().status, 200);
    for (const QByteArray path : {"/api/v1/me", "/api/v1/orders", "/api/v1/cart"}) {
        c.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        const HttpReply r = c.read();
        EXPECT_EQ(r.status, 401) << path.constData() << ": " << r.body.toStdString();
    }
    EXPECT_TRUE(c.isConnected());
}

TEST(LoginThrottling, RepeatedFailuresAre429WithRetryAfter)
{
    TestServer server; // its own: throttling state is per server
    ASSERT_TRUE(server.start());
    const auto tryLogin = [&](const QString &email, const QString &password) {
        return postJson(server.port(), "/api/v1/auth/login",
                        {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(tryLogin(QStringLiteral("buyer@demo.test"), QStringLiteral("nope-nope")).status, 401);
    const HttpReply limited = tryLogin(QStringLiteral("buyer@demo.test"), QStringLiteral("nope-nope"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(errorCode(limited), QStringLiteral("rate_limited"));
    EXPECT_GT(limited.header("retry-after").toInt(), 0);
    // even the right password waits now
    EXPECT_EQ(tryLogin(QStringLiteral("BUYER@demo.test"), QStringLiteral("demo1234")).status, 429);
    // another account from the same address is not blocked by this one
    EXPECT_FALSE(login(server.port(), QStringLiteral("alice@demo.test")).isEmpty());
    // many emails from one address: the address is limited too
    for (int i = 0; i < 20; ++i)
        tryLogin(QStringLiteral("spray-%1@example.test").arg(i), QStringLiteral("whatever1"));
    EXPECT_EQ(tryLogin(QStringLiteral("dave@demo.test"), QStringLiteral("demo1234")).status, 429);
}

} // namespace
