#pragma once
// "My shop" → Orders: the shop's queue in a table (order, date, buyer, items, total, status,
// tracking) filtered by status (to ship by default), the selected order's address, and what the
// shop does with it: Ship… (carrier and tracking number), Mark delivered, Refund… (lines). All by
// keyboard: Alt+T the filter, Alt+P/V/R the actions, the context menu on a row, F5 reads the queue
// again; nothing is bound to Enter or Delete in the table. Errors from the server appear under the table or
// in the dialog.
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace emporium {
namespace client {
class ShopOrdersModel;
}
} // namespace emporium

namespace emporium {
namespace ui {

class RefundDialog;
class ShipDialog;

class ShopOrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShopOrdersPage(client::ShopOrdersModel &orders, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_filter; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *deliverButton() const { return m_deliver; }
    QPushButton *refundButton() const { return m_refund; }
    QString statusText() const;
    QString addressText() const;
    // Selects the order's row (false when the list does not show it).
    bool selectOrder(qint64 orderId);
    // The dialogs for the selected order (nullptr when it cannot be shipped or refunded).
    ShipDialog *openShip();
    RefundDialog *openRefund();
    void markDelivered();

private:
    void buildActions();
    qint64 currentOrder() const;
    void updateForCurrent();
    void setStatus(const QString &text, bool error = false);

    client::ShopOrdersModel &m_orders;
    QComboBox *m_filter;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_address;
    QLabel *m_status;
    QPushButton *m_ship;
    QPushButton *m_deliver;
    QPushButton *m_refund;
    qint64 m_keep = 0; // the order to select again after the list is read again
    QString m_lastCarrier;
};

} // namespace ui
} // namespace emporium
