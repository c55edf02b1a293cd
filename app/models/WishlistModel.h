#pragma once
// The signed-in user's wishlist: item summaries, newest first.
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/Result.h"

#include <QAbstractListModel>

namespace emporium {
namespace client {

class ApiClient;

class WishlistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, PriceTextRole, StockRole };

    explicit WishlistModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();
    void clear();
    void add(qint64 itemId);
    void remove(qint64 itemId);
    bool contains(qint64 itemId) const;
    void apply(const QList<protocol::ItemSummary> &items);

Q_SIGNALS:
    void changed();
    void failed(const emporium::Error &error);

private:
    void set(qint64 itemId, bool wanted);
    ApiClient &m_api;
    QList<protocol::ItemSummary> m_items;
};

} // namespace client
} // namespace emporium
