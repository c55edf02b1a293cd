#pragma once
// JSON request helpers over RawHttp, for every suite that talks to a server (none links it).
#include "tests/common/TestTools.h"

#include <QJsonArray>
#include <QJsonObject>

namespace emporium::test {

inline QByteArray bearer(const QString &token)
{
    return "Authorization: Bearer " + token.toLatin1() + "\r\n";
}

inline HttpReply postJson(quint16 port, const QByteArray &path, const QJsonObject &body,
                          const QByteArray &headers = {})
{
    return httpRequest(port, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       "Content-Type: application/json\r\n" + headers);
}

inline QString errorCode(const HttpReply &r)
{
    return r.json().object().value(u"error").toObject().value(u"code").toString();
}

inline QJsonObject errorFields(const HttpReply &r)
{
    return r.json()
        .object()
        .value(u"error")
        .toObject()
        .value(u"details")
        .toObject()
        .value(u"fields")
        .toObject();
}

// Signs in and returns the token ("" on failure).
inline QString login(quint16 port, const QString &email, const QString &password = QStringLiteral("demo1234"))
{
    const HttpReply r = postJson(port, "/api/v1/auth/login",
                                 {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    return r.status == 200 ? r.json().object().value(u"token").toString() : QString();
}

// The body of an order of `quantity` x `itemId`, paid with the test card that succeeds.
inline QJsonObject orderBody(qint64 itemId, int quantity)
{
    return {{QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Test Buyer")},
                         {QStringLiteral("line1"), QStringLiteral("1 Test Road")},
                         {QStringLiteral("city"), QStringLiteral("Testville")},
                         {QStringLiteral("postal_code"), QStringLiteral("12345")},
                         {QStringLiteral("country"), QStringLiteral("US")}}},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")},
                         {QStringLiteral("exp_month"), 12},
                         {QStringLiteral("exp_year"), 2031},
                         {QStringLiteral("cvc"), QStringLiteral("123")}}},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("item_id"), itemId},
                                                             {QStringLiteral("quantity"), quantity}}}}};
}

// A new item of the seller's shop (category 2); its id, or 0 when the server refused it.
inline qint64 createItem(quint16 port, const QString &sellerToken, const QString &title, int stock,
                         int priceCents = 2500)
{
    const HttpReply r = postJson(port, "/api/v1/seller/items",
                                 {{QStringLiteral("title"), title},
                                  {QStringLiteral("price_cents"), priceCents},
                                  {QStringLiteral("stock"), stock},
                                  {QStringLiteral("category_id"), 2}},
                                 bearer(sellerToken));
    return r.status == 201 ? r.json().object().value(u"id").toInteger() : 0;
}

// Places a paid order of `quantity` x `itemId` (test card) for the signed-in buyer.
inline HttpReply placeOrder(quint16 port, const QString &token, qint64 itemId, int quantity,
                            const QByteArray &idempotencyKey)
{
    return postJson(port, "/api/v1/orders", orderBody(itemId, quantity),
                    bearer(token) + "Idempotency-Key: " + idempotencyKey + "\r\n");
}

} // namespace emporium::test
