#pragma once
// Checkout: shipping address and card, a summary of the cart with each shop's shipping and
// arrival date for the country typed (asked again as it changes), one click to pay the total,
// then the order number. Errors say what happened (which field, a declined card, what sold
// out, a shop that does not ship there) and nothing typed is lost.
#include "server/protocol/ShippingTypes.h"

#include <QDialog>
#include <QMap>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace emporium {
struct Error;
namespace protocol {
struct Order;
}
namespace client {
class CartModel;
class Checkout;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class CheckoutDialog : public QDialog
{
    Q_OBJECT
public:
    CheckoutDialog(client::Checkout &checkout, client::CartModel &cart, const QString &buyerName,
                   QWidget *parent = nullptr);

    // fields by the server's names: shipping_address.name ... payment.card_number, payment.cvc
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QSpinBox *expMonth() const { return m_month; }
    QSpinBox *expYear() const { return m_year; }
    QPushButton *payButton() const { return m_pay; }
    QLabel *fieldError(const QString &name) const { return m_errors.value(name); }
    QString errorText() const;
    QString confirmationText() const;
    QString summaryText() const;
    // the latest quote for the cart and country, while it is current
    const std::optional<protocol::Quote> &quote() const { return m_quote; }
    // why there is no quote for the country typed (a shop that does not ship there), or ""
    QString shippingError() const { return m_quoteError; }

Q_SIGNALS:
    void viewOrdersRequested();

private:
    QGroupBox *addressBox(const QString &buyerName);
    QGroupBox *cardBox();
    QWidget *donePage();
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label);
    void pay();
    void onFailed(const emporium::Error &error);
    void onPlaced(const emporium::protocol::Order &order);
    void updateSummary();
    void askQuote();
    void onQuoteFailed(const emporium::Error &error);
    QString partsHtml() const;
    QString totalText() const;
    void clearErrors();

    client::Checkout &m_checkout;
    client::CartModel &m_cart;
    QStackedWidget *m_pages;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QLabel *> m_errors;
    QSpinBox *m_month;
    QSpinBox *m_year;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_confirmation;
    QPushButton *m_pay;
    QTimer *m_quoteTimer;
    std::optional<protocol::Quote> m_quote;
    QString m_quoteError;
};

} // namespace ui
} // namespace emporium
