#pragma once
// The buyer's orders, newest first, with the selected order's lines, totals, status,
// shipping address and card.
#include <QWidget>

class QListView;
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
    QPushButton *receiptButton() const { return m_receipt; }

Q_SIGNALS:
    void receiptRequested(qint64 orderId);

private:
    void showOrder(int row);

    client::OrdersModel &m_orders;
    QListView *m_list;
    QTextBrowser *m_details;
    QPushButton *m_receipt;
};

} // namespace ui
} // namespace emporium
