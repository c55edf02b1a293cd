// Widget smoke test (offscreen): the window against a real server shows the catalog grid
// with pictures, filters by category, opens an item page and comes back. With
// EMPORIUM_SCREENSHOT_DIR set, it saves what it saw as PNGs.
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/models/CatalogModel.h"
#include "tests/common/TestSupport.h"
#include "ui/ConnectionIndicator.h"
#include "ui/ItemPage.h"
#include "ui/MainWindow.h"
#include "ui/ShopPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EMPORIUM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

bool allThumbnailsVisible(QListView *grid, int rows)
{
    for (int i = 0; i < rows; ++i)
        if (grid->model()->index(i, 0).data(client::CatalogModel::ThumbnailRole).value<QImage>().isNull())
            return false;
    return true;
}

TEST(MainWindowTest, ShowsCatalogAndItemPage)
{
    TestServer server;
    ASSERT_TRUE(server.start());
    client::ApiClient api;
    client::RealtimeClient realtime;
    ui::MainWindow window(api, realtime);
    window.resize(1280, 820);
    window.show();
    window.connectTo(server.url());

    QListView *grid = window.shopPage()->grid();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() >= 24; }));
    ASSERT_TRUE(waitUntil([&] { return allThumbnailsVisible(grid, 8); }));
    ASSERT_TRUE(waitUntil([&] { return window.connectionIndicator()->text() == QStringLiteral("Connected"); }));
    auto *count = window.shopPage()->findChild<QLabel *>();
    ASSERT_NE(count, nullptr);
    QTest::qWait(100);
    saveShot(&window, QStringLiteral("shop.png"));

    // Scrolling to the end loads more rows (lazy model).
    const int before = grid->model()->rowCount();
    grid->scrollToBottom();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() > before; }));

    // Sort by price: the first card is the cheapest.
    auto *sort = window.shopPage()->findChild<QComboBox *>();
    ASSERT_NE(sort, nullptr);
    sort->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() >= 2; }));
    EXPECT_LE(grid->model()->index(0, 0).data(client::CatalogModel::PriceCentsRole).toLongLong(),
              grid->model()->index(1, 0).data(client::CatalogModel::PriceCentsRole).toLongLong());

    // Keyboard: select the first card and press Enter -> the item page.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    const QString title = grid->model()->index(0, 0).data(client::CatalogModel::TitleRole).toString();
    QTest::keyClick(grid, Qt::Key_Return);
    auto *stack = window.findChild<QStackedWidget *>();
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.itemPage(); }));
    ASSERT_TRUE(waitUntil([&] { return window.itemPage()->titleText() == title; }));
    QTest::qWait(300); // pictures
    saveShot(&window, QStringLiteral("item.png"));

    // Esc goes back to the grid.
    QTest::keyClick(window.itemPage(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.shopPage(); }));
}

TEST(MainWindowTest, StartupErrorIsShown)
{
    client::ApiClient api;
    client::RealtimeClient realtime;
    ui::MainWindow window(api, realtime);
    window.show();
    window.showStartupError(QStringLiteral("disk full"));
    bool found = false;
    for (QLabel *l : window.findChildren<QLabel *>())
        found = found || l->text().contains(QStringLiteral("disk full"));
    EXPECT_TRUE(found);
}

} // namespace
