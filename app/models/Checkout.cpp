#include "app/models/Checkout.h"

#include "app/api/ApiClient.h"
#include "server/protocol/Cards.h"

#include <QDate>
#include <QUuid>

namespace emporium {
namespace client {

protocol::OrderRequest CheckoutForm::toRequest() const
{
    QString digits = cardNumber;
    digits.remove(u' ').remove(u'-');
    return {address, {digits, expMonth, expYear, cvc}};
}

Checkout::Checkout(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

protocol::FieldErrors Checkout::validate(const CheckoutForm &f)
{
    protocol::FieldErrors bad;
    const auto required = [&](const QString &value, const char *field) {
        if (value.trimmed().isEmpty())
            bad.append({QLatin1String(field), tr("is required")});
    };
    required(f.address.name, "shipping_address.name");
    required(f.address.line1, "shipping_address.line1");
    required(f.address.city, "shipping_address.city");
    required(f.address.postalCode, "shipping_address.postal_code");
    required(f.address.country, "shipping_address.country");
    QString digits = f.cardNumber;
    digits.remove(u' ').remove(u'-');
    if (!protocol::luhnValid(digits))
        bad.append({QStringLiteral("payment.card_number"), tr("is not a valid card number")});
    if (f.expMonth < 1 || f.expMonth > 12)
        bad.append({QStringLiteral("payment.exp_month"), tr("must be a month from 1 to 12")});
    const QDate today = QDate::currentDate();
    if (f.expYear < today.year() || (f.expYear == today.year() && f.expMonth < today.month()))
        bad.append({QStringLiteral("payment.exp_year"), tr("the card has expired")});
    if (f.cvc.size() < 3 || f.cvc.size() > 4 ||
        !std::all_of(f.cvc.begin(), f.cvc.end(), [](QChar c) { return c.isDigit(); }))
        bad.append({QStringLiteral("payment.cvc"), tr("must be 3 or 4 digits")});
    return bad;
}

void Checkout::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void Checkout::place(const CheckoutForm &form)
{
    if (m_busy)
        return; // one click, one order
    if (const protocol::FieldErrors bad = validate(form); !bad.isEmpty()) {
        Q_EMIT failed(protocol::validationFailed(tr("Please check the highlighted fields."), bad));
        return;
    }
    const protocol::OrderRequest order = form.toRequest();
    if (order != m_lastOrder || m_key.isEmpty()) {
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_lastOrder = order;
    }
    setBusy(true);
    m_api.placeOrder(order, m_key, this, [this](Result<protocol::Order> r) {
        setBusy(false);
        if (!r) {
            Q_EMIT failed(r.error());
            return;
        }
        m_key.clear(); // the next order is a new one
        m_lastOrder = {};
        m_api.setDeliveryCountry(r->shipping.country);
        Q_EMIT placed(r.value());
    });
}

void Checkout::quote(const protocol::ShippingAddress &address)
{
    const int generation = ++m_quoteGeneration;
    m_api.quoteOrder(address, this, [this, generation](Result<protocol::Quote> r) {
        if (generation != m_quoteGeneration)
            return; // the address or the cart changed since
        if (r)
            Q_EMIT quoted(r.value());
        else
            Q_EMIT quoteFailed(r.error());
    });
}

QString Checkout::deliveryCountry() const
{
    return m_api.deliveryCountry();
}

} // namespace client
} // namespace emporium
