#include "app/models/CartModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"

namespace emporium {
namespace client {

CartModel::CartModel(ApiClient &api, QObject *parent) : QAbstractTableModel(parent), m_api(api) {}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::CartLine &l = m_cart.lines.at(index.row());
    if (role == ItemIdRole)
        return l.item.id;
    if (role == StockRole)
        return l.item.stock;
    if (role == Qt::TextAlignmentRole && index.column() != ItemColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return l.item.title;
    case PriceColumn:
        return formatMoney(l.item.priceCents, l.item.currency);
    case QuantityColumn:
        return l.quantity;
    case TotalColumn:
        return formatMoney(l.lineTotalCents, l.item.currency);
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case PriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Quantity");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != QuantityColumn)
        return false;
    bool ok = false;
    const int q = value.toInt(&ok);
    if (!ok || q < 0)
        return false;
    setQuantity(m_cart.lines.at(index.row()).item.id, q);
    return true;
}

void CartModel::apply(const protocol::Cart &cart)
{
    beginResetModel();
    m_cart = cart;
    endResetModel();
    Q_EMIT changed();
}

void CartModel::clear()
{
    apply({});
}

// A change sent after the reload makes its answer old news (the reload read the cart before the change; under
// load it may arrive after the change's answer): the change's own answer, or the reload after it, brings the
// cart.
void CartModel::reload()
{
    const quint64 sentAfter = m_changesSent;
    m_api.cart(this, [this, sentAfter](Result<protocol::Cart> r) {
        if (r && m_changesSent == sentAfter)
            apply(r.value());
    });
}

void CartModel::setQuantity(qint64 itemId, int quantity)
{
    ++m_changesInFlight;
    ++m_changesSent;
    m_api.setCartQuantity(itemId, quantity, this, [this](Result<protocol::Cart> r) {
        --m_changesInFlight;
        if (!r)
            Q_EMIT failed(r.error());
        // Changes sent together may be answered in any order, each with the cart as the server had it
        // then: the last answer is not necessarily the newest cart. Once all are answered, read it.
        m_overlapped = m_overlapped || m_changesInFlight > 0 || !r;
        if (m_changesInFlight > 0)
            return;
        if (m_overlapped) {
            m_overlapped = false;
            reload(); // also after an error: show what the server has
            return;
        }
        apply(r.value());
    });
}

void CartModel::add(qint64 itemId, int quantity)
{
    int current = 0;
    for (const auto &l : std::as_const(m_cart.lines))
        if (l.item.id == itemId)
            current = l.quantity;
    setQuantity(itemId, current + quantity);
}

int CartModel::itemCount() const
{
    int n = 0;
    for (const auto &l : m_cart.lines)
        n += l.quantity;
    return n;
}

QString CartModel::totalText() const
{
    return formatMoney(m_cart.totalCents,
                       m_cart.currency.isEmpty() ? QStringLiteral("USD") : m_cart.currency);
}

} // namespace client
} // namespace emporium
