#pragma once
// An item's reviews, newest first, a page at a time, with the item's rating; a buyer who bought
// the item writes one (the server refuses others and says why).
#include "app/models/PagedModel.h"
#include "server/protocol/CatalogTypes.h"

#include <QAbstractListModel>

namespace emporium {
namespace client {

class ApiClient;

struct ReviewRow
{
    qint64 id = 0;
    int rating = 0;
    QString body;
    QString author;
    QString createdAt;
};

class ReviewsModel : public PagedModel<QAbstractListModel>
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RatingRole, AuthorRole, BodyRole, CreatedAtRole };
    static constexpr int kPageSize = 10;

    explicit ReviewsModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItem(qint64 itemId);
    protocol::Rating rating() const { return m_rating; }
    const ReviewRow &reviewAt(int row) const { return m_rows.at(row); }
    // rating 1..5
    void submit(int rating, const QString &body);

Q_SIGNALS:
    void loaded();
    void submitted();
    void failed(const QString &message);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    bool readyToFetch() const override { return m_item != 0; }

    ApiClient &m_api;
    qint64 m_item = 0;
    QList<ReviewRow> m_rows;
    protocol::Rating m_rating;
};

// "★★★★☆" for a rating
QString starsText(double rating);

} // namespace client
} // namespace emporium
