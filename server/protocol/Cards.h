#pragma once
// Card number checks that both sides make: the client refuses a mistyped number before sending
// it, the server refuses it again (400) before asking the payment gateway.
#include <QString>

namespace emporium::protocol {

// The Luhn checksum of a 12 to 19 digit number (digits only).
bool luhnValid(const QString &digits);
// visa, mastercard, amex, discover, or card when the prefix names none of them.
QString cardBrand(const QString &digits);

} // namespace emporium::protocol
