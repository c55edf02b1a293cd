#include "ui/RefundDialog.h"

#include "app/models/Money.h"
#include "app/models/OrderStatus.h"
#include "app/models/ShopOrdersModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

RefundDialog::RefundDialog(client::ShopOrdersModel &orders, const protocol::Order &order, QWidget *parent)
    : QDialog(parent), m_orders(orders), m_order(order),
      m_key(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_amount(new QLabel),
      m_restock(new QCheckBox(tr("&Put the items back in stock"))), m_reason(new QLineEdit),
      m_error(new QLabel), m_refund(new QPushButton(tr("&Refund")))
{
    setWindowTitle(tr("Refund order #%1").arg(order.id));
    auto *intro =
        new QLabel(tr("Choose how many of each item to refund to %1. The money goes back to the card "
                      "they paid with.")
                       .arg(order.buyerName.isEmpty() ? order.shipping.name : order.buyerName));
    intro->setWordWrap(true);
    m_restock->setToolTip(tr("Only when the items came back and can be sold again"));
    m_reason->setMaxLength(kReasonMax);
    m_reason->setPlaceholderText(tr("Optional; the buyer reads it in the mail"));
    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("Rea&son:"));
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    QFont bold = m_amount->font();
    bold.setBold(true);
    m_amount->setFont(bold);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // No QDialogButtonBox: it makes its first accepting button the default when shown, and Enter
    // would give money back.
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_refund);
    for (QPushButton *b : {cancel, m_refund})
        b->setAutoDefault(false); // Enter in a field sends nothing
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(linesGrid());
    layout->addWidget(m_amount);
    layout->addWidget(m_restock);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    updateAmount();
    for (QSpinBox *s : std::as_const(m_quantities))
        if (s->isEnabled()) {
            s->setFocus();
            break;
        }
}

// Item, bought, refunded before, unit price, and the quantity to refund now.
QWidget *RefundDialog::linesGrid()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 6, 0, 6);
    const QStringList heads{tr("Item"), tr("Bought"), tr("Refunded"), tr("Price"), tr("Refund now")};
    for (int c = 0; c < heads.size(); ++c) {
        auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(heads[c].toHtmlEscaped()));
        grid->addWidget(head, 0, c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    int row = 1;
    for (const protocol::OrderLine &l : std::as_const(m_order.lines)) {
        auto *title = new QLabel(l.title);
        title->setWordWrap(true);
        auto *quantity = new QSpinBox;
        quantity->setRange(0, client::refundableQuantity(l));
        quantity->setEnabled(client::refundableQuantity(l) > 0);
        quantity->setAccessibleName(tr("Quantity of %1 to refund").arg(l.title));
        quantity->setMinimumWidth(70);
        title->setBuddy(quantity);
        connect(quantity, &QSpinBox::valueChanged, this, &RefundDialog::updateAmount);
        m_quantities << quantity;
        grid->addWidget(title, row, 0);
        grid->addWidget(new QLabel(QLocale().toString(l.quantity)), row, 1, Qt::AlignRight);
        grid->addWidget(new QLabel(QLocale().toString(l.refundedQuantity)), row, 2, Qt::AlignRight);
        grid->addWidget(new QLabel(client::formatMoney(l.unitPriceCents, m_order.currency)), row, 3,
                        Qt::AlignRight);
        grid->addWidget(quantity, row, 4, Qt::AlignRight);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    return box;
}

// The lines' money, and the part's shipping when nothing of the shop's lines is left afterwards
// (the server gives it back then).
qint64 RefundDialog::amountCents() const
{
    qint64 cents = 0;
    bool allBack = true;
    for (int i = 0; i < m_order.lines.size(); ++i) {
        const protocol::OrderLine &l = m_order.lines.at(i);
        cents += l.unitPriceCents * m_quantities.at(i)->value();
        allBack = allBack && m_quantities.at(i)->value() == client::refundableQuantity(l);
    }
    if (cents > 0 && allBack && !m_order.parts.isEmpty())
        cents += m_order.parts.first().shippingCents;
    return cents;
}

void RefundDialog::updateAmount()
{
    const qint64 cents = amountCents();
    m_amount->setText(cents > 0 ? tr("Refund: %1").arg(client::formatMoney(cents, m_order.currency))
                                : tr("Choose how many to refund."));
    m_refund->setEnabled(cents > 0 && !m_waiting);
}

QString RefundDialog::amountText() const
{
    return m_amount->text();
}

void RefundDialog::submit()
{
    client::RefundRequest request;
    for (int i = 0; i < m_order.lines.size(); ++i)
        if (m_quantities.at(i)->value() > 0)
            request.lines.append({m_order.lines.at(i).itemId, m_quantities.at(i)->value()});
    if (m_waiting || request.lines.isEmpty())
        return;
    request.restock = m_restock->isChecked();
    request.reason = m_reason->text().trimmed();
    m_waiting = true;
    m_error->hide();
    m_refund->setEnabled(false);
    m_refund->setText(tr("Refunding…"));
    m_orders.refund(m_order.id, request, m_key, this, [this](Result<protocol::Order> r) {
        m_waiting = false;
        m_refund->setText(tr("&Refund"));
        updateAmount();
        if (r) {
            accept();
            return;
        }
        m_error->setText(r.error().message); // the same key again: a retry never refunds twice
        m_error->show();
    });
}

QString RefundDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace ui
} // namespace emporium
