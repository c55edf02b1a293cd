#include "ui/CheckoutDialog.h"

#include "app/models/CartModel.h"
#include "app/models/Checkout.h"
#include "app/models/Money.h"
#include "app/models/OrderStatus.h"
#include "ui/FormField.h"

#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace emporium {
namespace ui {

CheckoutDialog::CheckoutDialog(client::Checkout &checkout, client::CartModel &cart, const QString &buyerName,
                               QWidget *parent)
    : QDialog(parent), m_checkout(checkout), m_cart(cart), m_pages(new QStackedWidget), m_month(new QSpinBox),
      m_year(new QSpinBox), m_summary(new QLabel), m_error(new QLabel), m_confirmation(new QLabel),
      m_pay(new QPushButton), m_quoteTimer(new QTimer(this))
{
    setWindowTitle(tr("Checkout"));
    setMinimumWidth(560);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setAutoDefault(false); // Enter pays; it never throws the form away
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_pay);

    auto *formPage = new QWidget;
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(m_summary);
    formLayout->addWidget(addressBox(buyerName));
    formLayout->addWidget(cardBox());
    formLayout->addWidget(m_error);
    formLayout->addLayout(buttons);

    m_pages->addWidget(formPage);
    m_pages->addWidget(donePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_pay->setDefault(true); // after the layout: the default button is chosen among the dialog's own

    connect(m_pay, &QPushButton::clicked, this, &CheckoutDialog::pay);
    connect(&m_checkout, &client::Checkout::failed, this, &CheckoutDialog::onFailed);
    connect(&m_checkout, &client::Checkout::placed, this, &CheckoutDialog::onPlaced);
    connect(&m_checkout, &client::Checkout::busyChanged, this, [this](bool busy) {
        updateSummary();
        if (busy)
            m_pay->setText(tr("Paying…"));
    });
    connect(&m_checkout, &client::Checkout::quoted, this, [this](const protocol::Quote &quote) {
        m_quote = quote;
        m_quoteError.clear();
        updateSummary();
    });
    connect(&m_checkout, &client::Checkout::quoteFailed, this, &CheckoutDialog::onQuoteFailed);
    // the country (and the cart) decide shipping: ask again once typing pauses
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(300);
    connect(m_quoteTimer, &QTimer::timeout, this, &CheckoutDialog::askQuote);
    connect(field(QStringLiteral("shipping_address.country")), &QLineEdit::textEdited, m_quoteTimer,
            qOverload<>(&QTimer::start));
    connect(&m_cart, &client::CartModel::changed, m_quoteTimer, qOverload<>(&QTimer::start));
    connect(&m_cart, &client::CartModel::changed, this, &CheckoutDialog::updateSummary);
    updateSummary();
    askQuote();
}

QGroupBox *CheckoutDialog::addressBox(const QString &buyerName)
{
    auto *address = new QGroupBox(tr("Shipping address"));
    auto *form = new QFormLayout(address);
    addField(form, QStringLiteral("shipping_address.name"), tr("&Name:"))->setText(buyerName);
    addField(form, QStringLiteral("shipping_address.line1"), tr("&Address:"));
    addField(form, QStringLiteral("shipping_address.line2"), tr("Address &line 2:"))
        ->setPlaceholderText(tr("optional"));
    addField(form, QStringLiteral("shipping_address.city"), tr("&City:"));
    addField(form, QStringLiteral("shipping_address.postal_code"), tr("&Postal code:"));
    const QString country = m_checkout.deliveryCountry();
    addField(form, QStringLiteral("shipping_address.country"), tr("C&ountry:"))
        ->setText(country.isEmpty() ? QStringLiteral("US") : country);
    return address;
}

QGroupBox *CheckoutDialog::cardBox()
{
    auto *card = new QGroupBox(tr("Card"));
    auto *form = new QFormLayout(card);
    QLineEdit *number = addField(form, QStringLiteral("payment.card_number"), tr("Card &number:"));
    number->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    // grouped in fours as it is typed, as printed on the card; the cursor stays after the same digit
    connect(number, &QLineEdit::textEdited, number, [number](const QString &typed) {
        const qsizetype digitsBefore = std::count_if(
            typed.cbegin(), typed.cbegin() + number->cursorPosition(), [](QChar c) { return c.isDigit(); });
        QString grouped;
        qsizetype digits = 0, cursor = 0;
        for (const QChar c : typed) {
            if (!c.isDigit())
                continue;
            if (digits > 0 && digits % 4 == 0)
                grouped += u' ';
            grouped += c;
            if (++digits == digitsBefore)
                cursor = grouped.size();
        }
        if (grouped != typed) {
            number->setText(grouped);
            number->setCursorPosition(int(digitsBefore == 0 ? 0 : cursor));
        }
    });
    m_month->setRange(1, 12);
    m_month->setValue(QDate::currentDate().month());
    m_year->setRange(QDate::currentDate().year(), QDate::currentDate().year() + 20);
    m_year->setValue(QDate::currentDate().year() + 2);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_month);
    expiry->addWidget(new QLabel(QStringLiteral("/")));
    expiry->addWidget(m_year);
    expiry->addStretch();
    auto *expiryLabel = new QLabel(tr("&Expires:"));
    expiryLabel->setBuddy(m_month);
    form->addRow(expiryLabel, expiry);
    for (const char *name : {"payment.exp_month", "payment.exp_year"}) {
        auto *e = new QLabel;
        e->setStyleSheet(QStringLiteral("color:#c62828;font-size:small;"));
        e->hide();
        form->addRow(QString(), e);
        m_errors.insert(QLatin1String(name), e);
    }
    addField(form, QStringLiteral("payment.cvc"), tr("C&VC:"))->setEchoMode(QLineEdit::Password);
    m_fields[QStringLiteral("payment.cvc")]->setMaxLength(4);
    return card;
}

QWidget *CheckoutDialog::donePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    QFont big = m_confirmation->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_confirmation->setFont(big);
    m_confirmation->setWordWrap(true);
    auto *viewOrders = new QPushButton(tr("View my &orders"));
    auto *keepShopping = new QPushButton(tr("Continue &shopping"));
    connect(viewOrders, &QPushButton::clicked, this, [this] {
        Q_EMIT viewOrdersRequested();
        accept();
    });
    connect(keepShopping, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(keepShopping);
    buttons->addWidget(viewOrders);
    layout->addStretch();
    layout->addWidget(m_confirmation);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QLineEdit *CheckoutDialog::addField(QFormLayout *form, const QString &name, const QString &label)
{
    const FormField f = addFormField(form, label);
    m_fields.insert(name, f.edit);
    m_errors.insert(name, f.error);
    return f.edit;
}

void CheckoutDialog::askQuote()
{
    m_quote.reset(); // until the answer: the cart's total, shipping still to come
    m_quoteError.clear();
    const QString country = field(QStringLiteral("shipping_address.country"))->text().trimmed();
    if (!m_cart.cart().lines.isEmpty() && !country.isEmpty()) {
        protocol::ShippingAddress address;
        address.country = country;
        m_checkout.quote(address);
    }
    updateSummary();
}

void CheckoutDialog::onQuoteFailed(const Error &error)
{
    m_quote.reset();
    // only a refusal keeps Pay disabled; a lost connection is said when paying
    m_quoteError = protocol::fieldErrors(error).value(0).second;
    updateSummary();
}

// Each shop's lines, with its shipping and arrival date once the quote is in.
QString CheckoutDialog::partsHtml() const
{
    QMap<QString, QStringList> lines; // by shop
    for (const auto &l : m_cart.cart().lines)
        lines[l.item.shopName] << QStringLiteral("%1 × %2 — %3")
                                      .arg(l.quantity)
                                      .arg(l.item.title.toHtmlEscaped(),
                                           client::formatMoney(l.lineTotalCents, l.item.currency));
    QStringList html;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QString part =
            QStringLiteral("<b>%1</b><br>%2").arg(it.key().toHtmlEscaped(), it->join(QStringLiteral("<br>")));
        if (m_quote) {
            for (const protocol::QuotePart &q : m_quote->parts) {
                if (q.shopName != it.key())
                    continue;
                const QString cost = q.shippingCents == 0
                                         ? tr("free")
                                         : client::formatMoney(q.shippingCents, m_quote->currency);
                part += QStringLiteral("<br><i>%1 · %2</i>")
                            .arg(tr("Shipping: %1").arg(cost), client::arrivalText(q.arrivesBy));
            }
        }
        html << part;
    }
    return html.join(QStringLiteral("<br><br>"));
}

QString CheckoutDialog::totalText() const
{
    return m_quote ? client::formatMoney(m_quote->totalCents, m_quote->currency) : m_cart.totalText();
}

void CheckoutDialog::updateSummary()
{
    QString shipping;
    if (m_quote)
        shipping = tr("Shipping: %1").arg(client::formatMoney(m_quote->shippingCents, m_quote->currency));
    else if (!m_quoteError.isEmpty())
        shipping =
            QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(m_quoteError.toHtmlEscaped());
    else
        shipping = tr("Shipping: calculated for the country below…");
    const QString total = m_quote ? tr("Total: %1").arg(totalText()) : tr("Items: %1").arg(totalText());
    m_summary->setText(QStringLiteral("<b>%1</b><br><br>%2<br><br>%3<br><b>%4</b>")
                           .arg(tr("Your order"), partsHtml(), shipping, total));
    m_pay->setText(tr("Pa&y %1").arg(totalText()));
    // a shop that does not ship to the country typed: nothing to pay until it changes
    m_pay->setEnabled(!m_cart.cart().lines.isEmpty() && !m_checkout.isBusy() && m_quoteError.isEmpty());
}

void CheckoutDialog::clearErrors()
{
    m_error->hide();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        clearFieldError({m_fields.value(it.key()), it.value()});
}

void CheckoutDialog::pay()
{
    clearErrors();
    client::CheckoutForm form;
    form.address.name = field(QStringLiteral("shipping_address.name"))->text().trimmed();
    form.address.line1 = field(QStringLiteral("shipping_address.line1"))->text().trimmed();
    form.address.line2 = field(QStringLiteral("shipping_address.line2"))->text().trimmed();
    form.address.city = field(QStringLiteral("shipping_address.city"))->text().trimmed();
    form.address.postalCode = field(QStringLiteral("shipping_address.postal_code"))->text().trimmed();
    form.address.country = field(QStringLiteral("shipping_address.country"))->text().trimmed();
    form.cardNumber = field(QStringLiteral("payment.card_number"))->text();
    form.expMonth = m_month->value();
    form.expYear = m_year->value();
    form.cvc = field(QStringLiteral("payment.cvc"))->text();
    m_checkout.place(form);
}

void CheckoutDialog::onFailed(const Error &error)
{
    for (const auto &[field, why] : protocol::fieldErrors(error)) {
        if (QLabel *label = m_errors.value(field))
            showFieldError({m_fields.value(field), label}, why);
    }
    QString message;
    if (error.code == u"payment_declined") {
        message = tr("Your card was declined. Nothing was charged. Please use another card.");
        field(QStringLiteral("payment.card_number"))->setFocus(); // where the other card goes
        field(QStringLiteral("payment.card_number"))->selectAll();
    } else if (error.code == u"out_of_stock") {
        QStringList sold;
        for (const protocol::StockShortfall &l : protocol::StockShortfall::fromDetails(error.details)) {
            QString title = tr("item %1").arg(l.itemId);
            for (const auto &line : m_cart.cart().lines)
                if (line.item.id == l.itemId)
                    title = line.item.title;
            sold << tr("%1 (only %2 left)").arg(title).arg(l.available);
        }
        message = tr("Not enough stock for: %1. Nothing was charged; please adjust your cart.")
                      .arg(sold.join(QStringLiteral(", ")));
        m_cart.reload();
    } else if (error.code == u"network_error") {
        message = tr("%1 Your order was not placed twice: press Pay again to retry.").arg(error.message);
    } else if (error.code == u"validation_failed") {
        message = tr("Please check the highlighted fields.");
    } else {
        message = error.message;
    }
    m_error->setText(message);
    m_error->show();
}

void CheckoutDialog::onPlaced(const protocol::Order &order)
{
    m_confirmation->setText(tr("<b>Thank you!</b><br>Order #%1 is paid: %2, charged to %3.")
                                .arg(order.id)
                                .arg(client::formatMoney(order.totalCents, order.currency),
                                     client::cardText(order.cardBrand, order.cardLast4).toHtmlEscaped()));
    m_pages->setCurrentIndex(1);
}

QString CheckoutDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString CheckoutDialog::summaryText() const
{
    return m_summary->text();
}

QString CheckoutDialog::confirmationText() const
{
    return m_confirmation->text();
}

} // namespace ui
} // namespace emporium
