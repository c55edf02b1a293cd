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
    qint64 sellerId = 0; // the shop's id
    QString shopName;
    int refundedQuantity = 0;

    bool operator==(const OrderLine &) const = default;
};

// One shop's share of an order, fulfilled by that shop: paid -> shipped -> delivered, or
// cancelled (by the buyer, before anything shipped) or refunded (every line of it given back).
struct OrderPart
{
    qint64 shopId = 0;
    QString shopName;
    QString status;
    QString carrier;        // from shipped on
    QString trackingNumber; // from shipped on
    QString shippedAt;
    QString deliveredAt;
    qint64 shippingCents = 0;

    bool operator==(const OrderPart &) const = default;
};

struct Order
{
    qint64 id = 0;
    QString status;
    QString createdAt;
    QList<OrderLine> lines;
    QList<OrderPart> parts;
    qint64 shippingCents = 0; // included in totalCents
    qint64 totalCents = 0;
    qint64 refundedCents = 0;
    QString currency;
    ShippingAddress shipping;
    QString cardBrand;
    QString cardLast4;
    QString buyerName; // a shop's queue only: who to send the parcel to

    void write(JsonWriter &w) const;
    static Order fromJson(const QJsonObject &o);
    const OrderPart *part(qint64 shopId) const;

    bool operator==(const Order &) const = default;
};

} // namespace emporium::protocol

Q_DECLARE_METATYPE(emporium::protocol::Order)
