#include "ui/MainWindow.h"

#include "app/api/ApiClient.h"
#include "app/api/LiveUpdates.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/CategoryModel.h"
#include "app/models/Checkout.h"
#include "app/models/HomeModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/InventoryTransfer.h"
#include "app/models/ItemController.h"
#include "app/models/ItemListModel.h"
#include "app/models/OrderStatus.h"
#include "app/models/OrdersModel.h"
#include "app/models/QuestionsModel.h"
#include "app/models/ReviewsModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "app/models/ShopOrdersModel.h"
#include "app/models/WishlistModel.h"
#include "ui/AdminPage.h"
#include "ui/CartPage.h"
#include "ui/CheckoutDialog.h"
#include "ui/ConnectionIndicator.h"
#include "ui/HomePage.h"
#include "ui/InventoryPage.h"
#include "ui/ItemPage.h"
#include "ui/NoticeBanner.h"
#include "ui/OrdersPage.h"
#include "ui/PurchaseBanner.h"
#include "ui/SalesPage.h"
#include "ui/SellerPage.h"
#include "ui/ShopOrdersPage.h"
#include "ui/ShopPage.h"
#include "ui/SignInDialog.h"
#include "ui/TrayNotifier.h"
#include "ui/WishlistPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

MainWindow::MainWindow(client::ApiClient &api, client::RealtimeClient &realtime, client::Session &session,
                       Options options, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_realtime(realtime), m_session(session), m_options(options),
      m_catalog(new client::CatalogModel(api, this)), m_categories(new client::CategoryModel(api, this)),
      m_itemController(new client::ItemController(api, this)), m_cart(new client::CartModel(api, this)),
      m_wishlist(new client::WishlistModel(api, this)), m_orders(new client::OrdersModel(api, this)),
      m_checkout(new client::Checkout(api, this)), m_home(new client::HomeModel(api, this)),
      m_questions(new client::QuestionsModel(api, this)), m_reviews(new client::ReviewsModel(api, this)),
      m_inventory(new client::InventoryModel(api, this)),
      m_transfer(new client::InventoryTransfer(api, this)), m_sales(new client::SalesModel(api, this)),
      m_stats(new client::SellerStats(api, this)), m_analytics(new client::AdminAnalytics(api, this)),
      m_users(new client::AdminUsersModel(api, this)), m_shopOrders(new client::ShopOrdersModel(api, this)),
      m_live(new client::LiveUpdates({m_catalog, m_home, m_itemController->related(), m_cart, m_wishlist,
                                      m_orders, m_inventory, m_sales, m_stats, m_analytics, m_users,
                                      m_shopOrders},
                                     this)),
      m_sellerHost(new QWidget), m_adminHost(new QWidget), m_stack(new QStackedWidget),
      m_startup(new QWidget), m_startupLabel(new QLabel(tr("Starting the shop…"))),
      m_startupProgress(new QProgressBar), m_homePage(new HomePage(*m_home)),
      m_shop(new ShopPage(*m_catalog, *m_categories)),
      m_item(new ItemPage(*m_itemController, *m_questions, *m_reviews)), m_cartPage(new CartPage(*m_cart)),
      m_wishlistPage(new WishlistPage(*m_wishlist, *m_cart)), m_ordersPage(new OrdersPage(*m_orders)),
      m_banner(new PurchaseBanner), m_notice(new NoticeBanner), m_indicator(new ConnectionIndicator),
      m_serverLabel(new QLabel), m_account(new QToolButton)
{
    setWindowTitle(tr("Emporium"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/emporium.png")));
    m_tray = new TrayNotifier(windowIcon(), tr("Emporium"), this);
    resize(1280, 820);

    auto *startupLayout = new QVBoxLayout(m_startup);
    startupLayout->addStretch();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_startupLabel->setFont(big);
    m_startupLabel->setAlignment(Qt::AlignCenter);
    m_startupLabel->setWordWrap(true);
    m_startupProgress->setRange(0, 0); // busy
    m_startupProgress->setMaximumWidth(360);
    startupLayout->addWidget(m_startupLabel);
    startupLayout->addWidget(m_startupProgress, 0, Qt::AlignHCenter);
    startupLayout->addStretch();

    m_stack->addWidget(m_startup);
    m_stack->addWidget(m_homePage);
    m_stack->addWidget(m_shop);
    m_stack->addWidget(m_item);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The purchase banner floats over the top of the page: news must not move what the user is about to
    // click.
    m_banner->setParent(central);
    central->installEventFilter(this);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = helpMenu;
    helpMenu->addAction(tr("&About Emporium"), this, [this] {
        QMessageBox::about(this, tr("About Emporium"),
                           tr("<b>Emporium</b> %1<br>A self-hosted multi-vendor marketplace.")
                               .arg(QApplication::applicationVersion()));
    });

    m_navGroup = new QActionGroup(this);
    m_navGroup->setExclusive(true);
    m_toolbar = addToolBar(tr("Navigation"));
    m_toolbar->setMovable(false);
    m_toolbar->setObjectName(QStringLiteral("navigation"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // What each role may use; the pages not built yet say so.
    addNavigation(QStringLiteral("home"), tr("&Home"), m_homePage, QKeySequence(Qt::CTRL | Qt::Key_0));
    addNavigation(QStringLiteral("shop"), tr("&Shop"), m_shop, QKeySequence(Qt::CTRL | Qt::Key_1));
    addNavigation(QStringLiteral("cart"), tr("&Cart"), m_cartPage, QKeySequence(Qt::CTRL | Qt::Key_2));
    addNavigation(QStringLiteral("wishlist"), tr("&Wishlist"), m_wishlistPage,
                  QKeySequence(Qt::CTRL | Qt::Key_3));
    addNavigation(QStringLiteral("orders"), tr("&Orders"), m_ordersPage, QKeySequence(Qt::CTRL | Qt::Key_4));
    for (QWidget *host : {m_sellerHost, m_adminHost}) {
        auto *layout = new QVBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    addNavigation(QStringLiteral("my_shop"), tr("&My shop"), m_sellerHost,
                  QKeySequence(Qt::CTRL | Qt::Key_5));
    addNavigation(QStringLiteral("analytics"), tr("&Analytics"), m_adminHost,
                  QKeySequence(Qt::CTRL | Qt::Key_6));
    addSearch();
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_account->setPopupMode(QToolButton::InstantPopup);
    m_account->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_account->setAccessibleName(tr("Account"));
    m_toolbar->addWidget(m_account);

    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_indicator);
    connect(&m_realtime, &client::RealtimeClient::stateChanged, m_indicator, &ConnectionIndicator::setState);
    connect(&m_api, &client::ApiClient::certificateRejected, this, &MainWindow::showCertificateError);
    connect(&m_api, &client::ApiClient::requestFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_shop, &ShopPage::itemActivated, this, &MainWindow::openItem);
    connect(m_homePage, &HomePage::itemActivated, this, &MainWindow::openItem);
    connect(m_item, &ItemPage::itemActivated, this, &MainWindow::openItem);
    connect(m_homePage, &HomePage::categoryRequested, this, [this](qint64 category) {
        m_shop->showCategory(category);
        m_nav[QStringLiteral("shop")]->trigger();
    });
    connect(m_item, &ItemPage::backRequested, this, [this] {
        const QString from = m_itemReturn && m_itemReturn != m_shop ? m_pages.key(m_itemReturn) : QString();
        if (QAction *back = m_nav.value(from)) {
            back->trigger();
            return;
        }
        showShop();
    });
    connect(&m_session, &client::Session::changed, this, &MainWindow::updateForSession);
    m_live->followSession(m_session, m_realtime);
    connect(m_live, &client::LiveUpdates::purchased, this,
            [this](const QString &title, int quantity, qint64 item) {
                m_banner->addPurchase(title, quantity, takeOwnPurchase(item, quantity));
                placeBanner();
            });
    // the lines of an order this window is placing: the feed's news of them is the user's own purchase
    connect(m_checkout, &client::Checkout::busyChanged, this, [this](bool busy) {
        if (!busy)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const protocol::CartLine &line : m_cart->cart().lines)
            m_ownPurchases.append({line.item.id, line.quantity, now});
    });
    connect(m_live, &client::LiveUpdates::itemStockChanged, m_item, &ItemPage::applyStock);
    connect(m_live, &client::LiveUpdates::itemViewersChanged, m_item, &ItemPage::applyViewers);
    // the models load again by themselves (LiveUpdates); the item page's pictures and labels are its own
    connect(&m_realtime, &client::RealtimeClient::reconnected, this, [this] {
        if (m_live->openItemId())
            m_item->showItem(m_live->openItemId());
    });
    connect(m_shop, &ShopPage::addToCartRequested, this, [this](qint64 id) { addToCart(id, 1); });
    connect(m_shop, &ShopPage::addToWishlistRequested, this, &MainWindow::addToWishlist);
    connect(m_item, &ItemPage::addToCartRequested, this, &MainWindow::addToCart);
    connect(m_item, &ItemPage::addToWishlistRequested, this, &MainWindow::addToWishlist);
    connect(m_cartPage, &CartPage::checkoutRequested, this, &MainWindow::openCheckout);
    connect(m_cartPage, &CartPage::continueShoppingRequested, m_nav[QStringLiteral("shop")],
            &QAction::trigger);
    connect(m_wishlistPage, &WishlistPage::continueShoppingRequested, m_nav[QStringLiteral("shop")],
            &QAction::trigger);
    connect(m_ordersPage, &OrdersPage::receiptRequested, this, &MainWindow::openReceipt);
    connect(m_cart, &client::CartModel::changed, this, [this] {
        const int n = m_cart->itemCount();
        m_nav[QStringLiteral("cart")]->setText(n ? tr("&Cart (%1)").arg(n) : tr("&Cart"));
    });
    connect(m_cart, &client::CartModel::failed, this,
            [this](const Error &e) { statusBar()->showMessage(e.message, 8000); });
    connect(m_wishlist, &client::WishlistModel::failed, this,
            [this](const Error &e) { statusBar()->showMessage(e.message, 8000); });
    connect(m_checkout, &client::Checkout::placed, this, [this](const protocol::Order &order) {
        m_orders->apply(order);
        m_cart->reload();
        statusBar()->showMessage(tr("Order #%1 is paid. Thank you!").arg(order.id), 10000);
    });
    // the entry of the page on screen stays checked (the item page belongs to the page it came from)
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        QWidget *current = m_stack->currentWidget() == m_item ? (m_itemReturn ? m_itemReturn : m_shop)
                                                              : m_stack->currentWidget();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            if (it.value() == current)
                m_nav[it.key()]->setChecked(true);
    });
    connect(&m_session, &client::Session::expired, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_sales->setTitleLookup([this](qint64 id) {
        const int row = m_inventory->rowOf(id);
        return row < 0 ? QString() : m_inventory->itemAt(row).summary.title;
    });
    connect(m_inventory, &client::InventoryModel::lowStock, this, &MainWindow::notifyLowStock);
    connectNotices();
    updateForSession();
}

SellerPage *MainWindow::sellerPage()
{
    if (m_sellerPage)
        return m_sellerPage;
    m_sellerPage = new SellerPage(new InventoryPage(*m_inventory, *m_transfer),
                                  new SalesPage(*m_sales, *m_stats, *m_inventory),
                                  new ShopOrdersPage(*m_shopOrders), m_api, m_session);
    m_sellerHost->layout()->addWidget(m_sellerPage);
    connect(m_sellerPage, &SellerPage::noticeActivated, this, [this](qint64 id) {
        m_sellerPage->tabs()->setCurrentWidget(m_sellerPage->inventoryPage());
        QTableView *table = m_sellerPage->inventoryPage()->table();
        const int row = m_inventory->rowOf(id);
        if (row < 0)
            return;
        const QModelIndex at = m_sellerPage->inventoryPage()->proxy()->mapFromSource(
            m_inventory->index(row, client::InventoryModel::StockColumn));
        table->setCurrentIndex(at);
        table->scrollTo(at);
        table->setFocus();
    });
    return m_sellerPage;
}

AdminPage *MainWindow::adminPage()
{
    if (!m_adminPage) {
        m_adminPage = new AdminPage(*m_analytics, *m_users);
        m_adminHost->layout()->addWidget(m_adminPage);
    }
    return m_adminPage;
}

void MainWindow::addNavigation(const QString &name, const QString &label, QWidget *page,
                               const QKeySequence &shortcut)
{
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    QAction *action = m_toolbar->addAction(label, this, [this, page, name] {
        if (m_stack->currentWidget() == m_startup)
            return;
        if (name == u"shop") {
            showShop();
            return;
        }
        if (name == u"home")
            m_home->reload(); // what is recommended moves with what the user does
        if (name == u"my_shop")
            sellerPage();
        if (name == u"analytics")
            adminPage();
        m_live->closeItem();
        m_stack->setCurrentWidget(page);
    });
    action->setShortcut(shortcut);
    action->setObjectName(name);
    action->setCheckable(true);
    m_navGroup->addAction(action);
    m_nav.insert(name, action);
    m_pages.insert(name, page);
}

// Signed in: true. Else the sign-in dialog opens, and `then` (what the user asked for) runs once they have
// signed in there; closing the dialog drops it.
// The shop's search, in the top bar on every page (Ctrl+F): typing or Enter shows its results on the Shop
// page. The Go menu lists the pages and the search with their shortcuts.
void MainWindow::addSearch()
{
    QLineEdit *search = m_shop->searchBox();
    search->setMinimumWidth(220);
    search->setMaximumWidth(420);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(search);
    const auto showResults = [this] {
        if (m_stack->currentWidget() == m_shop || m_stack->currentWidget() == m_startup)
            return;
        m_live->closeItem();
        m_stack->setCurrentWidget(m_shop); // (its navigation entry is checked with the page)
    };
    connect(search, &QLineEdit::textEdited, this, showResults);
    connect(search, &QLineEdit::returnPressed, this, showResults);
    auto *find = new QAction(tr("&Search the shop"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    addAction(find);
    QMenu *go = menuBar()->addMenu(tr("Go")); // (no mnemonic: every letter of it is a page's or a tab's)
    for (const char *name : {"home", "shop", "cart", "wishlist", "orders", "my_shop", "analytics"})
        go->addAction(m_nav.value(QString::fromLatin1(name)));
    go->addSeparator();
    go->addAction(find);
    // (Help stays last)
    menuBar()->removeAction(m_helpMenu->menuAction());
    menuBar()->addAction(m_helpMenu->menuAction());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == centralWidget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        placeBanner();
    return QMainWindow::eventFilter(watched, event);
}

// A toast in the bottom right corner, over the page: it never moves what is under the pointer, and covers
// the least of it.
void MainWindow::placeBanner()
{
    const QRect area = centralWidget()->rect();
    const int width = qMin(area.width() - 24, qMax(360, m_banner->sizeHint().width()));
    const int height = m_banner->sizeHint().height();
    m_banner->setGeometry(area.right() - 12 - width, area.bottom() - 12 - height, width, height);
    m_banner->raise();
}

// Is this purchase on the feed one of the lines this window just paid for? (Taken once, for 30 s.)
bool MainWindow::takeOwnPurchase(qint64 item, int quantity)
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 30000;
    m_ownPurchases.removeIf([since](const OwnPurchase &p) { return p.atMs < since; });
    for (qsizetype i = 0; i < m_ownPurchases.size(); ++i)
        if (m_ownPurchases[i].item == item && m_ownPurchases[i].quantity == quantity) {
            m_ownPurchases.removeAt(i);
            return true;
        }
    return false;
}

bool MainWindow::requireSignIn(const QString &why, std::function<void()> then)
{
    if (m_session.isSignedIn())
        return true;
    statusBar()->showMessage(why, 8000);
    m_afterSignIn = std::move(then);
    openSignIn();
    return false;
}

void MainWindow::addToCart(qint64 id, int quantity)
{
    if (!requireSignIn(tr("Sign in to use your cart."), [this, id, quantity] { addToCart(id, quantity); }))
        return;
    m_cart->add(id, quantity);
    statusBar()->showMessage(tr("Added to your cart."), 4000);
}

void MainWindow::addToWishlist(qint64 id)
{
    if (!requireSignIn(tr("Sign in to keep a wishlist."), [this, id] { addToWishlist(id); }))
        return;
    m_wishlist->add(id);
    statusBar()->showMessage(tr("Added to your wishlist."), 4000);
}

CheckoutDialog *MainWindow::openCheckout()
{
    auto *dialog = new CheckoutDialog(*m_checkout, *m_cart, m_session.user().displayName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckoutDialog::viewOrdersRequested, this,
            [this] { m_nav[QStringLiteral("orders")]->trigger(); });
    dialog->open();
    return dialog;
}

// What the window says beyond its pages: a shipped order in the banner, the status bar and the
// tray; a click on a notice opens the page it is about.
void MainWindow::connectNotices()
{
    connect(m_orders, &client::OrdersModel::partShipped, this, &MainWindow::notifyShipped);
    connect(m_notice, &NoticeBanner::orderRequested, this, [this](qint64 id) {
        showPage(QStringLiteral("orders"));
        m_ordersPage->selectOrder(id);
    });
    connect(m_tray, &TrayNotifier::messageClicked, this, [this](const QString &page) {
        showPage(page);
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::notifyLowStock(qint64 itemId, const QString &title, qint64 stock)
{
    const QString text = stock == 0 ? tr("“%1” is sold out.").arg(title)
                                    : tr("Only %n left of “%1”.", nullptr, int(stock)).arg(title);
    sellerPage()->addNotice(itemId, text);
    statusBar()->showMessage(text, 10000);
    m_tray->notify(stock == 0 ? tr("Sold out") : tr("Low stock"), text, QSystemTrayIcon::Warning,
                   QStringLiteral("my_shop"));
}

void MainWindow::notifyShipped(const protocol::Order &order, const protocol::OrderPart &part)
{
    const QString text = tr("Your order #%1 from %2 has shipped (%3)")
                             .arg(order.id)
                             .arg(part.shopName, client::trackingText(part));
    m_notice->addNotice(order.id, text);
    statusBar()->showMessage(text, 10000);
    m_tray->notify(tr("Order shipped"), text, QSystemTrayIcon::Information, QStringLiteral("orders"));
}

// A navigation entry the user may see now (a hidden one is left alone).
void MainWindow::showPage(const QString &name)
{
    if (QAction *entry = m_nav.value(name); entry && entry->isVisible())
        entry->trigger();
}

QString MainWindow::receiptsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("receipts"));
}

void MainWindow::openReceipt(qint64 orderId)
{
    m_api.receipt(orderId, this, [this, orderId](Result<QByteArray> r) {
        if (!r) {
            statusBar()->showMessage(tr("Could not get the receipt: %1").arg(r.error().message), 8000);
            return;
        }
        QDir().mkpath(receiptsFolder());
        const QString path = QDir(receiptsFolder()).filePath(QStringLiteral("receipt-%1.eml").arg(orderId));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.value()) != r->size() || !file.commit()) {
            statusBar()->showMessage(tr("Could not save the receipt to %1").arg(path), 8000);
            return;
        }
        statusBar()->showMessage(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
        if (m_options.openReceipts)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void MainWindow::updateForSession()
{
    // the topics and the account's models follow the session in LiveUpdates; here only what the window shows
    const bool in = m_session.isSignedIn();
    const protocol::Role role = m_session.user().role;
    if (!in || role != protocol::Role::Seller) {
        if (m_sellerPage)
            m_sellerPage->clearNotices();
    }
    m_tray->hide(); // its last message was for the account before
    if (!in)
        m_notice->dismiss();
    m_item->setSignedIn(in);
    m_nav[QStringLiteral("cart")]->setVisible(in);
    m_nav[QStringLiteral("wishlist")]->setVisible(in);
    m_nav[QStringLiteral("orders")]->setVisible(in);
    m_nav[QStringLiteral("my_shop")]->setVisible(in && role == protocol::Role::Seller);
    m_nav[QStringLiteral("analytics")]->setVisible(in && role == protocol::Role::Admin);
    // a page the new role may not see is left for the shop
    for (auto it = m_nav.cbegin(); it != m_nav.cend(); ++it)
        if (!it.value()->isVisible() && m_stack->currentWidget() == m_pages.value(it.key()))
            showShop();

    // the menu may be the sender (its "Sign out" is running): let it go when control is back in the loop
    if (QMenu *old = m_account->menu()) {
        m_account->setMenu(nullptr);
        old->deleteLater();
    }
    if (!in) {
        m_account->setText(tr("Sign in…"));
        m_account->setPopupMode(QToolButton::DelayedPopup);
        disconnect(m_account, &QToolButton::clicked, nullptr, nullptr);
        connect(m_account, &QToolButton::clicked, this, &MainWindow::openSignIn);
        return;
    }
    disconnect(m_account, &QToolButton::clicked, nullptr, nullptr);
    const protocol::User &u = m_session.user();
    m_account->setText(u.displayName);
    m_account->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_account);
    QString roleText = role == protocol::Role::Seller  ? tr("Seller · %1").arg(u.shopName)
                       : role == protocol::Role::Admin ? tr("Administrator")
                                                       : tr("Buyer");
    menu->addSection(u.email);
    menu->addAction(roleText)->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Sign &out"), this, [this] {
        m_session.signOut();
        statusBar()->showMessage(tr("Signed out."), 5000);
    });
    m_account->setMenu(menu);
}

SignInDialog *MainWindow::openSignIn()
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_session, m_options.showDemoAccounts, this);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &QDialog::finished, this, [this](int result) {
            auto then = std::exchange(m_afterSignIn, {});
            if (result == QDialog::Accepted && then && m_session.isSignedIn())
                then();
        });
    }
    m_signIn->open();
    m_signIn->raise();
    return m_signIn;
}

MainWindow::~MainWindow() = default;

void MainWindow::connectTo(const QUrl &url)
{
    m_api.setBaseUrl(url);
    m_realtime.open(m_api.webSocketUrl());
    m_serverLabel->setText(url.toString());
    m_stack->setCurrentWidget(m_homePage);
    m_shop->start();
    m_home->reload();
    m_session.restore();
}

void MainWindow::showStartupError(const QString &message)
{
    m_startupProgress->hide();
    m_startupLabel->setText(tr("The shop could not start:\n%1").arg(message));
    m_startupLabel->setStyleSheet(QStringLiteral("color:#c62828;"));
}

void MainWindow::showCertificateError(const QString &message)
{
    m_realtime.close();
    m_stack->setCurrentWidget(m_startup);
    showStartupError(QString()); // the page's look for errors
    m_startupLabel->setText(tr("Cannot connect securely to %1.\n\n%2\n\nIf this shop uses a certificate "
                               "authority of its own, start Emporium with --ca-cert FILE (that authority's "
                               "certificate, PEM).")
                                .arg(m_api.baseUrl().host(), message));
}

void MainWindow::openItem(qint64 id)
{
    if (m_stack->currentWidget() != m_item)
        m_itemReturn = m_stack->currentWidget();
    m_live->openItem(id); // counts this window as a viewer
    m_item->showItem(id);
    m_stack->setCurrentWidget(m_item);
}

void MainWindow::showShop()
{
    m_live->closeItem();
    if (m_stack->currentWidget() == m_startup)
        return;
    m_stack->setCurrentWidget(m_shop);
    m_shop->grid()->setFocus();
}

} // namespace ui
} // namespace emporium
