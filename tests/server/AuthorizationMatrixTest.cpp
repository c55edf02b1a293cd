// Who may call what: every route of the server against anonymous, two buyers, two sellers
// and an admin. A route the server has but this table lacks fails the test, so the matrix
// grows with the API.
#include "tests/common/ApiHelpers.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

enum class Expect { Public, User, Seller, Admin };

const QMap<QString, Expect> kMatrix{
    {QStringLiteral("GET /healthz"), Expect::Public},
    {QStringLiteral("GET /metrics"), Expect::Public},
    {QStringLiteral("GET /api/v1/openapi.json"), Expect::Public},
    {QStringLiteral("GET /images/{name}"), Expect::Public},
    {QStringLiteral("GET /ws"), Expect::Public},
    {QStringLiteral("GET /api/v1/categories"), Expect::Public},
    {QStringLiteral("GET /api/v1/items"), Expect::Public},
    {QStringLiteral("GET /api/v1/items/{id}"), Expect::Public},
    {QStringLiteral("POST /api/v1/auth/register"), Expect::Public},
    {QStringLiteral("POST /api/v1/auth/login"), Expect::Public},
    {QStringLiteral("POST /api/v1/auth/logout"), Expect::User},
    {QStringLiteral("GET /api/v1/me"), Expect::User},
    {QStringLiteral("GET /api/v1/cart"), Expect::User},
    {QStringLiteral("PUT /api/v1/cart/items/{item_id}"), Expect::User},
    {QStringLiteral("DELETE /api/v1/cart/items/{item_id}"), Expect::User},
    {QStringLiteral("GET /api/v1/wishlist"), Expect::User},
    {QStringLiteral("PUT /api/v1/wishlist/{item_id}"), Expect::User},
    {QStringLiteral("DELETE /api/v1/wishlist/{item_id}"), Expect::User},
    {QStringLiteral("POST /api/v1/orders"), Expect::User},
    {QStringLiteral("GET /api/v1/orders"), Expect::User},
    {QStringLiteral("GET /api/v1/orders/{id}"), Expect::User},
    {QStringLiteral("GET /api/v1/orders/{id}/receipt"), Expect::User},
    {QStringLiteral("GET /api/v1/seller/items"), Expect::Seller},
    {QStringLiteral("GET /api/v1/seller/sales"), Expect::Seller},
    {QStringLiteral("GET /api/v1/seller/items/export"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/items/import"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/items/{id}/images"), Expect::Seller},
    {QStringLiteral("GET /api/v1/seller/stats"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/items"), Expect::Seller},
    {QStringLiteral("PATCH /api/v1/seller/items/{id}"), Expect::Seller},
    {QStringLiteral("DELETE /api/v1/seller/items/{id}"), Expect::Seller},
    {QStringLiteral("GET /api/v1/admin/users"), Expect::Admin},
    {QStringLiteral("GET /api/v1/admin/analytics"), Expect::Admin},
    {QStringLiteral("PATCH /api/v1/admin/users/{id}"), Expect::Admin},
    {QStringLiteral("GET /api/v1/home"), Expect::Public},
    {QStringLiteral("GET /api/v1/items/{id}/related"), Expect::Public},
    {QStringLiteral("GET /api/v1/items/{id}/questions"), Expect::Public},
    {QStringLiteral("POST /api/v1/items/{id}/questions"), Expect::User},
    {QStringLiteral("POST /api/v1/questions/{id}/answers"), Expect::User},
    {QStringLiteral("POST /api/v1/answers/{id}/helpful"), Expect::User},
    {QStringLiteral("GET /api/v1/items/{id}/reviews"), Expect::Public},
    {QStringLiteral("POST /api/v1/items/{id}/reviews"), Expect::User},
    {QStringLiteral("GET /api/v1/seller/orders"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/orders/{id}/ship"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/orders/{id}/deliver"), Expect::Seller},
    {QStringLiteral("POST /api/v1/seller/orders/{id}/refund"), Expect::Seller},
    {QStringLiteral("POST /api/v1/admin/orders/{id}/refund"), Expect::Admin},
    {QStringLiteral("POST /api/v1/orders/{id}/cancel"), Expect::User},
    {QStringLiteral("POST /api/v1/orders/quote"), Expect::User},
    {QStringLiteral("GET /api/v1/seller/shipping"), Expect::Seller},
    {QStringLiteral("PUT /api/v1/seller/shipping"), Expect::Seller},
};

struct Who
{
    const char *name;
    const char *email; // nullptr: anonymous
    const char *role;
};

const Who kWho[] = {
    {"anonymous", nullptr, ""},
    {"buyer", "buyer@demo.test", "buyer"},
    {"another buyer", "alice@demo.test", "buyer"},
    {"seller", "seller@demo.test", "seller"},
    {"another seller", "northwind@demo.test", "seller"},
    {"admin", "admin@demo.test", "admin"},
};

TEST(AuthorizationMatrix, EveryRouteForEveryRole)
{
    TestServer server;
    ASSERT_TRUE(server.start());

    // the table covers exactly the server's routes
    QStringList serverRoutes;
    for (const RouteInfo &r : server.routes())
        serverRoutes << QString::fromLatin1(r.method) + u' ' + r.pattern;
    serverRoutes.sort();
    QStringList tableRoutes = kMatrix.keys();
    tableRoutes.sort();
    ASSERT_EQ(serverRoutes, tableRoutes) << "add new routes to kMatrix";

    QMap<QString, QString> tokens;
    for (const Who &w : kWho)
        if (w.email)
            tokens[QLatin1String(w.name)] = login(server.port(), QLatin1String(w.email));

    for (auto it = kMatrix.cbegin(); it != kMatrix.cend(); ++it) {
        const QStringList parts = it.key().split(u' ');
        const QByteArray method = parts[0].toLatin1();
        QByteArray path = parts[1].toLatin1();
        // ids that exist but belong to nobody asking (item 999999), so no call changes data
        path.replace("/seller/items/{id}", "/seller/items/999999")
            .replace("{id}", "1")
            .replace("{item_id}", "1")
            .replace("{name}", "nothing.jpg");
        for (const Who &w : kWho) {
            QByteArray headers = "Content-Type: application/json\r\n";
            if (w.email) {
                // logout revokes: give it a token of its own
                const QString token = path.endsWith("/logout") ? login(server.port(), QLatin1String(w.email))
                                                               : tokens[QLatin1String(w.name)];
                ASSERT_FALSE(token.isEmpty()) << w.email;
                headers += bearer(token);
            }
            const HttpReply r =
                httpRequest(server.port(), method, path, method == "GET" ? QByteArray() : "{}", headers);
            const QString where =
                it.key() + QStringLiteral(" as ") + QLatin1String(w.name) +
                QStringLiteral(" -> %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(120)));
            ASSERT_NE(r.status, 0) << where.toStdString();
            const QString role = QLatin1String(w.role);
            switch (it.value()) {
            case Expect::Public:
                EXPECT_NE(r.status, 401) << where.toStdString();
                EXPECT_NE(r.status, 403) << where.toStdString();
                break;
            case Expect::User:
                if (!w.email)
                    EXPECT_EQ(r.status, 401) << where.toStdString();
                else
                    EXPECT_TRUE(r.status != 401 && r.status != 403) << where.toStdString();
                break;
            case Expect::Seller:
            case Expect::Admin: {
                const QString needed =
                    it.value() == Expect::Seller ? QStringLiteral("seller") : QStringLiteral("admin");
                if (!w.email)
                    EXPECT_EQ(r.status, 401) << where.toStdString();
                else if (role != needed)
                    EXPECT_EQ(r.status, 403) << where.toStdString();
                else
                    EXPECT_TRUE(r.status != 401 && r.status != 403) << where.toStdString();
                break;
            }
            }
        }
    }
}

} // namespace
