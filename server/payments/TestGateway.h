#pragma once
// The built-in gateway, following the well-known test card numbers: 4242424242424242 and any
// other number passing Luhn succeed, 4000000000000002 is declined. No money moves.
#include "server/payments/PaymentGateway.h"

#include <atomic>

namespace emporium::payments {

class TestGateway : public PaymentGateway
{
public:
    static constexpr const char *kDeclinedCard = "4000000000000002";

    Result<Authorization> authorize(const Card &card, qint64 amountCents, const QString &currency) override;
    Result<Done> capture(const Authorization &authorization) override;
    void voidAuthorization(const Authorization &authorization) override;

    quint64 captured() const { return m_captured; }
    quint64 voided() const { return m_voided; }
    quint64 declined() const { return m_declined; }

private:
    std::atomic<quint64> m_serial{0};
    std::atomic<quint64> m_captured{0};
    std::atomic<quint64> m_voided{0};
    std::atomic<quint64> m_declined{0};
};

} // namespace emporium::payments
