#pragma once
// The catalog as a lazy list model: rows arrive a page at a time through fetchMore as the
// view scrolls, so a catalog of a million items costs only what was looked at. Thumbnails are
// fetched on first display and kept in a bounded cache.
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/ItemQuery.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>

namespace emporium {
namespace client {

class ApiClient;

class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 total READ total NOTIFY totalChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PriceCentsRole,
        PriceTextRole,
        CurrencyRole,
        StockRole,
        SoldCountRole,
        RatingRole,
        RatingCountRole,
        CategoryRole,
        ShopRole,
        ThumbnailRole,
    };
    static constexpr int kPageSize = 48;

    explicit CatalogModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The roles above (but the thumbnail) of one summary, for every model that shows item cards.
    static QVariant summaryData(const protocol::ItemSummary &item, int role);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the query; the model empties and loads the first page.
    void setQuery(const protocol::ItemQuery &query);
    const protocol::ItemQuery &query() const { return m_query; }
    // Loads the current query again from the first page.
    void reload();

    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const protocol::ItemSummary &itemAt(int row) const { return m_rows.at(row); }
    // a live stock event: the row (if loaded) changes in place
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    void requestThumbnail(int row) const;
    void setLoading(bool loading);

    ApiClient &m_api;
    protocol::ItemQuery m_query;
    QList<protocol::ItemSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    qint64 m_total = -1; // unknown until the first page arrives
    bool m_loading = false;
    bool m_failed = false; // stop fetching after an error until reload()
    quint64 m_generation = 0;
    mutable QCache<qint64, QImage> m_thumbnails;
    mutable QSet<qint64> m_pendingThumbnails;
};

} // namespace client
} // namespace emporium
