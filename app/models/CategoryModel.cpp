#include "app/models/CategoryModel.h"

#include "app/api/ApiClient.h"

namespace emporium {
namespace client {

CategoryModel::CategoryModel(ApiClient &api, QObject *parent) : QAbstractListModel(parent), m_api(api) {}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size()) + 1;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All categories");
        case IdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const protocol::Category &c = m_categories.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return tr("%n item(s)", nullptr, int(c.itemCount));
    case IdRole:
        return c.id;
    case SlugRole:
        return c.slug;
    case CountRole:
        return c.itemCount;
    default:
        return {};
    }
}

void CategoryModel::reload()
{
    m_api.categories(this, [this](Result<QList<protocol::Category>> r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        beginResetModel();
        m_categories = r.value();
        endResetModel();
        Q_EMIT loaded();
    });
}

} // namespace client
} // namespace emporium
