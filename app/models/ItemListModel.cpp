#include "app/models/ItemListModel.h"

#include "app/api/ApiClient.h"
#include "app/models/CatalogModel.h"

namespace emporium {
namespace client {

ItemListModel::ItemListModel(ApiClient &api, QObject *parent) : QAbstractListModel(parent), m_api(api) {}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::ItemSummary &item = m_items.at(index.row());
    if (role != Qt::DecorationRole && role != CatalogModel::ThumbnailRole)
        return CatalogModel::summaryData(item, role);
    if (const auto it = m_thumbs.constFind(item.id); it != m_thumbs.cend())
        return it.value();
    if (!item.thumbnailUrl.isEmpty() && !m_requested.contains(item.id)) {
        m_requested.insert(item.id);
        auto *self = const_cast<ItemListModel *>(this);
        m_api.image(item.thumbnailUrl, self, [self, id = item.id](Result<QImage> r) {
            self->m_thumbs.insert(id, r ? r.value() : QImage());
            for (int row = 0; row < self->m_items.size(); ++row)
                if (self->m_items[row].id == id)
                    Q_EMIT self->dataChanged(self->index(row), self->index(row),
                                             {Qt::DecorationRole, CatalogModel::ThumbnailRole});
        });
    }
    return {};
}

void ItemListModel::setItems(const QList<protocol::ItemSummary> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ItemListModel::applyStock(qint64 itemId, qint64 stock, qint64 soldCount)
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].id == itemId) {
            m_items[row].stock = stock;
            m_items[row].soldCount = soldCount;
            Q_EMIT dataChanged(index(row), index(row),
                               {CatalogModel::StockRole, CatalogModel::SoldCountRole});
        }
}

} // namespace client
} // namespace emporium
