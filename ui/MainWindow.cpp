#include "ui/MainWindow.h"

#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/models/CatalogModel.h"
#include "app/models/CategoryModel.h"
#include "app/models/ItemController.h"
#include "ui/ConnectionIndicator.h"
#include "ui/ItemPage.h"
#include "ui/ShopPage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

MainWindow::MainWindow(client::ApiClient &api, client::RealtimeClient &realtime, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_realtime(realtime), m_catalog(new client::CatalogModel(api, this)),
      m_categories(new client::CategoryModel(api, this)), m_itemController(new client::ItemController(api, this)),
      m_stack(new QStackedWidget), m_startup(new QWidget), m_startupLabel(new QLabel(tr("Starting the shop…"))),
      m_startupProgress(new QProgressBar), m_shop(new ShopPage(*m_catalog, *m_categories)),
      m_item(new ItemPage(*m_itemController)), m_indicator(new ConnectionIndicator), m_serverLabel(new QLabel)
{
    setWindowTitle(tr("Emporium"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/emporium.png")));
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
    m_stack->addWidget(m_shop);
    m_stack->addWidget(m_item);
    setCentralWidget(m_stack);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *shop = goMenu->addAction(tr("&Shop"), this, &MainWindow::showShop);
    shop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Emporium"), this, [this] {
        QMessageBox::about(this, tr("About Emporium"),
                           tr("<b>Emporium</b> %1<br>A self-hosted multi-vendor marketplace.")
                               .arg(QApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setMovable(false);
    toolbar->setObjectName(QStringLiteral("navigation"));
    toolbar->addAction(shop);

    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_indicator);
    connect(&m_realtime, &client::RealtimeClient::stateChanged, m_indicator, &ConnectionIndicator::setState);
    connect(&m_api, &client::ApiClient::requestFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_shop, &ShopPage::itemActivated, this, &MainWindow::openItem);
    connect(m_item, &ItemPage::backRequested, this, &MainWindow::showShop);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectTo(const QUrl &url)
{
    m_api.setBaseUrl(url);
    m_realtime.open(m_api.webSocketUrl());
    m_serverLabel->setText(url.toString());
    m_stack->setCurrentWidget(m_shop);
    m_shop->start();
}

void MainWindow::showStartupError(const QString &message)
{
    m_startupProgress->hide();
    m_startupLabel->setText(tr("The shop could not start:\n%1").arg(message));
    m_startupLabel->setStyleSheet(QStringLiteral("color:#c62828;"));
}

void MainWindow::openItem(qint64 id)
{
    if (m_openItem)
        m_realtime.unsubscribe(QStringLiteral("item:%1").arg(m_openItem));
    m_openItem = id;
    m_realtime.subscribe(QStringLiteral("item:%1").arg(id)); // counts this window as a viewer
    m_item->showItem(id);
    m_stack->setCurrentWidget(m_item);
}

void MainWindow::showShop()
{
    if (m_openItem)
        m_realtime.unsubscribe(QStringLiteral("item:%1").arg(m_openItem));
    m_openItem = 0;
    if (m_stack->currentWidget() == m_startup)
        return;
    m_stack->setCurrentWidget(m_shop);
    m_shop->grid()->setFocus();
}

} // namespace ui
} // namespace emporium
