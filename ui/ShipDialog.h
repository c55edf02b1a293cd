#pragma once
// "Ship order #N": the carrier and the tracking number, checked here first and then by the server,
// whose reasons appear next to the field they are about (anything else under the form). Enter
// ships, Esc closes; the dialog closes once the server took it, and the order's row shows the answer.
#include "ui/FormField.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace emporium {
namespace protocol {
struct Order;
}
namespace client {
class ShopOrdersModel;
}
} // namespace emporium

namespace emporium {
namespace ui {

class ShipDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kCarrierMax = 60;
    static constexpr int kTrackingMax = 100;

    // `carrier`: what to offer first (the carrier used last)
    ShipDialog(client::ShopOrdersModel &orders, const protocol::Order &order, const QString &carrier,
               QWidget *parent = nullptr);

    QLineEdit *carrier() const { return m_carrier.edit; }
    QLineEdit *trackingNumber() const { return m_tracking.edit; }
    QPushButton *shipButton() const { return m_ship; }
    // the reason shown next to a field ("" when none): carrier, tracking_number
    QString fieldError(const QString &field) const;
    QString errorText() const;

Q_SIGNALS:
    void shipped(const QString &carrier);

private:
    void submit();
    bool check();

    client::ShopOrdersModel &m_orders;
    qint64 m_orderId;
    FormField m_carrier;
    FormField m_tracking;
    QLabel *m_error;
    QPushButton *m_ship;
    bool m_waiting = false;
};

} // namespace ui
} // namespace emporium
