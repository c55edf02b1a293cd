#pragma once
// What the client sends to place an order (POST /api/v1/orders) and what an out_of_stock refusal
// names. Shared by server and client.
#include "server/protocol/OrderTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace emporium::protocol {

// The card of an order; the server keeps only its brand and last 4 digits.
struct PaymentCard
{
    QString number; // digits only
    int expMonth = 0;
    int expYear = 0;
    QString cvc;

    bool operator==(const PaymentCard &) const = default;
};

// The body of POST /api/v1/orders without `lines`: the cart is ordered and emptied.
struct OrderRequest
{
    ShippingAddress shipping;
    PaymentCard payment;

    QJsonObject toJson() const;
    bool operator==(const OrderRequest &) const = default;
};

// An out_of_stock error names the lines that fell short: details {"lines": [{item_id, requested,
// available}]}.
struct StockShortfall
{
    qint64 itemId = 0;
    qint64 requested = 0;
    qint64 available = 0;

    static QList<StockShortfall> fromDetails(const QJsonObject &details);
    bool operator==(const StockShortfall &) const = default;
};

} // namespace emporium::protocol
