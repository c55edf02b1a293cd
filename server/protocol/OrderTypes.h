#pragma once
// Wire types of API.md "Cart and wishlist" and "Orders", shared by server and client.
#include "server/protocol/CatalogTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace emporium::protocol {

class JsonWriter;

struct CartLine
{
    ItemSummary item;
    int quantity = 0;
    qint64 lineTotalCents = 0;

    bool operator==(const CartLine &) const = default;
};

struct Cart
{
    QList<CartLine> lines;
    qint64 totalCents = 0;
    QString currency;

    void write(JsonWriter &w) const;
    static Cart fromJson(const QJsonObject &o);

    bool operator==(const Cart &) const = default;
};

struct ShippingAddress
{
    QString name;
    QString line1;
    QString line2;
    QString city;
    QString postalCode;
    QString country;

    void write(JsonWriter &w) const;
    QJsonObject toJson() const;
    static ShippingAddress fromJson(const QJsonObject &o);

    bool operator==(const ShippingAddress &) const = default;
};

struct OrderLine
{
    qint64 itemId = 0;
    QString title;
    qint64 unitPriceCents = 0;
    int quantity = 0;
    qint64 sellerId = 0;
    QString shopName;

    bool operator==(const OrderLine &) const = default;
};

struct Order
{
    qint64 id = 0;
    QString status;
    QString createdAt;
    QList<OrderLine> lines;
    qint64 totalCents = 0;
    QString currency;
    ShippingAddress shipping;
    QString cardBrand;
    QString cardLast4;

    void write(JsonWriter &w) const;
    static Order fromJson(const QJsonObject &o);

    bool operator==(const Order &) const = default;
};

} // namespace emporium::protocol

Q_DECLARE_METATYPE(emporium::protocol::Order)
