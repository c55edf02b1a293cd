// The desktop client against a running server: cold start to the first painted catalog page
// (against a bare Qt window measured the same way, in its own process), then scrolling the
// shop's grid through N items while a 5 ms timer on the GUI thread records the longest gap
// (a stall), and the resident memory afterwards.
// Usage: client_bench bare                      -> {"bare_ms": ...}
//        client_bench app URL [items=100000]    -> {"first_page_ms", "window_build_ms", "rows", "scroll_s",
//        "max_stall_ms", "stalls_over_50ms", "rss_mb"}
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"
#include "app/models/CatalogModel.h"
#include "ui/MainWindow.h"
#include "ui/ShopPage.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace emporium;

namespace {

QElapsedTimer g_sinceStart;

// Calls `then` once, at the first paint of `watched` that `ready` accepts.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *watched, std::function<bool()> ready, std::function<void()> then)
        : m_ready(std::move(ready)), m_then(std::move(then))
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done && m_ready()) {
            m_done = true;
            // after this paint has been handled
            QTimer::singleShot(0, this, [this] { m_then(); });
        }
        return QObject::eventFilter(o, e);
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    bool m_done = false;
};

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray("bare");
    if (mode == "bare") {
        QWidget window;
        window.resize(1280, 820);
        FirstPaint done(
            &window, [] { return true; },
            [] {
                std::printf("{\"bare_ms\":%.1f}\n", double(g_sinceStart.nsecsElapsed()) / 1e6);
                QCoreApplication::exit(0);
            });
        window.show();
        return app.exec();
    }
    const QUrl url(QString::fromLocal8Bit(argc > 2 ? argv[2] : "http://127.0.0.1:8080"));
    const int target = argc > 3 ? QByteArray(argv[3]).toInt() : 100000;
    QTemporaryDir tokens;
    client::ApiClient api;
    client::RealtimeClient realtime;
    client::TokenStore store(tokens.path());
    client::Session session(api, store);
    const double beforeWindow = double(g_sinceStart.nsecsElapsed()) / 1e6;
    ui::MainWindow window(api, realtime, session, {});
    window.resize(1280, 820);
    const double windowBuilt = double(g_sinceStart.nsecsElapsed()) / 1e6 - beforeWindow;
    QListView *grid = window.shopPage()->grid();
    double firstPage = 0;
    int stallsOver50 = 0;
    qint64 maxStallNs = 0;
    QElapsedTimer tick, scroll;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = tick.nsecsElapsed();
        tick.restart();
        maxStallNs = std::max(maxStallNs, gap);
        if (gap > 50'000'000)
            ++stallsOver50;
    });
    QTimer scroller;
    scroller.setInterval(1);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        auto *model = grid->model();
        if (model->rowCount() >= target || (!model->canFetchMore({}) && !window.catalogModel()->isLoading() &&
                                            model->rowCount() > 0 && scroll.elapsed() > 2000)) {
            scroller.stop();
            heartbeat.stop();
            std::printf("{\"first_page_ms\":%.1f,\"window_build_ms\":%.1f,\"rows\":%d,\"scroll_s\":%.1f,"
                        "\"max_stall_ms\":%.1f,\"stalls_over_50ms\":%d,"
                        "\"rss_mb\":%.1f}\n",
                        firstPage, windowBuilt, model->rowCount(), double(scroll.elapsed()) / 1000.0,
                        double(maxStallNs) / 1e6, stallsOver50, rssMb());
            QCoreApplication::exit(0);
            return;
        }
        grid->scrollToBottom(); // the view asks the lazy model for more, as a user's scrolling does
    });
    FirstPaint painted(
        grid->viewport(), [&] { return grid->model()->rowCount() > 0; },
        [&] {
            firstPage = double(g_sinceStart.nsecsElapsed()) / 1e6;
            tick.start();
            heartbeat.start();
            scroll.start();
            scroller.start();
        });
    window.show();
    window.connectTo(url);
    window.navigation(QStringLiteral("shop"))->trigger();
    QTimer::singleShot(600000, [] { // bounded, whatever happens
        std::fprintf(stderr, "client_bench: gave up after 10 minutes\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
