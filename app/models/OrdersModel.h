#pragma once
// The signed-in user's orders, newest first, loaded a page at a time.
#include "app/models/PagedModel.h"
#include "server/protocol/OrderTypes.h"

#include <QAbstractListModel>

namespace emporium {
namespace client {

class ApiClient;

class OrdersModel : public PagedModel<QAbstractListModel>
{
    Q_OBJECT
public:
    enum Role { OrderIdRole = Qt::UserRole + 1, TotalTextRole, CreatedAtRole };
    static constexpr int kPageSize = 25;

    explicit OrdersModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();
    void clear();
    // an order just placed in this window
    void prepend(const protocol::Order &order);
    const protocol::Order &orderAt(int row) const { return m_orders.at(row); }

Q_SIGNALS:
    void loaded();

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;

    ApiClient &m_api;
    QList<protocol::Order> m_orders;
};

} // namespace client
} // namespace emporium
