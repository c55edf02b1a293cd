#pragma once
// The Emporium window: a startup page while the server starts, then the Shop page and the
// item page; the status bar shows the server and whether the client is connected to it.
#include <QList>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace emporium::protocol {
struct Order;
struct OrderPart;
} // namespace emporium::protocol

class QAction;
class QActionGroup;
class QToolBar;
class QToolButton;

class QLabel;
class QProgressBar;
class QMenu;
class QStackedWidget;

namespace emporium {
namespace client {
class ApiClient;
class RealtimeClient;
class CatalogModel;
class CategoryModel;
class ItemController;
class Session;
class CartModel;
class WishlistModel;
class OrdersModel;
class Checkout;
class InventoryModel;
class InventoryTransfer;
class SalesModel;
class SellerStats;
class AdminAnalytics;
class AdminUsersModel;
class HomeModel;
class LiveUpdates;
class QuestionsModel;
class ReviewsModel;
class ShopOrdersModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class ConnectionIndicator;
class ItemPage;
class ShopPage;
class SignInDialog;
class CartPage;
class WishlistPage;
class OrdersPage;
class CheckoutDialog;
class PurchaseBanner;
class SellerPage;
class AdminPage;
class HomePage;
class NoticeBanner;
class TrayNotifier;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool showDemoAccounts = false; // the embedded demo: one-click demo sign-in
        bool openReceipts = true;      // hand saved receipts to the desktop's mail program
    };
    MainWindow(client::ApiClient &api, client::RealtimeClient &realtime, client::Session &session,
               Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The server is ready at `url`: load the shop.
    void connectTo(const QUrl &url);
    // The embedded server could not start.
    void showStartupError(const QString &message);
    // The server's certificate was not trusted: the window says so instead of the shop, and stays
    // unconnected.
    void showCertificateError(const QString &message);

    ShopPage *shopPage() const { return m_shop; }
    HomePage *homePage() const { return m_homePage; }
    client::HomeModel *homeModel() const { return m_home; }
    ItemPage *itemPage() const { return m_item; }
    client::CatalogModel *catalogModel() const { return m_catalog; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    // Navigation entries by name: home, shop, cart, wishlist, orders, my_shop, analytics.
    QAction *navigation(const QString &name) const { return m_nav.value(name); }
    QToolButton *accountButton() const { return m_account; }
    // Opens the sign-in dialog (window-modal, never blocking the event loop).
    SignInDialog *openSignIn();
    CheckoutDialog *openCheckout();
    CartPage *cartPage() const { return m_cartPage; }
    WishlistPage *wishlistPage() const { return m_wishlistPage; }
    OrdersPage *ordersPage() const { return m_ordersPage; }
    client::CartModel *cartModel() const { return m_cart; }
    client::WishlistModel *wishlistModel() const { return m_wishlist; }
    client::OrdersModel *ordersModel() const { return m_orders; }
    PurchaseBanner *purchaseBanner() const { return m_banner; }
    // news about the user's own orders ("Your order #12 … has shipped")
    NoticeBanner *noticeBanner() const { return m_notice; }
    // built when first needed (their charts cost a cold start time nobody else needs)
    SellerPage *sellerPage();
    AdminPage *adminPage();
    client::InventoryModel *inventoryModel() const { return m_inventory; }
    client::SellerStats *sellerStats() const { return m_stats; }
    client::SalesModel *salesModel() const { return m_sales; }
    client::ShopOrdersModel *shopOrdersModel() const { return m_shopOrders; }
    client::AdminAnalytics *adminAnalytics() const { return m_analytics; }
    // where receipts are saved before they are opened
    static QString receiptsFolder();

private:
    void openItem(qint64 id);
    void showShop();
    void addNavigation(const QString &name, const QString &label, QWidget *page,
                       const QKeySequence &shortcut);
    void updateForSession();
    bool requireSignIn(const QString &why, std::function<void()> then);
    void addSearch();
    bool takeOwnPurchase(qint64 item, int quantity);
    void placeBanner();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void addToCart(qint64 id, int quantity);
    void addToWishlist(qint64 id);
    void openReceipt(qint64 orderId);
    void notifyLowStock(qint64 itemId, const QString &title, qint64 stock);
    void connectNotices();
    void notifyShipped(const protocol::Order &order, const protocol::OrderPart &part);
    void showPage(const QString &name);

    client::ApiClient &m_api;
    client::RealtimeClient &m_realtime;
    client::Session &m_session;
    Options m_options;
    client::CatalogModel *m_catalog;
    client::CategoryModel *m_categories;
    client::ItemController *m_itemController;
    client::CartModel *m_cart;
    client::WishlistModel *m_wishlist;
    client::OrdersModel *m_orders;
    client::Checkout *m_checkout;
    client::HomeModel *m_home;
    client::QuestionsModel *m_questions;
    client::ReviewsModel *m_reviews;
    client::InventoryModel *m_inventory;
    client::InventoryTransfer *m_transfer;
    client::SalesModel *m_sales;
    client::SellerStats *m_stats;
    client::AdminAnalytics *m_analytics;
    client::AdminUsersModel *m_users;
    client::ShopOrdersModel *m_shopOrders;
    client::LiveUpdates *m_live; // the realtime events, routed to the models above
    SellerPage *m_sellerPage = nullptr;
    AdminPage *m_adminPage = nullptr;
    QWidget *m_sellerHost; // where they go once built: the navigation's pages
    QWidget *m_adminHost;
    TrayNotifier *m_tray;
    QStackedWidget *m_stack;
    QWidget *m_startup;
    QLabel *m_startupLabel;
    QProgressBar *m_startupProgress;
    HomePage *m_homePage;
    ShopPage *m_shop;
    ItemPage *m_item;
    CartPage *m_cartPage;
    WishlistPage *m_wishlistPage;
    OrdersPage *m_ordersPage;
    PurchaseBanner *m_banner;
    NoticeBanner *m_notice;
    ConnectionIndicator *m_indicator;
    QLabel *m_serverLabel;
    QToolButton *m_account;
    QToolBar *m_toolbar;
    QActionGroup *m_navGroup;
    QMap<QString, QAction *> m_nav;
    QMap<QString, QWidget *> m_pages;
    QPointer<SignInDialog> m_signIn;
    QMenu *m_helpMenu = nullptr;
    std::function<void()> m_afterSignIn;
    struct OwnPurchase
    {
        qint64 item;
        int quantity;
        qint64 atMs;
    };
    QList<OwnPurchase> m_ownPurchases; // the lines of orders this window placed in the last 30 s // what a
                                       // signed-out user asked for, done once they sign in
    QWidget *m_itemReturn = nullptr;   // the page the item page goes back to
};

} // namespace ui
} // namespace emporium
