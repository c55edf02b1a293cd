#pragma once
// The categories for the side bar: first row "All categories" (id 0), then each category
// with its item count.
#include "server/protocol/CatalogTypes.h"

#include <QAbstractListModel>

namespace emporium {
namespace client {

class ApiClient;

class CategoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SlugRole, CountRole };

    explicit CategoryModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    ApiClient &m_api;
    QList<protocol::Category> m_categories;
};

} // namespace client
} // namespace emporium
