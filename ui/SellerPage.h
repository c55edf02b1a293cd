#pragma once
// "My shop": the inventory, the sales dashboard and the order queue in tabs, and a notice strip that lists
// low-stock and sold-out items as they happen (also sent to the system tray by the window).
#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QToolButton;

namespace emporium {
namespace ui {

class InventoryPage;
class SalesPage;
class ShopOrdersPage;

class SellerPage : public QWidget
{
    Q_OBJECT
public:
    SellerPage(InventoryPage *inventory, SalesPage *sales, ShopOrdersPage *orders, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    SalesPage *salesPage() const { return m_sales; }
    ShopOrdersPage *ordersPage() const { return m_orders; }
    // adds a notice on top (the newest first; at most 20 kept)
    void addNotice(qint64 itemId, const QString &text);
    QStringList notices() const;
    void clearNotices();

Q_SIGNALS:
    void noticeActivated(qint64 itemId);

private:
    QTabWidget *m_tabs;
    InventoryPage *m_inventory;
    SalesPage *m_sales;
    ShopOrdersPage *m_orders;
    QWidget *m_noticeBox;
    QListWidget *m_notices;
};

} // namespace ui
} // namespace emporium
