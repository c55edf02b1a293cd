#pragma once
// A shop's shipping (API.md "Shipping"): its handling time and a rate per destination country
// (flat per order, free above an amount), and what a checkout would charge (POST /orders/quote).
// Shared by server and client.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace emporium::protocol {

class JsonWriter;

struct ShippingRate
{
    QString country; // ISO 3166 alpha-2 (upper case), or "*" for every country without a rate of its own
    qint64 flatCents = 0;
    std::optional<qint64> freeOverCents;
    int transitDays = 0;

    bool operator==(const ShippingRate &) const = default;
};

struct ShippingSettings
{
    int handlingDays = 2;
    QList<ShippingRate> rates{
        ShippingRate{QStringLiteral("*"), 0, std::nullopt, 5}}; // a shop that set nothing

    void write(JsonWriter &w) const;
    static ShippingSettings fromJson(const QJsonObject &o);
    // The rate for `country` (its own, else "*"), or none: the shop does not ship there.
    const ShippingRate *rateFor(const QString &country) const;
    // What an order's part of `subtotalCents` costs to ship to `country`, or nullopt.
    std::optional<qint64> costTo(const QString &country, qint64 subtotalCents) const;
    // Days from the order to the door (handling + transit), or nullopt.
    std::optional<int> daysTo(const QString &country) const;

    bool operator==(const ShippingSettings &) const = default;
};

// One shop's share of a checkout.
struct QuotePart
{
    qint64 shopId = 0;
    QString shopName;
    qint64 subtotalCents = 0;
    qint64 shippingCents = 0;
    QString arrivesBy; // YYYY-MM-DD

    bool operator==(const QuotePart &) const = default;
};

struct Quote
{
    QList<QuotePart> parts;
    qint64 subtotalCents = 0;
    qint64 shippingCents = 0;
    qint64 totalCents = 0;
    QString currency;

    void write(JsonWriter &w) const;
    static Quote fromJson(const QJsonObject &o);

    bool operator==(const Quote &) const = default;
};

} // namespace emporium::protocol
