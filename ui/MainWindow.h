#pragma once
// The Emporium window: a startup page while the server starts, then the Shop page and the
// item page; the status bar shows the server and whether the client is connected to it.
#include <QMainWindow>
#include <QUrl>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace emporium {
namespace client {
class ApiClient;
class RealtimeClient;
class CatalogModel;
class CategoryModel;
class ItemController;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class ConnectionIndicator;
class ItemPage;
class ShopPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(client::ApiClient &api, client::RealtimeClient &realtime, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The server is ready at `url`: load the shop.
    void connectTo(const QUrl &url);
    // The embedded server could not start.
    void showStartupError(const QString &message);

    ShopPage *shopPage() const { return m_shop; }
    ItemPage *itemPage() const { return m_item; }
    client::CatalogModel *catalogModel() const { return m_catalog; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }

private:
    void openItem(qint64 id);
    void showShop();

    client::ApiClient &m_api;
    client::RealtimeClient &m_realtime;
    client::CatalogModel *m_catalog;
    client::CategoryModel *m_categories;
    client::ItemController *m_itemController;
    QStackedWidget *m_stack;
    QWidget *m_startup;
    QLabel *m_startupLabel;
    QProgressBar *m_startupProgress;
    ShopPage *m_shop;
    ItemPage *m_item;
    ConnectionIndicator *m_indicator;
    QLabel *m_serverLabel;
    qint64 m_openItem = 0;
};

} // namespace ui
} // namespace emporium
