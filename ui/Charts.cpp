#include "ui/Charts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace emporium {
namespace ui {

qreal niceMaximum(qreal value)
{
    if (value <= 0)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const qreal step : {1.0, 2.0, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

namespace {

// 0..a nice maximum, ticks on round values (whole numbers for counts)
void setNiceRange(QValueAxis *axis, qreal top, bool counts)
{
    qreal nice = niceMaximum(top);
    if (counts && nice < 5)
        nice = 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(nice)));
    const qreal leading = std::round(nice / magnitude);
    axis->setRange(0, nice);
    axis->setTickCount(leading == 2 ? 5 : 6);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    // updates arrive every second: a short animation makes them move, not jump
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

TimeChart::TimeChart(const QString &title, QWidget *parent)
    : QChartView(parent), m_line(new QLineSeries), m_base(new QLineSeries), m_area(nullptr),
      m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    setAccessibleName(title);
    QChart *chart = newChart(title);
    m_area = new QAreaSeries(m_line, m_base);
    QColor fill(46, 125, 50);
    m_area->setPen(QPen(fill, 2));
    fill.setAlpha(70);
    m_area->setBrush(fill);
    chart->addSeries(m_area);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_area->attachAxis(m_x);
    m_area->attachAxis(m_y);
    m_x->setTickCount(7);
    m_y->setTickCount(5);
    m_y->setMin(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void TimeChart::setPoints(const QList<QPointF> &points, const QString &timeFormat, const QString &valueFormat)
{
    QList<QPointF> base;
    base.reserve(points.size());
    qreal top = 0;
    for (const QPointF &p : points) {
        base.append(QPointF(p.x(), 0));
        top = std::max(top, p.y());
    }
    m_line->replace(points);
    m_base->replace(base);
    if (!points.isEmpty()) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())),
                      QDateTime::fromMSecsSinceEpoch(qint64(points.last().x())));
    }
    m_x->setFormat(timeFormat);
    setNiceRange(m_y, top, valueFormat == u"%d");
    m_y->setLabelFormat(valueFormat);
}

BarChart::BarChart(const QString &title, Qt::Orientation orientation, QWidget *parent)
    : QChartView(parent), m_set(new QBarSet(title)), m_categories(new QBarCategoryAxis),
      m_values(new QValueAxis)
{
    setAccessibleName(title);
    QChart *chart = newChart(title);
    if (orientation == Qt::Horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QBarSeries;
    m_set->setColor(QColor(21, 101, 192));
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    const bool horizontal = orientation == Qt::Horizontal;
    chart->addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setTickCount(5);
    m_values->setMin(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

QStringList BarChart::labels() const
{
    return m_categories->categories();
}

void BarChart::setBars(const QStringList &labels, const QList<qreal> &values, const QString &valueFormat)
{
    // labels must be unique for the axis: long or repeated titles get shortened and numbered
    QStringList unique;
    for (const QString &l : labels) {
        QString shown = l.size() > 28 ? l.left(27) + QChar(0x2026) : l;
        while (unique.contains(shown))
            shown += QChar(0x200B);
        unique.append(shown);
    }
    if (unique != m_categories->categories()) {
        m_categories->clear();
        m_categories->append(unique);
    }
    qreal top = 0;
    if (m_set->count() != values.size()) {
        m_set->remove(0, m_set->count());
        m_set->append(values);
    } else {
        for (int i = 0; i < values.size(); ++i)
            if (m_set->at(i) != values[i])
                m_set->replace(i, values[i]);
    }
    for (const qreal v : values)
        top = std::max(top, v);
    setNiceRange(m_values, top, valueFormat == u"%d");
    m_values->setLabelFormat(valueFormat);
}

} // namespace ui
} // namespace emporium
