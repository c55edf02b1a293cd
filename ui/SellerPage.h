#pragma once
// "My shop": the inventory, the sales dashboard, the order queue and the shipping settings in tabs, and a
// notice strip that lists low-stock and sold-out items as they happen (also sent to the system tray by the
// window). The shipping tab is built here from the API and the session (it reads its settings itself, when
// first shown).
#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QToolButton;

namespace emporium {
namespace client {
class ApiClient;
class Session;
} // namespace client

namespace ui {

class InventoryPage;
class SalesPage;
class ShippingSettingsPage;
class ShopOrdersPage;

class SellerPage : public QWidget
{
    Q_OBJECT
public:
    SellerPage(InventoryPage *inventory, SalesPage *sales, ShopOrdersPage *orders, client::ApiClient &api,
               client::Session &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    SalesPage *salesPage() const { return m_sales; }
    ShopOrdersPage *ordersPage() const { return m_orders; }
    ShippingSettingsPage *shippingPage() const { return m_shipping; }
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
    ShippingSettingsPage *m_shipping;
    QWidget *m_noticeBox;
    QListWidget *m_notices;
};

} // namespace ui
} // namespace emporium
