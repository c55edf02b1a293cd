#pragma once
// Discovery: the home page's sections, "frequently bought together", recommendations and
// recently viewed items, questions with answers and helpful votes, and reviews. Reads run on the
// calling loop's connection, bounded by indexes (never a scan of orders); writes are jobs of the
// single writer (static functions taking the writer's connection).
#include "server/protocol/DiscoveryTypes.h"
#include "server/protocol/Result.h"
#include "server/storage/ItemTextIndex.h"
#include "server/storage/NameCache.h"
#include "server/storage/StatementCache.h"
#include "server/storage/Writer.h"

#include <QHash>
#include <QSqlDatabase>

namespace emporium::storage {

class DiscoveryRepository
{
public:
    DiscoveryRepository(QSqlDatabase db, QString currency);
    // item counts come from this index (shared by the threads) once it is ready
    void setTextIndex(const ItemTextIndex *index) { m_textIndex = index; }

    // nullopt: no such listed item
    Result<std::optional<QList<protocol::ItemSummary>>> related(qint64 itemId, int limit = 8);
    // the best-selling categories of the last 30 days with their best sellers (in stock)
    Result<QList<protocol::HomeSection>> homeSections(int categories = 4, int perCategory = 8);
    // from the user's orders, cart, wishlist and views; only categories the user touched
    Result<QList<protocol::ItemSummary>> recommended(qint64 userId, int limit = 12);
    Result<QList<protocol::ItemSummary>> recentlyViewed(qint64 userId, int limit = 12);

    Result<std::optional<protocol::Page<protocol::Question>>> questions(qint64 itemId, int page, int perPage);
    Result<std::optional<protocol::ReviewPage>> reviews(qint64 itemId, int page, int perPage);
    Result<std::optional<protocol::Question>> question(qint64 questionId);
    Result<std::optional<protocol::Answer>> answer(qint64 answerId);
    Result<std::optional<protocol::Review>> review(qint64 reviewId);

    // Writer jobs; each value is a Result<qint64> (the new row's id) or Result<Done>.
    static WriteResult<qint64> ask(QSqlDatabase &db, qint64 itemId, qint64 userId, const QString &body);
    static WriteResult<qint64> answerQuestion(QSqlDatabase &db, qint64 questionId, qint64 userId,
                                              const QString &body);
    static WriteResult<Done> voteHelpful(QSqlDatabase &db, qint64 answerId, qint64 userId);
    static WriteResult<qint64> addReview(QSqlDatabase &db, qint64 itemId, qint64 userId, int rating,
                                         const QString &body);
    static WriteResult<Done> recordView(QSqlDatabase &db, qint64 userId, qint64 itemId);

private:
    Result<QList<protocol::HomeSection>> fillSections(QList<protocol::HomeSection> sections, int perCategory);
    // summaries of listed items, in the order of `ids`
    Result<QList<protocol::ItemSummary>> summaries(const QList<qint64> &ids, bool inStockOnly);

    QSqlDatabase m_db;
    QString m_currency;
    StatementCache m_statements;
    QList<protocol::Category> m_topCategories; // the home page's categories, and when they were ranked
    qint64 m_topCategoriesAt = 0;
    // A page's authors named from m_authors.
    Result<bool> nameAuthors(QList<protocol::Question> &questions);
    NameCache m_authors{QStringLiteral("users"), QStringLiteral("display_name")};
    const ItemTextIndex *m_textIndex = nullptr;
};

} // namespace emporium::storage
