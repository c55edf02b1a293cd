#pragma once
// The catalog as a lazy list model: rows arrive a page at a time through fetchMore as the
// view scrolls, so a catalog of a million items costs only what was looked at. Thumbnails are
// fetched on first display and kept in a bounded cache.
#include "app/models/PagedModel.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/ItemQuery.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>

namespace emporium {
namespace client {

class ApiClient;

class CatalogModel : public PagedModel<QAbstractListModel>
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
        ArrivesByRole, // YYYY-MM-DD for the buyer's country; "" when unknown or not shipped there
    };
    static constexpr int kPageSize = 48;

    explicit CatalogModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The roles above (but the thumbnail) of one summary, for every model that shows item cards.
    static QVariant summaryData(const protocol::ItemSummary &item, int role);

    // Replaces the query; the model empties and loads the first page.
    void setQuery(const protocol::ItemQuery &query);
    const protocol::ItemQuery &query() const { return m_query; }
    // Loads the current query again from the first page.
    void reload();

    const protocol::ItemSummary &itemAt(int row) const { return m_rows.at(row); }
    // what the server corrected the search to ("" when nothing), known with the first page (totalChanged)
    QString didYouMean() const { return m_didYouMean; }
    bool hasFailed() const { return m_failed; }
    // a live stock event: the row (if loaded) changes in place
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    // after an error, no more pages until reload(); nothing to ask before the server is known
    bool readyToFetch() const override;
    void onLoadingChanged(bool loading) override { Q_EMIT loadingChanged(loading); }
    void requestThumbnail(int row) const;

    ApiClient &m_api;
    protocol::ItemQuery m_query;
    QList<protocol::ItemSummary> m_rows;
    QString m_didYouMean;
    QHash<qint64, int> m_rowOfId;
    bool m_failed = false; // stop fetching after an error until reload()
    mutable QCache<qint64, QImage> m_thumbnails;
    mutable QSet<qint64> m_pendingThumbnails;
};

} // namespace client
} // namespace emporium
