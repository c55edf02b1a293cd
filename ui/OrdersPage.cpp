#include "ui/OrdersPage.h"

#include "app/models/Money.h"
#include "app/models/OrdersModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

OrdersPage::OrdersPage(client::OrdersModel &orders, QWidget *parent)
    : QWidget(parent), m_orders(orders), m_list(new QListView), m_details(new QTextBrowser),
      m_receipt(new QPushButton(tr("Open &receipt")))
{
    m_receipt->setEnabled(false);
    m_receipt->setToolTip(tr("Opens the receipt email in your mail program"));
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_list->currentIndex();
        if (i.isValid())
            Q_EMIT receiptRequested(i.data(client::OrdersModel::OrderIdRole).toLongLong());
    });
    auto *title = new QLabel(tr("Your orders"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_list->setModel(&m_orders);
    m_list->setAccessibleName(tr("Orders"));
    m_list->setSpacing(3);
    m_details->setAccessibleName(tr("Order details"));
    m_details->setPlaceholderText(tr("You have no orders yet."));
    auto *split = new QSplitter;
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(1, 1);
    split->setSizes({460, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_receipt);
    layout->addLayout(buttons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) { showOrder(i.row()); });
    connect(&m_orders, &client::OrdersModel::loaded, this, [this] {
        if (!m_list->currentIndex().isValid() && m_orders.rowCount() > 0)
            select(0);
    });
    connect(&m_orders, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            select(0); // a new order comes first
    });
    connect(&m_orders, &QAbstractItemModel::modelReset, m_details, &QTextBrowser::clear);
}

void OrdersPage::select(int row)
{
    m_list->setCurrentIndex(m_orders.index(row));
}

void OrdersPage::showOrder(int row)
{
    m_receipt->setEnabled(row >= 0 && row < m_orders.rowCount());
    if (row < 0 || row >= m_orders.rowCount()) {
        m_details->clear();
        return;
    }
    const protocol::Order &o = m_orders.orderAt(row);
    const QString date = QLocale().toString(QDateTime::fromString(o.createdAt, Qt::ISODate).toLocalTime(),
                                            QLocale::LongFormat);
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · <b>%3</b></p><table width='100%' cellpadding='4'>")
                       .arg(tr("Order #%1").arg(o.id), date.toHtmlEscaped(), o.status.toHtmlEscaped());
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='right'>%3</th>"
                           "<th align='right'>%4</th><th align='right'>%5</th></tr>")
                .arg(tr("Item"), tr("Shop"), tr("Price"), tr("Quantity"), tr("Total"));
    for (const auto &l : o.lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td></tr>")
                    .arg(l.title.toHtmlEscaped(), l.shopName.toHtmlEscaped(),
                         client::formatMoney(l.unitPriceCents, o.currency))
                    .arg(l.quantity)
                    .arg(client::formatMoney(l.unitPriceCents * l.quantity, o.currency));
    html += QStringLiteral("</table><h3 align='right'>%1</h3>")
                .arg(tr("Total: %1").arg(client::formatMoney(o.totalCents, o.currency)));
    const auto &a = o.shipping;
    html += QStringLiteral("<p><b>%1</b><br>%2<br>%3%4<br>%5 %6<br>%7</p>")
                .arg(tr("Shipping to"), a.name.toHtmlEscaped(), a.line1.toHtmlEscaped(),
                     a.line2.isEmpty() ? QString() : QStringLiteral("<br>") + a.line2.toHtmlEscaped(),
                     a.postalCode.toHtmlEscaped(), a.city.toHtmlEscaped(), a.country.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 ···· %3</p>")
                .arg(tr("Paid with"), o.cardBrand.toHtmlEscaped(), o.cardLast4.toHtmlEscaped());
    m_details->setHtml(html);
}

QString OrdersPage::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace ui
} // namespace emporium
