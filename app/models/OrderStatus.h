#pragma once
// What the window says about an order after payment: its status and each shop's part as
// translated words (the wire's codes such as "partially_shipped" never reach the screen), a part's
// carrier and tracking number, whether the buyer may still cancel, and when a parcel arrives.
#include "server/protocol/OrderTypes.h"

#include <QString>

namespace emporium {
namespace client {

// paid, partially_shipped, shipped, delivered, cancelled, partially_refunded, refunded, authorized
QString orderStatusText(const QString &status);
// paid, shipped, delivered, cancelled, refunded; a shop reads a paid part as "To ship"
enum class PartReader { Buyer, Shop };
QString partStatusText(const QString &status, PartReader reader = PartReader::Buyer);
// "UPS 1Z999AA1"; "" before the part shipped
QString trackingText(const protocol::OrderPart &part);
// "Test Buyer, 1 Test Road, 12345 Testville, US" (or one part a line with "\n"); empty parts left out
QString addressText(const protocol::ShippingAddress &address,
                    const QString &separator = QStringLiteral(", "));
// "Arrives by Thu, Dec 3" for a YYYY-MM-DD date; "" for none.
QString arrivalText(const QString &isoDate);
// "Visa ···· 4242": the card as people name it (the wire's brand is a code: visa, mastercard, amex, …)
QString cardText(const QString &brand, const QString &last4);
// The buyer may cancel while the payment is taken and no part has shipped (the server's rule).
bool canCancel(const protocol::Order &order);
// How many of a line can still be refunded.
inline int refundableQuantity(const protocol::OrderLine &line)
{
    return qMax(0, line.quantity - line.refundedQuantity);
}

} // namespace client
} // namespace emporium
