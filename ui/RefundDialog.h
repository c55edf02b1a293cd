#pragma once
// "Refund order #N": per line of the shop a quantity up to what is left to give back, whether the
// items go back to stock, and why. The amount follows the quantities. One Idempotency-Key for the
// dialog's life, so sending again after a network error never refunds twice. No default button:
// Enter alone never gives money back (Alt+R, or Space on the button, does).
#include "server/protocol/OrderTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace emporium {
namespace client {
class ShopOrdersModel;
}
} // namespace emporium

namespace emporium {
namespace ui {

class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kReasonMax = 500;

    RefundDialog(client::ShopOrdersModel &orders, const protocol::Order &order, QWidget *parent = nullptr);

    // one per line of the order, in its order (0..what is left)
    QList<QSpinBox *> quantities() const { return m_quantities; }
    QCheckBox *restock() const { return m_restock; }
    QLineEdit *reason() const { return m_reason; }
    QPushButton *refundButton() const { return m_refund; }
    QString idempotencyKey() const { return m_key; }
    QString amountText() const;
    QString errorText() const;

private:
    QWidget *linesGrid();
    qint64 amountCents() const;
    void updateAmount();
    void submit();

    client::ShopOrdersModel &m_orders;
    protocol::Order m_order;
    const QString m_key;
    QList<QSpinBox *> m_quantities;
    QLabel *m_amount;
    QCheckBox *m_restock;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_refund;
    bool m_waiting = false;
};

} // namespace ui
} // namespace emporium
