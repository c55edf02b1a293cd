#pragma once
// The built-in gateway, following the well-known test card numbers: 4242424242424242 and any
// other number passing Luhn succeed, 4000000000000002 is declined. No money moves.
// With a ledger file it behaves like a real gateway across restarts: every capture, void and refund is
// appended there with its idempotency key, and a key seen before (in this run or an earlier one)
// changes nothing. Thread-safe.
#include "server/payments/PaymentGateway.h"

#include <QFile>
#include <QSet>
#include <atomic>
#include <mutex>

namespace emporium::payments {

class TestGateway : public PaymentGateway
{
public:
    static constexpr const char *kDeclinedCard = "4000000000000002";

    explicit TestGateway(const QString &ledgerPath = {});

    Result<Authorization> authorize(const Card &card, qint64 amountCents, const QString &currency) override;
    Result<Done> capture(const QString &authorizationId, qint64 amountCents,
                         const QString &idempotencyKey) override;
    Result<Done> voidAuthorization(const QString &authorizationId, const QString &idempotencyKey) override;
    Result<Done> refund(const QString &authorizationId, qint64 amountCents,
                        const QString &idempotencyKey) override;

    quint64 captured() const { return m_captured; }
    quint64 voided() const { return m_voided; }
    quint64 declined() const { return m_declined; }
    quint64 refunded() const { return m_refunded; }

private:
    bool record(const QString &kind, const QString &key, const QString &line); // false: key seen before

    std::atomic<quint64> m_captured{0};
    std::atomic<quint64> m_voided{0};
    std::atomic<quint64> m_declined{0};
    std::atomic<quint64> m_refunded{0};
    std::mutex m_lock;
    QSet<QString> m_keys; // "capture:<key>", "void:<key>", "refund:<key>"
    QFile m_ledger;
    QString m_runId;
};

} // namespace emporium::payments
