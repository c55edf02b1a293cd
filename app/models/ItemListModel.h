#pragma once
// A short, fixed list of item cards (a home page strip, "frequently bought together"), with the
// catalog's roles so the same delegate paints it; thumbnails load on demand.
#include "server/protocol/CatalogTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

namespace emporium {
namespace client {

class ApiClient;

class ItemListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ItemListModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItems(const QList<protocol::ItemSummary> &items);
    const QList<protocol::ItemSummary> &items() const { return m_items; }
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);

private:
    ApiClient &m_api;
    QList<protocol::ItemSummary> m_items;
    mutable QHash<qint64, QImage> m_thumbs;
    mutable QSet<qint64> m_requested;
};

} // namespace client
} // namespace emporium
