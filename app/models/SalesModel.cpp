#include "app/models/SalesModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"

#include <QDateTime>
#include <QLocale>

namespace emporium {
namespace client {

SalesModel::SalesModel(ApiClient &api, QObject *parent)
    : PagedModel(parent), m_api(api), m_from(QDate::currentDate().addDays(1 - kDefaultDays)),
      m_to(QDate::currentDate())
{
}

int SalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaleLine &l = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= QuantityColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    if (role == Qt::UserRole) { // raw values
        switch (index.column()) {
        case DateColumn:
            return l.createdAt;
        case OrderColumn:
            return l.orderId;
        case ItemColumn:
            return l.itemId;
        case QuantityColumn:
            return l.quantity;
        case UnitPriceColumn:
            return l.unitPriceCents;
        case TotalColumn:
            return l.totalCents;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(QDateTime::fromString(l.createdAt, Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    case OrderColumn:
        return QStringLiteral("#%1").arg(l.orderId);
    case ItemColumn:
        return l.title;
    case QuantityColumn:
        return QLocale().toString(l.quantity);
    case UnitPriceColumn:
        return formatMoney(l.unitPriceCents, currency());
    case TotalColumn:
        return formatMoney(l.totalCents, currency());
    default:
        return {};
    }
}

QVariant SalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case OrderColumn:
        return tr("Order");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

void SalesModel::requestPage(int page, quint64 generation)
{
    protocol::SalesQuery query;
    query.page = page;
    query.perPage = kPageSize;
    // local calendar days, sent as UTC instants
    if (m_from.isValid())
        query.from = m_from.startOfDay().toUTC().toString(Qt::ISODate);
    if (m_to.isValid())
        query.to = m_to.endOfDay().toUTC().toString(Qt::ISODate);
    query.itemId = m_item;
    m_api.sales(query, this, [this, generation](Result<protocol::Page<SaleLine>> r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            pageFailed();
            Q_EMIT failed(r.error().message);
            return;
        }
        const QList<SaleLine> &items = r->items;
        pageArrived(items.size(), r->total);
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + items.size() - 1));
            m_lines.append(items);
            endInsertRows();
        }
        pageDone();
        Q_EMIT loaded();
    });
}

void SalesModel::setFilter(const QDate &from, const QDate &to, qint64 itemId)
{
    m_from = from;
    m_to = to;
    m_item = itemId;
    reload();
}

void SalesModel::clear()
{
    beginResetModel();
    resetPaging();
    m_lines.clear();
    endResetModel();
}

void SalesModel::reload()
{
    clear();
    fetchMore({});
}

void SalesModel::applySale(qint64 orderId, qint64 itemId, qint64 quantity, qint64 totalCents,
                           const QString &at)
{
    const QDate day = QDateTime::fromString(at, Qt::ISODate).toLocalTime().date();
    if ((m_item && m_item != itemId) || (m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return;
    const QString title = m_titleOf ? m_titleOf(itemId) : QString();
    beginInsertRows({}, 0, 0);
    m_lines.prepend({orderId, itemId, title.isEmpty() ? tr("Item %1").arg(itemId) : title, quantity,
                     quantity ? totalCents / quantity : totalCents, totalCents, at});
    endInsertRows();
    addedLocally(true); // the server's pages now have this line too
}

} // namespace client
} // namespace emporium
