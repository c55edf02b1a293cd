#include "ui/SalesPage.h"

#include "app/models/InventoryModel.h"
#include "app/models/Money.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "ui/Charts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

using client::SellerStats;

SalesPage::SalesPage(client::SalesModel &sales, client::SellerStats &stats, client::InventoryModel &inventory,
                     QWidget *parent)
    : QWidget(parent), m_sales(sales), m_stats(stats), m_inventory(inventory),
      m_revenue(new TimeChart(tr("Revenue"))),
      m_units(new BarChart(tr("Units sold by item"), Qt::Horizontal)), m_table(new QTableView),
      m_bucket(new QComboBox), m_item(new QComboBox), m_from(new QDateEdit), m_to(new QDateEdit),
      m_summary(new QLabel), m_toShip(new QLabel), m_late(new QLabel), m_queuePoll(new QTimer(this))
{
    m_bucket->addItem(tr("Per minute, last hour"), int(SellerStats::Bucket::Minute));
    m_bucket->addItem(tr("Per hour, last 2 days"), int(SellerStats::Bucket::Hour));
    m_bucket->addItem(tr("Per day, last 30 days"), int(SellerStats::Bucket::Day));
    m_bucket->setCurrentIndex(2);
    m_bucket->setAccessibleName(tr("Chart period"));
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { m_stats.setBucket(SellerStats::Bucket(m_bucket->currentData().toInt())); });

    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setDate(QDate::currentDate());
    }
    // the filter is the model's (it loads without this page): the page shows it
    if (m_sales.from().isValid())
        m_from->setDate(m_sales.from());
    if (m_sales.to().isValid())
        m_to->setDate(m_sales.to());
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &SalesPage::applyFilter);
    m_from->setAccessibleName(tr("Sales from"));
    m_to->setAccessibleName(tr("Sales to"));
    m_item->addItem(tr("All items"), 0);
    m_item->setAccessibleName(tr("Item"));
    m_item->setMinimumContentsLength(24);
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_item, &QComboBox::currentIndexChanged, this, &SalesPage::applyFilter);

    m_table->setModel(&m_sales);
    m_table->setAccessibleName(tr("Sales"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(client::SalesModel::ItemColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(client::SalesModel::DateColumn, 150);

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_summary->setFont(big);
    for (QLabel *figure : {m_toShip, m_late}) {
        figure->setFont(big);
        figure->setTextFormat(Qt::PlainText);
    }
    m_toShip->setToolTip(tr("Orders paid and not shipped yet (My shop → Orders)"));
    m_late->setToolTip(tr("Orders to ship that are past your handling time"));
    m_queuePoll->setInterval(kQueuePollMs);
    connect(m_queuePoll, &QTimer::timeout, &m_stats, &SellerStats::refreshQueue);

    auto *chartsRow = new QHBoxLayout;
    chartsRow->addWidget(m_revenue, 3);
    chartsRow->addWidget(m_units, 2);
    auto *chartsHeader = new QHBoxLayout;
    chartsHeader->addWidget(m_summary, 1);
    chartsHeader->addWidget(m_toShip);
    chartsHeader->addSpacing(12);
    chartsHeader->addWidget(m_late);
    chartsHeader->addSpacing(24);
    auto *bucketLabel = new QLabel(tr("C&hart:"));
    bucketLabel->setBuddy(m_bucket);
    chartsHeader->addWidget(bucketLabel);
    chartsHeader->addWidget(m_bucket);
    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addLayout(chartsHeader);
    chartsLayout->addLayout(chartsRow, 1);

    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"));
    toLabel->setBuddy(m_to);
    auto *itemLabel = new QLabel(tr("&Item"));
    itemLabel->setBuddy(m_item);
    filters->addWidget(new QLabel(tr("<b>Order lines</b>")));
    filters->addStretch();
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(itemLabel);
    filters->addWidget(m_item);
    auto *lines = new QWidget;
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addLayout(filters);
    linesLayout->addWidget(m_table, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(charts);
    split->addWidget(lines);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&m_stats, &SellerStats::changed, this, &SalesPage::refreshCharts);
    connect(&m_stats, &SellerStats::queueChanged, this, &SalesPage::showQueue);
    connect(&m_inventory, &client::InventoryModel::loaded, this, &SalesPage::refreshItems);
    refreshItems(); // the inventory may have loaded before this page was built
    refreshCharts();
    showQueue();
}

void SalesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stats.refreshQueue();
    m_queuePoll->start();
}

void SalesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_queuePoll->stop();
}

void SalesPage::showQueue()
{
    const QLocale locale;
    m_toShip->setText(tr("To ship: %1").arg(locale.toString(m_stats.toShip())));
    m_late->setText(tr("Late: %1").arg(locale.toString(m_stats.late())));
    // red at a glance (lighter on a dark palette, to stay readable); the count and the accessible
    // name say it without colour
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString red = dark ? QStringLiteral("#ef7373") : QStringLiteral("#c62828");
    m_late->setStyleSheet(m_stats.late() > 0 ? QStringLiteral("color:%1;").arg(red) : QString());
    m_toShip->setAccessibleName(tr("%n order(s) to ship", nullptr, int(m_stats.toShip())));
    m_late->setAccessibleName(tr("%n late shipment(s)", nullptr, int(m_stats.late())));
}

void SalesPage::applyFilter()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date()); // applies again
    else
        m_sales.setFilter(m_from->date(), m_to->date(), m_item->currentData().toLongLong());
}

void SalesPage::refreshItems()
{
    const qint64 selected = m_sales.itemFilter();
    QList<std::pair<QString, qint64>> items;
    for (int r = 0; r < m_inventory.rowCount(); ++r)
        items.append({m_inventory.itemAt(r).summary.title, m_inventory.itemAt(r).summary.id});
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker block(m_item);
    m_item->clear();
    m_item->addItem(tr("All items"), 0);
    for (const auto &[title, id] : items)
        m_item->addItem(title, id);
    m_item->setCurrentIndex(std::max(0, m_item->findData(selected)));
}

void SalesPage::refreshCharts()
{
    const SellerStats::Bucket b = m_stats.bucket();
    QList<QPointF> points;
    for (const auto &p : m_stats.series())
        points.append(QPointF(qreal(p.at.toMSecsSinceEpoch()), qreal(p.revenueCents) / 100.0));
    m_revenue->setPoints(points,
                         b == SellerStats::Bucket::Day ? QStringLiteral("MMM d") : QStringLiteral("HH:mm"),
                         QStringLiteral("$%.0f"));
    QStringList labels;
    QList<qreal> units;
    const auto &top = m_stats.topItems();
    for (qsizetype i = std::min<qsizetype>(top.size(), 8) - 1; i >= 0; --i) { // best on top
        labels.append(top[i].title);
        units.append(qreal(top[i].units));
    }
    m_units->setBars(labels, units, QStringLiteral("%d"));
    const QString period = m_bucket->currentText().section(u',', 1).trimmed();
    m_summary->setText(
        tr("%1 from %n unit(s), %2", nullptr, int(m_stats.units()))
            .arg(client::formatMoney(m_stats.revenueCents(), client::SalesModel::currency()), period));
}

} // namespace ui
} // namespace emporium
