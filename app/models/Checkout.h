#pragma once
// Places the cart as an order. Checks what it can before sending (required fields, card
// number by Luhn, expiry), keeps one Idempotency-Key while the same order is retried (a
// network failure never charges twice), and reports the server's answer.
#include "server/protocol/CheckoutTypes.h"
#include "server/protocol/ErrorFields.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"

#include <QObject>

namespace emporium {
namespace client {

class ApiClient;

struct CheckoutForm
{
    protocol::ShippingAddress address;
    QString cardNumber;
    int expMonth = 0;
    int expYear = 0;
    QString cvc;

    // what is sent: the card number without spaces and dashes
    protocol::OrderRequest toRequest() const;
};

class Checkout : public QObject
{
    Q_OBJECT
public:
    explicit Checkout(ApiClient &api, QObject *parent = nullptr);

    // Field errors found without the server, named as the server names them
    // ("shipping_address.city", "payment.card_number", ...). Empty: fine to send.
    static protocol::FieldErrors validate(const CheckoutForm &form);

    void place(const CheckoutForm &form);
    bool isBusy() const { return m_busy; }
    // What the cart costs shipped to `address` (its country decides): quoted or quoteFailed.
    // Only the answer to the latest question is reported.
    void quote(const protocol::ShippingAddress &address);
    // Where the buyer's parcels went last (or the locale's country): the address form starts there.
    QString deliveryCountry() const;
    QString idempotencyKey() const { return m_key; }

Q_SIGNALS:
    void placed(const emporium::protocol::Order &order);
    void failed(const emporium::Error &error);
    void busyChanged(bool busy);
    void quoted(const emporium::protocol::Quote &quote);
    void quoteFailed(const emporium::Error &error);

private:
    void setBusy(bool busy);

    ApiClient &m_api;
    QString m_key;
    protocol::OrderRequest m_lastOrder;
    bool m_busy = false;
    int m_quoteGeneration = 0;
};

} // namespace client
} // namespace emporium
