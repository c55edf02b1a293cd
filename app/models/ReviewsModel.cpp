#include "app/models/ReviewsModel.h"

#include "app/api/ApiClient.h"

#include "server/protocol/ErrorFields.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace emporium {
namespace client {

QString starsText(double rating)
{
    const int full = int(std::lround(rating));
    return QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606));
}

ReviewsModel::ReviewsModel(ApiClient &api, QObject *parent) : PagedModel(parent), m_api(api) {}

int ReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = m_rows.at(index.row());
    const QString day = QLocale().toString(
        QDateTime::fromString(r.createdAt, Qt::ISODate).toLocalTime().date(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return r.body.isEmpty() ? tr("%1  %2 · %3").arg(starsText(r.rating), r.author, day)
                                : tr("%1  %2 · %3\n%4").arg(starsText(r.rating), r.author, day, r.body);
    case Qt::AccessibleTextRole:
        return tr("%1 of 5 stars from %2: %3").arg(r.rating).arg(r.author, r.body);
    case IdRole:
        return r.id;
    case RatingRole:
        return r.rating;
    case AuthorRole:
        return r.author;
    case BodyRole:
        return r.body;
    case CreatedAtRole:
        return r.createdAt;
    default:
        return {};
    }
}

void ReviewsModel::requestPage(int page, quint64 generation)
{
    m_api.reviews(m_item, page, kPageSize, this, [this, generation](Result<protocol::ReviewPage> r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            pageFailed();
            Q_EMIT failed(r.error().message);
            return;
        }
        const QList<protocol::Review> &items = r->items;
        pageArrived(items.size(), r->total);
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const protocol::Review &i : items)
                m_rows.append({i.id, i.rating, i.body, i.author.displayName, i.createdAt});
            endInsertRows();
        }
        m_rating = r->rating;
        pageDone();
        Q_EMIT loaded();
    });
}

void ReviewsModel::setItem(qint64 itemId)
{
    beginResetModel();
    resetPaging();
    m_item = itemId;
    m_rows.clear();
    m_rating = {};
    endResetModel();
    fetchMore({});
}

void ReviewsModel::submit(int rating, const QString &body)
{
    // the answer counts while the same item is shown, even if the list was reloaded meanwhile
    const qint64 item = m_item;
    m_api.addReview(item, rating, body.trimmed(), this, [this, item](Result<protocol::Review> r) {
        if (item != m_item)
            return;
        if (!r) {
            const int status = protocol::httpStatus(r.error());
            Q_EMIT failed(status == 403   ? tr("Only buyers who bought this item can review it.")
                          : status == 409 ? tr("You have reviewed this item already.")
                                          : r.error().message);
            return;
        }
        setItem(m_item); // the new review on top, and the new average
        Q_EMIT submitted();
    });
}

} // namespace client
} // namespace emporium
