#include "app/models/OrdersModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"
#include "app/models/OrderStatus.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace emporium {
namespace client {

OrdersModel::OrdersModel(ApiClient &api, QObject *parent) : PagedModel(parent), m_api(api) {}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Order &o = m_orders.at(index.row());
    const QDateTime at = QDateTime::fromString(o.createdAt, Qt::ISODate).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        return tr("Order #%1 · %2 · %3 · %n item(s)", nullptr, int(o.lines.size()))
                   .arg(o.id)
                   .arg(QLocale().toString(at, QLocale::ShortFormat), formatMoney(o.totalCents, o.currency)) +
               QStringLiteral("\n") + orderStatusText(o.status);
    case OrderIdRole:
        return o.id;
    case TotalTextRole:
        return formatMoney(o.totalCents, o.currency);
    case CreatedAtRole:
        return at;
    case StatusTextRole:
        return orderStatusText(o.status);
    case CanCancelRole:
        return canCancel(o) && !m_cancelling.contains(o.id);
    case CancellingRole:
        return m_cancelling.contains(o.id);
    default:
        return {};
    }
}

int OrdersModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_orders.size(); ++i)
        if (m_orders.at(i).id == orderId)
            return i;
    return -1;
}

void OrdersModel::requestPage(int page, quint64 generation)
{
    m_api.orders(page, kPageSize, this, [this, generation](Result<protocol::Page<protocol::Order>> r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            pageFailed();
            return;
        }
        pageArrived(r->items.size(), r->total);
        QList<protocol::Order> fresh; // an order placed here meanwhile is shown already
        for (const auto &o : std::as_const(r->items))
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

void OrdersModel::reload()
{
    beginResetModel();
    resetPaging();
    m_orders.clear();
    m_cancelling.clear();
    endResetModel();
    fetchMore({});
}

void OrdersModel::clear()
{
    beginResetModel();
    resetPaging();
    m_orders.clear();
    m_cancelling.clear();
    endResetModel();
}

void OrdersModel::apply(const protocol::Order &order)
{
    const int row = rowOf(order.id);
    if (row < 0) {
        insert(order);
        return;
    }
    const protocol::Order before = std::exchange(m_orders[row], order);
    Q_EMIT dataChanged(index(row), index(row));
    announceShipments(before, order);
}

// Newest first: an order goes before the first older one. One older than every row fetched
// while more pages remain comes with its page instead.
void OrdersModel::insert(const protocol::Order &order)
{
    const auto at = std::find_if(m_orders.cbegin(), m_orders.cend(),
                                 [&](const protocol::Order &o) { return o.id < order.id; });
    const int row = int(at - m_orders.cbegin());
    if (at == m_orders.cend() && canFetchMore({}))
        return;
    beginInsertRows({}, row, row);
    m_orders.insert(row, order);
    endInsertRows();
    addedLocally(true); // the server's list has it among the rows fetched: its pages moved by one
}

void OrdersModel::announceShipments(const protocol::Order &before, const protocol::Order &after)
{
    for (const protocol::OrderPart &part : after.parts) {
        if (part.status != u"shipped")
            continue;
        const protocol::OrderPart *was = before.part(part.shopId);
        if (!was || (was->status != u"shipped" && was->status != u"delivered"))
            Q_EMIT partShipped(after, part);
    }
}

void OrdersModel::setCancelling(qint64 orderId, bool on)
{
    if (on)
        m_cancelling.insert(orderId);
    else
        m_cancelling.remove(orderId);
    if (const int row = rowOf(orderId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {CanCancelRole, CancellingRole});
}

void OrdersModel::cancel(qint64 orderId)
{
    const int row = rowOf(orderId);
    if (row < 0 || m_cancelling.contains(orderId) || !canCancel(m_orders.at(row)))
        return;
    setCancelling(orderId, true);
    m_api.cancelOrder(orderId, this, [this, orderId](Result<protocol::Order> r) {
        setCancelling(orderId, false);
        if (!r) {
            Q_EMIT cancelFailed(orderId, r.error());
            return;
        }
        apply(r.value());
        Q_EMIT cancelled(orderId);
    });
}

} // namespace client
} // namespace emporium
