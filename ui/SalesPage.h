#pragma once
// The seller's sales: live charts (revenue per minute/hour/day, units by item) over the shop's
// own order lines, filtered by date and item. A sale moves the charts and the table at once.
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

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

private:
    void applyFilter();
    void refreshCharts();
    void refreshItems();

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
};

} // namespace ui
} // namespace emporium
