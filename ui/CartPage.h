#pragma once
// The cart: quantities editable in place (0 or Delete removes), line totals, the total, and
// Checkout. Refused changes (out of stock) are said on the page.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace emporium {
struct Error;
namespace client {
class CartModel;
}
} // namespace emporium

namespace emporium {
namespace ui {

class EmptyState;

class CartPage : public QWidget
{
    Q_OBJECT
public:
    explicit CartPage(client::CartModel &cart, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QPushButton *checkoutButton() const { return m_checkout; }
    QString totalText() const;
    QString errorText() const;

    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    void checkoutRequested();
    void continueShoppingRequested();

private:
    void refresh();
    void removeSelected();

    client::CartModel &m_cart;
    QTableView *m_table;
    EmptyState *m_empty;
    QLabel *m_total;
    QLabel *m_error;
    QPushButton *m_remove;
    QPushButton *m_checkout;
};

} // namespace ui
} // namespace emporium
