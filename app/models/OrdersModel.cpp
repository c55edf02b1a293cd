#include "app/models/OrdersModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"

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
            .arg(QLocale().toString(at, QLocale::ShortFormat), formatMoney(o.totalCents, o.currency));
    case OrderIdRole:
        return o.id;
    case TotalTextRole:
        return formatMoney(o.totalCents, o.currency);
    case CreatedAtRole:
        return at;
    default:
        return {};
    }
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
            if (std::none_of(m_orders.cbegin(), m_orders.cend(),
                             [&](const auto &known) { return known.id == o.id; }))
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
    endResetModel();
    fetchMore({});
}

void OrdersModel::clear()
{
    beginResetModel();
    resetPaging();
    m_orders.clear();
    endResetModel();
}

void OrdersModel::prepend(const protocol::Order &order)
{
    for (const auto &o : std::as_const(m_orders))
        if (o.id == order.id)
            return;
    beginInsertRows({}, 0, 0);
    m_orders.prepend(order);
    endInsertRows();
    addedLocally(true); // the server's list has it first too: its pages moved by one
}

} // namespace client
} // namespace emporium
