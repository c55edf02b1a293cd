#include "app/models/ShopOrdersModel.h"

#include "app/models/Money.h"
#include "app/models/OrderStatus.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace emporium {
namespace client {

namespace {

const protocol::OrderPart &partOf(const protocol::Order &o)
{
    static const protocol::OrderPart none;
    return o.parts.isEmpty() ? none : o.parts.first();
}

bool refundable(const protocol::Order &o)
{
    return partOf(o).status != u"cancelled" &&
           std::any_of(o.lines.cbegin(), o.lines.cend(),
                       [](const protocol::OrderLine &l) { return refundableQuantity(l) > 0; });
}

QString lineText(const protocol::OrderLine &l)
{
    const QString line = QStringLiteral("%1 × %2").arg(l.quantity).arg(l.title);
    return l.refundedQuantity > 0 ? ShopOrdersModel::tr("%1 (%2 refunded)").arg(line).arg(l.refundedQuantity)
                                  : line;
}

QString linesText(const protocol::Order &o, const QString &separator)
{
    QStringList lines;
    for (const protocol::OrderLine &l : o.lines)
        lines << lineText(l);
    return lines.join(separator);
}

} // namespace

ShopOrdersModel::ShopOrdersModel(ApiClient &api, QObject *parent)
    : PagedModel(parent), m_api(api), m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &ShopOrdersModel::reload);
}

int ShopOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int ShopOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShopOrdersModel::display(const protocol::Order &o, int column) const
{
    switch (column) {
    case OrderColumn:
        return QStringLiteral("#%1").arg(o.id);
    case DateColumn:
        return QLocale().toString(QDateTime::fromString(o.createdAt, Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    case BuyerColumn:
        return o.buyerName;
    case ItemsColumn:
        return linesText(o, QStringLiteral(", "));
    case TotalColumn:
        return o.refundedCents > 0
                   ? tr("%1 (%2 refunded)")
                         .arg(formatMoney(o.totalCents, o.currency), formatMoney(o.refundedCents, o.currency))
                   : formatMoney(o.totalCents, o.currency);
    case StatusColumn:
        return partStatusText(partOf(o).status, PartReader::Shop);
    case TrackingColumn:
        return trackingText(partOf(o));
    default:
        return {};
    }
}

QVariant ShopOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Order &o = m_orders.at(index.row());
    const QString status = partOf(o).status;
    switch (role) {
    case Qt::DisplayRole:
        return display(o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BuyerColumn)
            return addressText(o.shipping, QStringLiteral("\n"));
        if (index.column() == ItemsColumn)
            return linesText(o, QStringLiteral("\n"));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == OrderColumn || index.column() == TotalColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::FontRole: {
        if (!isBusy(o.id))
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case OrderIdRole:
        return o.id;
    case PartStatusRole:
        return status;
    case CanShipRole:
        return status == u"paid" && !isBusy(o.id);
    case CanDeliverRole:
        return status == u"shipped" && !isBusy(o.id);
    case CanRefundRole:
        return refundable(o) && !isBusy(o.id);
    case BusyRole:
        return isBusy(o.id);
    default:
        return {};
    }
}

QVariant ShopOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case DateColumn:
        return tr("Date");
    case BuyerColumn:
        return tr("Buyer");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case TrackingColumn:
        return tr("Tracking");
    default:
        return {};
    }
}

QStringList ShopOrdersModel::statusFilters()
{
    return {QStringLiteral("paid"),      QStringLiteral("shipped"),  QStringLiteral("delivered"),
            QStringLiteral("cancelled"), QStringLiteral("refunded"), QString()};
}

QString ShopOrdersModel::statusFilterText(const QString &status)
{
    return status.isEmpty() ? tr("All orders") : partStatusText(status, PartReader::Shop);
}

void ShopOrdersModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

int ShopOrdersModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_orders.size(); ++i)
        if (m_orders.at(i).id == orderId)
            return i;
    return -1;
}

void ShopOrdersModel::requestPage(int page, quint64 generation)
{
    m_api.shopOrders(
        m_status, page, kPageSize, this, [this, generation](Result<protocol::Page<protocol::Order>> r) {
            if (!isCurrent(generation))
                return;
            if (!r) {
                pageFailed();
                Q_EMIT failed(r.error().message);
                return;
            }
            pageArrived(r->items.size(), r->total);
            QList<protocol::Order> fresh;
            for (const protocol::Order &o : std::as_const(r->items))
                if (rowOf(o.id) < 0)
                    fresh.append(o);
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_orders.size()), int(m_orders.size() + fresh.size() - 1));
                m_orders.append(fresh);
                endInsertRows();
            }
            pageDone();
            Q_EMIT loaded();
        });
}

void ShopOrdersModel::reload()
{
    m_refresh->stop();
    beginResetModel();
    resetPaging();
    m_orders.clear();
    endResetModel();
    fetchMore({});
}

void ShopOrdersModel::clear()
{
    m_refresh->stop();
    beginResetModel();
    resetPaging();
    m_orders.clear();
    m_busy.clear();
    endResetModel();
}

// A new order is the newest to ship: the last of "to ship", which a page still to come brings by
// itself; in "all" it sits among the rows fetched.
void ShopOrdersModel::noteSale(qint64 orderId)
{
    if (rowOf(orderId) >= 0 || total() < 0 || isLoading())
        return;
    if (m_status.isEmpty() || (m_status == u"paid" && !canFetchMore({})))
        m_refresh->start();
}

void ShopOrdersModel::ship(qint64 orderId, const QString &carrier, const QString &trackingNumber,
                           QObject *context, Callback<protocol::Order> done)
{
    m_api.shipOrder(orderId, carrier, trackingNumber, this, answer(orderId, context, std::move(done)));
}

void ShopOrdersModel::markDelivered(qint64 orderId, QObject *context, Callback<protocol::Order> done)
{
    m_api.markDelivered(orderId, this, answer(orderId, context, std::move(done)));
}

void ShopOrdersModel::refund(qint64 orderId, const RefundRequest &refund, const QString &idempotencyKey,
                             QObject *context, Callback<protocol::Order> done)
{
    m_api.refundOrder(orderId, refund, idempotencyKey, this, answer(orderId, context, std::move(done)));
}

// The row is busy until the answer; then it shows the answer, and `done` hears it.
Callback<protocol::Order> ShopOrdersModel::answer(qint64 orderId, QObject *context,
                                                  Callback<protocol::Order> done)
{
    setBusy(orderId, +1);
    return [this, orderId, guard = QPointer<QObject>(context), hasContext = context != nullptr,
            done = std::move(done)](Result<protocol::Order> r) {
        setBusy(orderId, -1);
        if (r)
            apply(r.value());
        if (done && (!hasContext || guard))
            done(std::move(r));
    };
}

void ShopOrdersModel::apply(const protocol::Order &share)
{
    const int row = rowOf(share.id);
    if (row < 0)
        return;
    const QString buyerName = m_orders.at(row).buyerName; // the actions' answers leave it out
    m_orders[row] = share;
    if (m_orders[row].buyerName.isEmpty())
        m_orders[row].buyerName = buyerName;
    rowChanged(row);
}

void ShopOrdersModel::setBusy(qint64 orderId, int delta)
{
    const int n = m_busy.value(orderId) + delta;
    if (n > 0)
        m_busy.insert(orderId, n);
    else
        m_busy.remove(orderId);
    if (const int row = rowOf(orderId); row >= 0)
        rowChanged(row);
}

void ShopOrdersModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace client
} // namespace emporium
