#pragma once
// The signed-in user's orders, newest first, loaded a page at a time.
#include "server/protocol/OrderTypes.h"

#include <QAbstractListModel>

namespace emporium {
namespace client {

class ApiClient;

class OrdersModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { OrderIdRole = Qt::UserRole + 1, TotalTextRole, CreatedAtRole };
    static constexpr int kPageSize = 25;

    explicit OrdersModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    void clear();
    // an order just placed in this window
    void prepend(const protocol::Order &order);
    const protocol::Order &orderAt(int row) const { return m_orders.at(row); }

Q_SIGNALS:
    void loaded();

private:
    ApiClient &m_api;
    QList<protocol::Order> m_orders;
    qint64 m_total = -1;
    int m_fetched = 0; // rows that came from the server's pages (orders prepended here do not shift paging)
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace client
} // namespace emporium
