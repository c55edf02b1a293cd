#include "app/models/WishlistModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"

namespace emporium {
namespace client {

WishlistModel::WishlistModel(ApiClient &api, QObject *parent) : QAbstractListModel(parent), m_api(api) {}

int WishlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant WishlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::ItemSummary &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 — %3")
            .arg(i.title, formatMoney(i.priceCents, i.currency),
                 i.stock > 0 ? tr("%1 in stock").arg(i.stock) : tr("out of stock"));
    case ItemIdRole:
        return i.id;
    case PriceTextRole:
        return formatMoney(i.priceCents, i.currency);
    case StockRole:
        return i.stock;
    default:
        return {};
    }
}

void WishlistModel::apply(const QList<protocol::ItemSummary> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT changed();
}

void WishlistModel::clear()
{
    apply({});
}

void WishlistModel::reload()
{
    m_api.wishlist(this, [this](Result<QList<protocol::ItemSummary>> r) {
        if (r)
            apply(r.value());
    });
}

void WishlistModel::set(qint64 itemId, bool wanted)
{
    m_api.setWishlisted(itemId, wanted, this, [this](Result<QList<protocol::ItemSummary>> r) {
        if (r)
            apply(r.value());
        else
            Q_EMIT failed(r.error());
    });
}

void WishlistModel::add(qint64 itemId)
{
    set(itemId, true);
}

void WishlistModel::remove(qint64 itemId)
{
    set(itemId, false);
}

bool WishlistModel::contains(qint64 itemId) const
{
    return std::any_of(m_items.begin(), m_items.end(), [itemId](const auto &i) { return i.id == itemId; });
}

} // namespace client
} // namespace emporium
