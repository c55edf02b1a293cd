#pragma once
// Wire types of API.md "Accounts", shared by server and client.
#include <QJsonObject>
#include <QString>
#include <optional>

namespace emporium::protocol {

class JsonWriter;

enum class Role { Buyer, Seller, Admin };
QString roleName(Role r);
std::optional<Role> roleFromName(const QString &name);

struct User
{
    qint64 id = 0;
    QString email;
    QString displayName;
    Role role = Role::Buyer;
    qint64 shopId = 0; // sellers only
    QString shopName;

    void write(JsonWriter &w) const;
    static User fromJson(const QJsonObject &o);

    bool operator==(const User &) const = default;
};

// {token, user}: the answer of register and login.
struct AuthResult
{
    QString token;
    User user;

    void write(JsonWriter &w) const;
    static AuthResult fromJson(const QJsonObject &o);

    bool operator==(const AuthResult &) const = default;
};

} // namespace emporium::protocol
