#pragma once
// The seller's sales: live charts (revenue per minute/hour/day, units by item) over the shop's
// own order lines, filtered by date and item, and the shipping queue ("To ship", "Late", red when
// any is late). A sale moves the charts and the table at once; the queue figures follow the
// model's events, and are read again when the page is shown and every half minute while it is
// (an order becomes late with time, not with an event).
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;

namespace emporium {
namespace client {
class InventoryModel;
class SalesModel;
class SellerStats;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class BarChart;
class TimeChart;

class SalesPage : public QWidget
{
    Q_OBJECT
public:
    SalesPage(client::SalesModel &sales, client::SellerStats &stats, client::InventoryModel &inventory,
              QWidget *parent = nullptr);

    TimeChart *revenueChart() const { return m_revenue; }
    BarChart *unitsChart() const { return m_units; }
    QTableView *table() const { return m_table; }
    QComboBox *bucket() const { return m_bucket; }
    QComboBox *item() const { return m_item; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QLabel *summary() const { return m_summary; }
    // "To ship: N" and "Late: N"
    QLabel *toShipFigure() const { return m_toShip; }
    QLabel *lateFigure() const { return m_late; }

    static constexpr int kQueuePollMs = 30000;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void refreshCharts();
    void refreshItems();
    void showQueue();

    client::SalesModel &m_sales;
    client::SellerStats &m_stats;
    client::InventoryModel &m_inventory;
    TimeChart *m_revenue;
    BarChart *m_units;
    QTableView *m_table;
    QComboBox *m_bucket;
    QComboBox *m_item;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QLabel *m_toShip;
    QLabel *m_late;
    QTimer *m_queuePoll;
};

} // namespace ui
} // namespace emporium
