#pragma once
// The two chart kinds of the dashboards, on QtCharts: a line over time (revenue or orders per
// minute/hour/day, the area under it filled) and labelled bars (units by item, revenue by
// category). Both are fed whole series and update in place, so live data moves smoothly.
#include <QChartView>
#include <QList>
#include <QPointF>
#include <QStringList>

class QAreaSeries;
class QBarSet;
class QBarCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QAbstractBarSeries;

namespace emporium {
namespace ui {

class TimeChart : public QChartView
{
    Q_OBJECT
public:
    TimeChart(const QString &title, QWidget *parent = nullptr);
    // x: milliseconds since the epoch; `timeFormat` for the axis ("HH:mm", "MMM d");
    // `valueFormat` a printf format for the value axis ("$%.0f", "%d")
    void setPoints(const QList<QPointF> &points, const QString &timeFormat, const QString &valueFormat);
    QLineSeries *line() const { return m_line; }

private:
    QLineSeries *m_line;
    QLineSeries *m_base;
    QAreaSeries *m_area;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

class BarChart : public QChartView
{
    Q_OBJECT
public:
    BarChart(const QString &title, Qt::Orientation orientation, QWidget *parent = nullptr);
    void setBars(const QStringList &labels, const QList<qreal> &values, const QString &valueFormat);
    QBarSet *bars() const { return m_set; }
    QStringList labels() const;

private:
    QAbstractBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

// a rounded-up axis maximum (1, 2, 5 x 10^n) so ticks read well
qreal niceMaximum(qreal value);

} // namespace ui
} // namespace emporium
