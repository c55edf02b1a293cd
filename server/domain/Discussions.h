#pragma once
// What buyers say about items: questions, answers, helpful votes and reviews (one per buyer and item,
// only from buyers who bought it), each one writer job. A review moves the item's rating, which
// CatalogChanges carries to search and the caches after the commit.
#include "server/protocol/Result.h"

#include <QFuture>
#include <QString>

namespace emporium::storage {
class Writer;
}

namespace emporium::domain {

class Discussions
{
public:
    explicit Discussions(storage::Writer &writer) : m_writer(writer) {}

    QFuture<Result<qint64>> ask(qint64 itemId, qint64 userId, const QString &body); // the question's id
    QFuture<Result<qint64>> answer(qint64 questionId, qint64 userId, const QString &body); // the answer's id
    QFuture<Result<Done>> markHelpful(qint64 answerId, qint64 userId);                     // once per user
    QFuture<Result<qint64>> review(qint64 itemId, qint64 userId, int rating,
                                   const QString &body); // the review's id

private:
    storage::Writer &m_writer;
};

} // namespace emporium::domain
