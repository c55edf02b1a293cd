#pragma once
// Checkout: shipping address and card, a summary of the cart, one click to pay, then the
// order number. Errors say what happened (which field, a declined card, what sold out) and
// nothing typed is lost.
#include <QDialog>
#include <QMap>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

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

Q_SIGNALS:
    void viewOrdersRequested();

private:
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label);
    void pay();
    void onFailed(const emporium::Error &error);
    void onPlaced(const emporium::protocol::Order &order);
    void updateSummary();
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
};

} // namespace ui
} // namespace emporium
