#pragma once
// The signed-in user's orders, newest first, loaded a page at a time. An order the server sends
// again (the answer to a cancellation, a live `order` event from a shop shipping it) replaces its
// row; a part that moves to shipped is announced with partShipped.
#include "app/models/PagedModel.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"

#include <QAbstractListModel>
#include <QSet>

namespace emporium {
namespace client {

class ApiClient;

class OrdersModel : public PagedModel<QAbstractListModel>
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        TotalTextRole,
        CreatedAtRole,
        StatusTextRole, // translated words
        CanCancelRole,
        CancellingRole, // a cancellation is on its way
    };
    static constexpr int kPageSize = 25;

    explicit OrdersModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();
    void clear();
    // An order as the server has it now: its row is replaced, or a new one is added in its place
    // (an order placed in this window, or one the server announced).
    void apply(const protocol::Order &order);
    const protocol::Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOf(qint64 orderId) const;
    // Asks the server to cancel (while canCancel() allows); the answer replaces the row, or a
    // refusal comes back through cancelFailed.
    void cancel(qint64 orderId);

Q_SIGNALS:
    void loaded();
    // a shop of `order` has shipped its part (known before as not shipped)
    void partShipped(const emporium::protocol::Order &order, const emporium::protocol::OrderPart &part);
    void cancelled(qint64 orderId);
    void cancelFailed(qint64 orderId, const emporium::Error &error);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    void insert(const protocol::Order &order);
    void announceShipments(const protocol::Order &before, const protocol::Order &after);
    void setCancelling(qint64 orderId, bool on);

    ApiClient &m_api;
    QList<protocol::Order> m_orders;
    QSet<qint64> m_cancelling;
};

} // namespace client
} // namespace emporium
