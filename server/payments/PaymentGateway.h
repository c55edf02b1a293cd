#pragma once
// How Emporium takes money: authorize before the stock is taken, capture after the order is
// committed (domain::Orders), void when the order could not be placed. Only brand and last 4 digits are ever
// kept. Implementations must be safe to call from any thread.
#include "server/protocol/Cards.h"
#include "server/protocol/Result.h"

#include <QString>

namespace emporium::payments {

struct Card
{
    QString number; // digits only
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
};

struct Authorization
{
    QString id;
    qint64 amountCents = 0;
    QString brand; // visa, mastercard, amex, discover, card
    QString last4;
};

// Capture, void and refund take an idempotency key: the same key twice moves money once, so a capture retried
// after a crash (the order committed, the server died before it heard the gateway's answer) is safe.
class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;
    // payment_declined when the card is refused.
    virtual Result<Authorization> authorize(const Card &card, qint64 amountCents,
                                            const QString &currency) = 0;
    virtual Result<Done> capture(const QString &authorizationId, qint64 amountCents,
                                 const QString &idempotencyKey) = 0;
    virtual Result<Done> voidAuthorization(const QString &authorizationId, const QString &idempotencyKey) = 0;
    // Gives back part or all of a captured payment; the same key twice refunds once.
    virtual Result<Done> refund(const QString &authorizationId, qint64 amountCents,
                                const QString &idempotencyKey) = 0;
};

// The checks live with the wire types, which the client shares.
using protocol::cardBrand;
using protocol::luhnValid;

} // namespace emporium::payments
