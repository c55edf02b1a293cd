#include "ui/ShipDialog.h"

#include "app/models/OrderStatus.h"
#include "app/models/ShopOrdersModel.h"
#include "server/protocol/ErrorFields.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

ShipDialog::ShipDialog(client::ShopOrdersModel &orders, const protocol::Order &order, const QString &carrier,
                       QWidget *parent)
    : QDialog(parent), m_orders(orders), m_orderId(order.id), m_error(new QLabel),
      m_ship(new QPushButton(tr("&Ship")))
{
    setWindowTitle(tr("Ship order #%1").arg(order.id));
    auto *to = new QLabel(tr("Ship to: %1").arg(client::addressText(order.shipping)));
    to->setWordWrap(true);
    auto *form = new QFormLayout;
    m_carrier = addFormField(form, tr("&Carrier:"));
    m_tracking = addFormField(form, tr("&Tracking number:"));
    m_carrier.edit->setObjectName(QStringLiteral("carrier"));
    m_carrier.edit->setMaxLength(kCarrierMax);
    m_carrier.edit->setText(carrier);
    m_carrier.edit->setPlaceholderText(tr("UPS, DHL, FedEx…"));
    auto *carriers = new QCompleter({QStringLiteral("UPS"), QStringLiteral("DHL"), QStringLiteral("FedEx"),
                                     QStringLiteral("USPS"), QStringLiteral("DPD"), QStringLiteral("GLS"),
                                     QStringLiteral("Hermes"), QStringLiteral("Royal Mail")},
                                    this);
    carriers->setCaseSensitivity(Qt::CaseInsensitive);
    carriers->setCompletionMode(QCompleter::InlineCompletion); // no popup to eat Tab and Enter
    m_carrier.edit->setCompleter(carriers);
    m_tracking.edit->setObjectName(QStringLiteral("tracking_number"));
    m_tracking.edit->setMaxLength(kTrackingMax);
    for (const FormField *f : {&m_carrier, &m_tracking}) // a corrected field says no more
        connect(f->edit, &QLineEdit::textEdited, this, [this, f] {
            if (!f->error->isVisible())
                return;
            clearFieldError(*f);
            layout()->activate();
            adjustSize(); // no gap where the reason was
        });
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_ship, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ship, &QPushButton::clicked, this, &ShipDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(to);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Enter ships; Esc (reject) closes. Set once the button is in the dialog: before, there is no
    // dialog to tell, and the first button (Cancel) would become the default when shown.
    m_ship->setDefault(true);
    setMinimumWidth(420);
    (carrier.isEmpty() ? m_carrier.edit : m_tracking.edit)->setFocus();
}

bool ShipDialog::check()
{
    bool ok = true;
    for (const FormField *f : {&m_carrier, &m_tracking}) {
        clearFieldError(*f);
        if (f->edit->text().trimmed().isEmpty()) {
            showFieldError(*f, f == &m_carrier ? tr("Name the carrier.") : tr("Enter the tracking number."));
            ok = false;
        }
    }
    return ok;
}

void ShipDialog::submit()
{
    if (m_waiting)
        return;
    m_error->hide();
    if (!check()) {
        (m_carrier.error->isVisible() ? m_carrier.edit : m_tracking.edit)->setFocus();
        return;
    }
    m_waiting = true;
    m_ship->setEnabled(false);
    m_ship->setText(tr("Shipping…"));
    const QString carrier = m_carrier.edit->text().trimmed();
    m_orders.ship(m_orderId, carrier, m_tracking.edit->text().trimmed(), this,
                  [this, carrier](Result<protocol::Order> r) {
                      m_waiting = false;
                      m_ship->setEnabled(true);
                      m_ship->setText(tr("&Ship"));
                      if (r) {
                          Q_EMIT shipped(carrier);
                          accept();
                          return;
                      }
                      bool shown = false;
                      for (const auto &[name, f] :
                           {std::pair{"carrier", &m_carrier}, std::pair{"tracking_number", &m_tracking}})
                          if (const QString why = protocol::fieldError(r.error(), QLatin1String(name));
                              !why.isEmpty()) {
                              showFieldError(*f, why);
                              shown = true;
                          }
                      if (!shown) {
                          m_error->setText(r.error().message);
                          m_error->show();
                      }
                  });
}

QString ShipDialog::fieldError(const QString &field) const
{
    const FormField &f = field == u"carrier" ? m_carrier : m_tracking;
    return f.error->isVisibleTo(this) ? f.error->text() : QString();
}

QString ShipDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace ui
} // namespace emporium
