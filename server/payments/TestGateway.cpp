#include "server/payments/TestGateway.h"

#include <QUuid>

namespace emporium::payments {

TestGateway::TestGateway(const QString &ledgerPath)
    : m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
    if (ledgerPath.isEmpty())
        return;
    m_ledger.setFileName(ledgerPath);
    if (m_ledger.open(QIODevice::ReadOnly)) { // the keys of earlier runs: "<kind> <key> <authorization> ..."
        while (!m_ledger.atEnd()) {
            const QList<QByteArray> parts = m_ledger.readLine().trimmed().split(' ');
            if (parts.size() >= 2)
                m_keys.insert(QString::fromUtf8(parts[0] + ':' + parts[1]));
        }
        m_ledger.close();
    }
    if (!m_ledger.open(QIODevice::Append | QIODevice::Text))
        qWarning("emporium: the test gateway cannot write its ledger %s", qPrintable(ledgerPath));
}

bool TestGateway::record(const QString &kind, const QString &key, const QString &line)
{
    std::lock_guard lock(m_lock);
    if (m_keys.contains(kind + u':' + key))
        return false;
    m_keys.insert(kind + u':' + key);
    if (m_ledger.isOpen()) {
        m_ledger.write((kind + u' ' + key + u' ' + line + u'\n').toUtf8());
        m_ledger.flush();
    }
    return true;
}

Result<Authorization> TestGateway::authorize(const Card &card, qint64 amountCents, const QString &)
{
    if (card.number == QLatin1String(kDeclinedCard)) {
        ++m_declined;
        return Error{QStringLiteral("payment_declined"), QStringLiteral("the card was declined"),
                     QJsonObject{{QStringLiteral("decline_code"), QStringLiteral("generic_decline")}}};
    }
    static std::atomic<quint64> serial{0};
    return Authorization{QStringLiteral("auth_test_%1_%2").arg(m_runId).arg(++serial), amountCents,
                         cardBrand(card.number), card.number.right(4)};
}

Result<Done> TestGateway::capture(const QString &authorizationId, qint64 amountCents,
                                  const QString &idempotencyKey)
{
    if (record(QStringLiteral("capture"), idempotencyKey,
               authorizationId + u' ' + QString::number(amountCents)))
        ++m_captured;
    return Done{};
}

Result<Done> TestGateway::voidAuthorization(const QString &authorizationId, const QString &idempotencyKey)
{
    if (record(QStringLiteral("void"), idempotencyKey, authorizationId))
        ++m_voided;
    return Done{};
}

Result<Done> TestGateway::refund(const QString &authorizationId, qint64 amountCents,
                                 const QString &idempotencyKey)
{
    if (amountCents <= 0)
        return Error::validation(QStringLiteral("amount_cents"), QStringLiteral("must be positive"));
    if (record(QStringLiteral("refund"), idempotencyKey,
               authorizationId + u' ' + QString::number(amountCents)))
        ++m_refunded;
    return Done{};
}

} // namespace emporium::payments
