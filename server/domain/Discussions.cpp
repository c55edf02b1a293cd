#include "server/domain/Discussions.h"

#include "server/storage/DiscoveryRepository.h"
#include "server/storage/Writer.h"

namespace emporium::domain {

using storage::DiscoveryRepository;

QFuture<Result<qint64>> Discussions::ask(qint64 itemId, qint64 userId, const QString &body)
{
    return m_writer.submit<qint64>(
        [=](QSqlDatabase &db) { return DiscoveryRepository::ask(db, itemId, userId, body); });
}

QFuture<Result<qint64>> Discussions::answer(qint64 questionId, qint64 userId, const QString &body)
{
    return m_writer.submit<qint64>(
        [=](QSqlDatabase &db) { return DiscoveryRepository::answerQuestion(db, questionId, userId, body); });
}

QFuture<Result<Done>> Discussions::markHelpful(qint64 answerId, qint64 userId)
{
    return m_writer.submit<Done>(
        [=](QSqlDatabase &db) { return DiscoveryRepository::voteHelpful(db, answerId, userId); });
}

QFuture<Result<qint64>> Discussions::review(qint64 itemId, qint64 userId, int rating, const QString &body)
{
    // a missing text is '' in the database, never NULL
    const QString text = body.isNull() ? QStringLiteral("") : body;
    return m_writer.submit<qint64>(
        [=](QSqlDatabase &db) { return DiscoveryRepository::addReview(db, itemId, userId, rating, text); });
}

} // namespace emporium::domain
