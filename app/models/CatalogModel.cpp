#include "app/models/CatalogModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"

namespace emporium {
namespace client {

CatalogModel::CatalogModel(ApiClient &api, QObject *parent) : PagedModel(parent), m_api(api)
{
    setFetchesBeforeTotal(true); // a view shown at once asks for the first page itself
    m_query.perPage = kPageSize;
    m_thumbnails.setMaxCost(600); // thumbnails (~170 KB decoded each): ~100 MB at most
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::ItemSummary &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DecorationRole:
    case ThumbnailRole:
        if (const QImage *img = m_thumbnails.object(item.id))
            return *img;
        requestThumbnail(index.row());
        return {};
    default:
        return summaryData(item, role);
    }
}

QVariant CatalogModel::summaryData(const protocol::ItemSummary &item, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(item.title, item.shopName);
    case IdRole:
        return item.id;
    case PriceCentsRole:
        return item.priceCents;
    case PriceTextRole:
        return formatMoney(item.priceCents, item.currency);
    case CurrencyRole:
        return item.currency;
    case StockRole:
        return item.stock;
    case SoldCountRole:
        return item.soldCount;
    case RatingRole:
        return item.rating.average;
    case RatingCountRole:
        return item.rating.count;
    case CategoryRole:
        return item.categoryName;
    case ShopRole:
        return item.shopName;
    case ArrivesByRole:
        return item.arrivesBy;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {PriceCentsRole, "price_cents"},
                  {PriceTextRole, "price_text"},
                  {CurrencyRole, "currency"},
                  {StockRole, "stock"},
                  {SoldCountRole, "sold_count"},
                  {RatingRole, "rating"},
                  {RatingCountRole, "rating_count"},
                  {CategoryRole, "category"},
                  {ShopRole, "shop"},
                  {ThumbnailRole, "thumbnail"},
                  {ArrivesByRole, "arrives_by"}});
    return names;
}

bool CatalogModel::readyToFetch() const
{
    return !m_failed && !m_api.baseUrl().isEmpty();
}

void CatalogModel::requestPage(int pageNumber, quint64 generation)
{
    protocol::ItemQuery q = m_query;
    q.perPage = kPageSize;
    q.page = pageNumber;
    m_api.items(q, this, [this, generation](Result<protocol::Page<protocol::ItemSummary>> r) {
        if (!isCurrent(generation))
            return; // an answer to a query that was replaced meanwhile
        if (!r) {
            pageFailed();
            m_failed = true;
            Q_EMIT failed(r.error().message);
            return;
        }
        auto &page = r.value();
        if (qsizetype(page.page - 1) * kPageSize != m_rows.size())
            return pageDone();
        const qint64 before = total();
        if (page.page == 1)
            m_didYouMean = page.didYouMean;
        pageArrived(page.items.size(), page.total); // items may vanish between pages: never promise more
        if (!page.items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
            int row = int(m_rows.size());
            for (const auto &item : std::as_const(page.items))
                m_rowOfId.insert(item.id, row++);
            m_rows.append(std::move(page.items));
            endInsertRows();
        }
        pageDone();
        if (page.total != before || m_rows.size() >= page.total)
            Q_EMIT totalChanged(total());
    });
}

void CatalogModel::setQuery(const protocol::ItemQuery &query)
{
    m_query = query;
    reload();
}

void CatalogModel::reload()
{
    beginResetModel();
    resetPaging();
    m_rows.clear();
    m_rowOfId.clear();
    m_didYouMean.clear();
    m_failed = false;
    m_pendingThumbnails.clear();
    endResetModel();
    Q_EMIT totalChanged(total());
    fetchMore({});
}

void CatalogModel::applyStock(qint64 itemId, qint64 stock, qint64 soldCount)
{
    const int row = m_rowOfId.value(itemId, -1);
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].stock = stock;
    m_rows[row].soldCount = soldCount;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {StockRole, SoldCountRole, Qt::DisplayRole});
}

void CatalogModel::requestThumbnail(int row) const
{
    const protocol::ItemSummary &item = m_rows.at(row);
    if (item.thumbnailUrl.isEmpty() || m_pendingThumbnails.contains(item.id))
        return;
    m_pendingThumbnails.insert(item.id);
    auto *self = const_cast<CatalogModel *>(this);
    const qint64 id = item.id;
    const quint64 generation = this->generation();
    m_api.image(item.thumbnailUrl, self, [self, id, generation](Result<QImage> r) {
        self->m_pendingThumbnails.remove(id);
        if (!self->isCurrent(generation))
            return;
        // A picture that failed is cached as a null image, so it is not asked for again and again.
        self->m_thumbnails.insert(id, new QImage(r ? r.value() : QImage()), 1);
        const int row = self->m_rowOfId.value(id, -1);
        if (row >= 0) {
            const QModelIndex idx = self->index(row);
            Q_EMIT self->dataChanged(idx, idx, {Qt::DecorationRole, ThumbnailRole});
        }
    });
}

} // namespace client
} // namespace emporium
