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

ReviewsModel::ReviewsModel(ApiClient &api, QObject *parent) : QAbstractListModel(parent), m_api(api) {}

int ReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = m_rows.at(index.row());
    const QString day = QLocale().toString(QDateTime::fromString(r.createdAt, Qt::ISODate).toLocalTime().date(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return r.body.isEmpty() ? tr("%1  %2 · %3").arg(starsText(r.rating), r.author, day)
                                : tr("%1  %2 · %3\n%4").arg(starsText(r.rating), r.author, day, r.body);
    case Qt::AccessibleTextRole: return tr("%1 of 5 stars from %2: %3").arg(r.rating).arg(r.author, r.body);
    case IdRole: return r.id;
    case RatingRole: return r.rating;
    case AuthorRole: return r.author;
    case BodyRole: return r.body;
    case CreatedAtRole: return r.createdAt;
    default: return {};
    }
}

bool ReviewsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_item && !m_loading && m_total >= 0 && m_fetched < m_total;
}

void ReviewsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_item || m_loading || (m_total >= 0 && m_fetched >= m_total))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    m_api.reviews(m_item, m_fetched / kPageSize + 1, kPageSize, this,
                  [this, generation](Result<protocol::ReviewPage> r) {
                      if (generation != m_generation)
                          return;
                      if (!r) {
                          m_loading = false;
                          Q_EMIT failed(r.error().message);
                          return;
                      }
                      const QList<protocol::Review> &items = r->items;
                      m_fetched += int(items.size());
                      // known before rows arrive: a view asking for more while they are inserted must not
                      // fetch this page again
                      m_total = items.isEmpty() ? m_fetched : r->total;
                      if (!items.isEmpty()) {
                          beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
                          for (const protocol::Review &i : items)
                              m_rows.append({i.id, i.rating, i.body, i.author.displayName, i.createdAt});
                          endInsertRows();
                      }
                      m_rating = r->rating;
                      m_loading =
                          false; // only now: a view asking for more during the insert must wait for this page
                      Q_EMIT loaded();
                  });
}

void ReviewsModel::setItem(qint64 itemId)
{
    beginResetModel();
    ++m_generation;
    m_item = itemId;
    m_rows.clear();
    m_rating = {};
    m_total = -1;
    m_fetched = 0;
    m_loading = false;
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
