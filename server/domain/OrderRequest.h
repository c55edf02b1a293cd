#pragma once
// The body of POST /api/v1/orders, validated: every bad field is named (nested names like
// "shipping_address.city", "payment.card_number", "lines[1].quantity"). A card failing the
// Luhn check is refused here, before any gateway sees it.
#include "server/payments/PaymentGateway.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"

#include <QJsonObject>

namespace emporium::domain {

struct OrderLineRequest
{
    qint64 itemId = 0;
    int quantity = 0;
};

struct OrderRequest
{
    static constexpr int kMaxLines = 50;
    static constexpr int kMaxQuantity = 999;

    protocol::ShippingAddress shipping;
    payments::Card card;
    QList<OrderLineRequest> lines; // empty: order the cart
    QString requestHash;           // identifies the body, for Idempotency-Key replays

    // A quote (POST /orders/quote) is asked without a card, and only the address's country is required.
    enum class Payment { Required, None };
    static Result<OrderRequest> fromJson(const QJsonObject &body, Payment payment = Payment::Required);
};

} // namespace emporium::domain
