#pragma once
// The buyer's orders, newest first, with the selected order's status, each shop's part (its status,
// carrier and tracking number), lines, shipping, refunds, totals, shipping address and card.
// *Cancel order…* asks first and is there while the order may still be cancelled (paid, nothing
// shipped); a live `order` event (a shop shipping it in another window) moves it without a reload.
#include <QWidget>

class QLabel;
class QListView;
class QMessageBox;
class QPushButton;
class QTextBrowser;

namespace emporium {
namespace client {
class OrdersModel;
}
} // namespace emporium

namespace emporium {
namespace ui {

class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(client::OrdersModel &orders, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }
    QString detailsText() const;
    void select(int row);
    bool selectOrder(qint64 orderId);
    QPushButton *receiptButton() const { return m_receipt; }
    QPushButton *cancelButton() const { return m_cancel; }
    // the confirmation of a cancellation, while it is open
    QMessageBox *cancelConfirmation() const { return m_confirm; }
    // what the last cancellation said ("" before one)
    QString messageText() const;

Q_SIGNALS:
    void receiptRequested(qint64 orderId);

private:
    void showOrder(int row);
    void confirmCancel();
    void setMessage(const QString &text, bool error);

    client::OrdersModel &m_orders;
    QListView *m_list;
    QTextBrowser *m_details;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_receipt;
    QMessageBox *m_confirm = nullptr;
};

} // namespace ui
} // namespace emporium
