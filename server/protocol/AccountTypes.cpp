#include "server/protocol/AccountTypes.h"

#include "server/protocol/JsonWriter.h"

#include <optional>

namespace emporium::protocol {

QString roleName(Role r)
{
    switch (r) {
    case Role::Seller:
        return QStringLiteral("seller");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Buyer:
        break;
    }
    return QStringLiteral("buyer");
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"buyer")
        return Role::Buyer;
    if (name == u"seller")
        return Role::Seller;
    if (name == u"admin")
        return Role::Admin;
    return std::nullopt;
}

void User::write(JsonWriter &w) const
{
    w.beginObject()
        .field("id", id)
        .field("email", email)
        .field("display_name", displayName)
        .field("role", roleName(role));
    if (shopId)
        w.key("shop").beginObject().field("id", shopId).field("name", shopName).endObject();
    w.endObject();
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = o.value(u"id").toInteger();
    u.email = o.value(u"email").toString();
    u.displayName = o.value(u"display_name").toString();
    u.role = roleFromName(o.value(u"role").toString()).value_or(Role::Buyer);
    const QJsonObject shop = o.value(u"shop").toObject();
    u.shopId = shop.value(u"id").toInteger();
    u.shopName = shop.value(u"name").toString();
    return u;
}

void AuthResult::write(JsonWriter &w) const
{
    w.beginObject().field("token", token).key("user");
    user.write(w);
    w.endObject();
}

AuthResult AuthResult::fromJson(const QJsonObject &o)
{
    return {o.value(u"token").toString(), User::fromJson(o.value(u"user").toObject())};
}

} // namespace emporium::protocol
