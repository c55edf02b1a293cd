#pragma once
// The signed-in user's cart as a table: item, unit price, quantity (editable), line total.
// Every change goes to the server, and the model shows the cart the server answers with, so
// it is the same cart as in every other window.
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"

#include <QAbstractTableModel>

namespace emporium {
namespace client {

class ApiClient;

class CartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, PriceColumn, QuantityColumn, TotalColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StockRole };

    explicit CartModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();
    void clear(); // signed out
    void setQuantity(qint64 itemId, int quantity);
    // adds to what is in the cart already
    void add(qint64 itemId, int quantity = 1);
    void remove(qint64 itemId) { setQuantity(itemId, 0); }
    // the server's cart (also from realtime updates)
    void apply(const protocol::Cart &cart);

    const protocol::Cart &cart() const { return m_cart; }
    int itemCount() const;
    QString totalText() const;

Q_SIGNALS:
    void changed();
    // a change the server refused (out of stock, ...): the cart shown is the server's
    void failed(const emporium::Error &error);

private:
    protocol::Cart m_cart;
    ApiClient &m_api;
    int m_changesInFlight = 0;
    bool m_overlapped = false; // another change was sent before this burst's answers were in
    quint64 m_changesSent = 0;
};

} // namespace client
} // namespace emporium
