#pragma once
// A shop's order queue ("My shop" → Orders): the orders with the shop's own lines and part, who
// to send them to, unshipped first and oldest first, filtered by the part's status (to ship by
// default), loaded a page at a time. What the shop does with an order (ship, mark delivered,
// refund lines) goes through here: the call runs in the background, the row is marked busy until
// the server answered and then shows the order as the answer has it.
#include "app/api/ApiClient.h"
#include "app/models/PagedModel.h"
#include "server/protocol/OrderTypes.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;

namespace emporium {
namespace client {

class ShopOrdersModel : public PagedModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column {
        OrderColumn,
        DateColumn,
        BuyerColumn,
        ItemsColumn,
        TotalColumn,
        StatusColumn,
        TrackingColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        PartStatusRole, // the shop's part: paid, shipped, delivered, cancelled, refunded
        CanShipRole,
        CanDeliverRole,
        CanRefundRole,
        BusyRole // an action on the order is on its way to the server
    };
    static constexpr int kPageSize = 50;
    // how long a burst of new sales is gathered before the queue is read again
    static constexpr int kRefreshDelayMs = 600;

    explicit ShopOrdersModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The part statuses to filter by, "" for all; the default is "paid" (to ship).
    static QStringList statusFilters();
    static QString statusFilterText(const QString &status);
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }
    void reload();
    void clear();

    const protocol::Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOf(qint64 orderId) const;
    bool isBusy(qint64 orderId) const { return m_busy.value(orderId) > 0; }

    // The actions. `done` (optional) hears the answer once the row shows it, unless `context` is gone.
    void ship(qint64 orderId, const QString &carrier, const QString &trackingNumber,
              QObject *context = nullptr, Callback<protocol::Order> done = {});
    void markDelivered(qint64 orderId, QObject *context = nullptr, Callback<protocol::Order> done = {});
    // Keep `idempotencyKey` for retries of the same refund: the server never refunds twice for it.
    void refund(qint64 orderId, const RefundRequest &refund, const QString &idempotencyKey,
                QObject *context = nullptr, Callback<protocol::Order> done = {});

    // A sale of the shop (the seller topic): an order the list does not show, and no page still to
    // come would bring, reads the list again.
    void noteSale(qint64 orderId);
    // The shop's share of an order as it is now (an action's answer, or the seller topic's shop_order
    // after the buyer cancelled or an admin refunded): the row, if shown, changes in place.
    void apply(const protocol::Order &share);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    QVariant display(const protocol::Order &o, int column) const;
    Callback<protocol::Order> answer(qint64 orderId, QObject *context, Callback<protocol::Order> done);
    void setBusy(qint64 orderId, int delta);
    void rowChanged(int row);

    ApiClient &m_api;
    QList<protocol::Order> m_orders;
    QString m_status = QStringLiteral("paid");
    QHash<qint64, int> m_busy;
    QTimer *m_refresh;
};

} // namespace client
} // namespace emporium
