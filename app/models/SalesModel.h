#pragma once
// The shop's own sales: its order lines, newest first, filtered by date and item, loaded a page
// at a time; a live sale that matches the filter appears on top at once.
#include "app/models/PagedModel.h"
#include "server/protocol/SellerTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <functional>

namespace emporium {
namespace client {

class ApiClient;

using SaleLine = protocol::SaleLine;

class SalesModel : public PagedModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        OrderColumn,
        ItemColumn,
        QuantityColumn,
        UnitPriceColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int kDefaultDays = 30;

    explicit SalesModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Days are the user's local calendar days; a null date leaves that end open; item 0: all.
    // Until set: every item of the last kDefaultDays days, today included.
    void setFilter(const QDate &from, const QDate &to, qint64 itemId);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    qint64 itemFilter() const { return m_item; }
    void reload();
    void clear();
    const SaleLine &lineAt(int row) const { return m_lines.at(row); }
    // names an item of a live sale (the event carries only its id)
    void setTitleLookup(std::function<QString(qint64)> lookup) { m_titleOf = std::move(lookup); }
    // a `sale` event of the seller topic
    void applySale(qint64 orderId, qint64 itemId, qint64 quantity, qint64 totalCents, const QString &at);
    static QString currency() { return QStringLiteral("USD"); }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;

    ApiClient &m_api;
    QList<SaleLine> m_lines;
    QDate m_from, m_to;
    qint64 m_item = 0;
    std::function<QString(qint64)> m_titleOf;
};

} // namespace client
} // namespace emporium
