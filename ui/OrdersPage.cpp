#include "ui/OrdersPage.h"

#include "app/models/Money.h"
#include "app/models/OrderStatus.h"
#include "app/models/OrdersModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

namespace {

QString dateText(const QString &iso, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), format);
}

// One shop's part: its status, carrier and tracking number, and its lines.
QString partHtml(const protocol::Order &o, const protocol::OrderPart &part)
{
    // "Shipped 29 Nov 2026 · UPS, tracking number 1Z…": the status, since when, and how to follow it
    QString status = QStringLiteral("<b>%1</b>").arg(client::partStatusText(part.status).toHtmlEscaped());
    const QString since = part.status == u"delivered" ? part.deliveredAt
                          : part.status == u"shipped" ? part.shippedAt
                                                      : QString();
    if (!since.isEmpty())
        status += u' ' + dateText(since, QLocale::ShortFormat).toHtmlEscaped();
    if (!part.carrier.isEmpty())
        status += QStringLiteral(" · ") +
                  OrdersPage::tr("%1, tracking number <b>%2</b>")
                      .arg(part.carrier.toHtmlEscaped(), part.trackingNumber.toHtmlEscaped());
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table width='100%' cellpadding='4'>")
                       .arg(part.shopName.toHtmlEscaped(), status);
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                           "<th align='right'>%4</th></tr>")
                .arg(OrdersPage::tr("Item"), OrdersPage::tr("Price"), OrdersPage::tr("Quantity"),
                     OrdersPage::tr("Total"));
    for (const protocol::OrderLine &l : o.lines) {
        if (l.sellerId != part.shopId)
            continue;
        QString quantity = QString::number(l.quantity);
        if (l.refundedQuantity > 0)
            quantity += QStringLiteral("<br><small>") +
                        OrdersPage::tr("%1 refunded").arg(l.refundedQuantity) + QStringLiteral("</small>");
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td></tr>")
                    .arg(l.title.toHtmlEscaped(), client::formatMoney(l.unitPriceCents, o.currency), quantity,
                         client::formatMoney(l.unitPriceCents * l.quantity, o.currency));
    }
    if (part.shippingCents > 0)
        html += QStringLiteral("<tr><td colspan='3'>%1</td><td align='right'>%2</td></tr>")
                    .arg(OrdersPage::tr("Shipping"), client::formatMoney(part.shippingCents, o.currency));
    return html + QStringLiteral("</table>");
}

QString totalsHtml(const protocol::Order &o)
{
    QString html = QStringLiteral("<h3 align='right'>%1</h3>")
                       .arg(OrdersPage::tr("Total: %1").arg(client::formatMoney(o.totalCents, o.currency)));
    if (o.refundedCents > 0)
        html +=
            QStringLiteral("<p align='right'><b>%1</b></p>")
                .arg(OrdersPage::tr("Refunded: %1").arg(client::formatMoney(o.refundedCents, o.currency)));
    return html;
}

QString addressHtml(const protocol::Order &o)
{
    const auto &a = o.shipping;
    return QStringLiteral("<p><b>%1</b><br>%2<br>%3%4<br>%5 %6<br>%7</p>")
               .arg(OrdersPage::tr("Shipping to"), a.name.toHtmlEscaped(), a.line1.toHtmlEscaped(),
                    a.line2.isEmpty() ? QString() : QStringLiteral("<br>") + a.line2.toHtmlEscaped(),
                    a.postalCode.toHtmlEscaped(), a.city.toHtmlEscaped(), a.country.toHtmlEscaped()) +
           QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(OrdersPage::tr("Paid with"), client::cardText(o.cardBrand, o.cardLast4).toHtmlEscaped());
}

// An order without parts (none is, since the server keeps them): one part per shop of its lines.
QList<protocol::OrderPart> partsOf(const protocol::Order &o)
{
    if (!o.parts.isEmpty())
        return o.parts;
    QList<protocol::OrderPart> parts;
    for (const protocol::OrderLine &l : o.lines)
        if (std::none_of(parts.cbegin(), parts.cend(), [&](const auto &p) { return p.shopId == l.sellerId; }))
            parts.append({l.sellerId, l.shopName, o.status, {}, {}, {}, {}, 0});
    return parts;
}

} // namespace

OrdersPage::OrdersPage(client::OrdersModel &orders, QWidget *parent)
    : QWidget(parent), m_orders(orders), m_list(new QListView), m_details(new QTextBrowser),
      m_message(new QLabel), m_cancel(new QPushButton(tr("&Cancel order…"))),
      m_receipt(new QPushButton(tr("Open &receipt")))
{
    m_receipt->setEnabled(false);
    m_receipt->setToolTip(tr("Opens the receipt email in your mail program"));
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_list->currentIndex();
        if (i.isValid())
            Q_EMIT receiptRequested(i.data(client::OrdersModel::OrderIdRole).toLongLong());
    });
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Possible until a shop ships; the whole amount goes back to your card"));
    connect(m_cancel, &QPushButton::clicked, this, &OrdersPage::confirmCancel);
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
    // the text wraps; a table a pixel wider than the view must not bring a scroll bar with it
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message->setWordWrap(true);
    auto *split = new QSplitter;
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(1, 1);
    split->setSizes({460, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
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
    connect(&m_orders, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_list->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    showOrder(row); // a shop shipped it, or it was cancelled: the details follow
            });
    connect(&m_orders, &QAbstractItemModel::modelReset, m_details, &QTextBrowser::clear);
    connect(&m_orders, &client::OrdersModel::cancelled, this, [this](qint64 id) {
        const int row = m_orders.rowOf(id);
        const protocol::Order &o = m_orders.orderAt(row);
        setMessage(tr("Order #%1 is cancelled; %2 goes back to your card.")
                       .arg(id)
                       .arg(client::formatMoney(o.refundedCents, o.currency)),
                   false);
    });
    connect(&m_orders, &client::OrdersModel::cancelFailed, this, [this](qint64 id, const Error &e) {
        setMessage(tr("Order #%1 could not be cancelled: %2").arg(id).arg(e.message), true);
    });
}

void OrdersPage::select(int row)
{
    m_list->setCurrentIndex(m_orders.index(row));
}

bool OrdersPage::selectOrder(qint64 orderId)
{
    const int row = m_orders.rowOf(orderId);
    if (row >= 0)
        select(row);
    return row >= 0;
}

void OrdersPage::showOrder(int row)
{
    const bool has = row >= 0 && row < m_orders.rowCount();
    m_receipt->setEnabled(has);
    m_cancel->setEnabled(has && m_orders.index(row).data(client::OrdersModel::CanCancelRole).toBool());
    if (!has) {
        m_details->clear();
        return;
    }
    const protocol::Order &o = m_orders.orderAt(row);
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2 · <b>%3</b></p>")
            .arg(tr("Order #%1").arg(o.id), dateText(o.createdAt, QLocale::LongFormat).toHtmlEscaped(),
                 client::orderStatusText(o.status).toHtmlEscaped());
    for (const protocol::OrderPart &part : partsOf(o))
        html += partHtml(o, part);
    html += totalsHtml(o) + addressHtml(o);
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(scroll);
}

void OrdersPage::confirmCancel()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid() || !i.data(client::OrdersModel::CanCancelRole).toBool() || m_confirm)
        return;
    const protocol::Order &o = m_orders.orderAt(i.row());
    const qint64 id = o.id;
    m_confirm =
        new QMessageBox(QMessageBox::Question, tr("Cancel order #%1?").arg(id),
                        tr("Cancel order #%1? The shops will not send it, and %2 goes back to your card.")
                            .arg(id)
                            .arg(client::formatMoney(o.totalCents - o.refundedCents, o.currency)),
                        QMessageBox::NoButton, this);
    QPushButton *yes = m_confirm->addButton(tr("&Cancel order"), QMessageBox::DestructiveRole);
    QPushButton *keep = m_confirm->addButton(tr("&Keep order"), QMessageBox::RejectRole);
    m_confirm->setDefaultButton(keep); // Enter keeps the order
    m_confirm->setEscapeButton(keep);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, box = m_confirm, yes, id] {
        if (box->clickedButton() == yes) {
            setMessage(tr("Cancelling order #%1…").arg(id), false);
            m_orders.cancel(id);
        }
        m_confirm = nullptr;
    });
    m_confirm->open();
}

void OrdersPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828;") : QString());
}

QString OrdersPage::messageText() const
{
    return m_message->text();
}

QString OrdersPage::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace ui
} // namespace emporium
