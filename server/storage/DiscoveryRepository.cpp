#include "server/storage/DiscoveryRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/ItemRows.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace emporium::storage {

using protocol::Answer;
using protocol::HomeSection;
using protocol::Question;
using protocol::Review;
using protocol::ReviewPage;

namespace {

Error dbError(const QSqlQuery &q)
{
    return sqlError(q.lastError());
}

template <typename T> WriteResult<T> failedWith(Error e)
{
    return WriteResult<T>(std::move(e));
}

bool itemListed(QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ? AND ") + listedSql(db));
    q.addBindValue(itemId);
    return q.exec() && q.next();
}

} // namespace

DiscoveryRepository::DiscoveryRepository(QSqlDatabase db, QString currency)
    : m_db(db), m_currency(std::move(currency)), m_statements(db)
{
}

Result<QList<protocol::ItemSummary>> DiscoveryRepository::summaries(const QList<qint64> &ids,
                                                                    bool inStockOnly)
{
    QList<protocol::ItemSummary> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + itemSummaryColumns() + itemSummaryJoins() +
              QStringLiteral("WHERE i.id IN (") + marks.join(u',') + QStringLiteral(") AND ") +
              listedSql(m_db, QStringLiteral("i.delisted")) +
              (inStockOnly ? QStringLiteral(" AND i.stock > 0") : QString()));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    QHash<qint64, protocol::ItemSummary> byId;
    while (q.next()) {
        protocol::ItemSummary s = readItemSummary(q, m_currency);
        byId.insert(s.id, std::move(s));
    }
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.cend())
            out.append(it.value());
    return out;
}

Result<std::optional<QList<protocol::ItemSummary>>> DiscoveryRepository::related(qint64 itemId, int limit)
{
    if (!itemListed(m_db, itemId))
        return std::optional<QList<protocol::ItemSummary>>();
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT other_id FROM co_purchases WHERE item_id = ? ORDER BY count DESC, other_id LIMIT ?"));
    q.addBindValue(itemId);
    q.addBindValue(limit * 2); // some may be delisted or sold out
    if (!q.exec())
        return dbError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    auto items = summaries(ids, true);
    if (!items)
        return items.error();
    QList<protocol::ItemSummary> list = items.value();
    if (list.size() > limit)
        list.resize(limit);
    return std::optional<QList<protocol::ItemSummary>>(std::move(list));
}

Result<QList<HomeSection>> DiscoveryRepository::homeSections(int categories, int perCategory)
{
    // Which categories sell best over 30 days changes slowly: ranked at most once a minute per
    // thread (a month of sale events is read from a covering index); their items are fresh.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_topCategories.isEmpty() && m_topCategories.size() == categories &&
        nowMs - m_topCategoriesAt < 60000) {
        QList<HomeSection> sections;
        for (const protocol::Category &c : std::as_const(m_topCategories))
            sections.append({c, {}});
        return fillSections(sections, perCategory);
    }
    // the last 30 days by day (sale_days), today included; item counts from the index in memory
    // when it is built
    const QString since = QDateTime::currentDateTimeUtc().addDays(-29).toString(QStringLiteral("yyyy-MM-dd"));
    const bool indexed = m_textIndex && m_textIndex->ready();
    QSqlQuery &top = m_statements.get(
        QStringLiteral("SELECT c.id, c.name, c.slug, ") +
        (indexed ? QStringLiteral("0, ")
                 : QStringLiteral("(SELECT COUNT(*) FROM items i WHERE i.category_id = c.id AND ") +
                       listedSql(m_db, QStringLiteral("i.delisted")) + QStringLiteral("), ")) +
        QStringLiteral("COALESCE(r.revenue, 0) AS revenue FROM categories c LEFT JOIN "
                       "(SELECT category_id, CAST(SUM(amount_cents) AS bigint) AS revenue FROM sale_days "
                       "WHERE day >= ? "
                       "GROUP BY category_id) r "
                       "ON r.category_id = c.id ORDER BY revenue DESC, c.position, c.id LIMIT ?"));
    const QHash<qint64, qint64> listed = indexed ? m_textIndex->listedByCategory() : QHash<qint64, qint64>();
    top.addBindValue(since);
    top.addBindValue(categories);
    if (!top.exec())
        return dbError(top);
    QList<HomeSection> sections;
    while (top.next()) {
        HomeSection s;
        s.category.id = top.value(0).toLongLong();
        s.category.name = top.value(1).toString();
        s.category.slug = top.value(2).toString();
        s.category.itemCount = indexed ? listed.value(s.category.id) : top.value(3).toLongLong();
        sections.append(s);
    }
    top.finish();
    m_topCategories.clear();
    for (const HomeSection &s : std::as_const(sections))
        m_topCategories.append(s.category);
    m_topCategoriesAt = nowMs;
    return fillSections(sections, perCategory);
}

Result<QList<HomeSection>> DiscoveryRepository::fillSections(QList<HomeSection> sections, int perCategory)
{
    QSqlQuery &best = m_statements.get(
        QStringLiteral("SELECT ") + itemSummaryColumns() + itemSummaryJoins() +
        QStringLiteral("WHERE i.category_id = ? AND ") + listedSql(m_db, QStringLiteral("i.delisted")) +
        QStringLiteral(" AND i.stock > 0 ORDER BY i.sold_count DESC, i.id LIMIT ?"));
    for (HomeSection &s : sections) {
        best.addBindValue(s.category.id);
        best.addBindValue(perCategory);
        if (!best.exec())
            return dbError(best);
        while (best.next())
            s.items.append(readItemSummary(best, m_currency));
        best.finish();
    }
    return sections;
}

Result<QList<protocol::ItemSummary>> DiscoveryRepository::recommended(qint64 userId, int limit)
{
    // What the user touched, weighted: bought 3, in the cart or wishlist 2, viewed 1 (recent only).
    // Ties are broken in the order of SQLite's indexes, so both backends keep the same 100 and 50
    // rows; i.category_id is grouped too (one value per item; PostgreSQL wants every selected column).
    QSqlQuery &touched = m_statements.get(
        QStringLiteral("SELECT t.item_id, SUM(t.w), i.category_id FROM ("
                       " SELECT item_id, 3 AS w FROM (SELECT l.item_id FROM orders o JOIN "
                       "order_lines l ON l.order_id = o.id "
                       "  WHERE o.buyer_id = ? ORDER BY o.created_at DESC, o.id, l.id LIMIT 100) b"
                       " UNION ALL SELECT item_id, 2 FROM cart_items WHERE user_id = ?"
                       " UNION ALL SELECT item_id, 2 FROM wishlist_items WHERE user_id = ?"
                       " UNION ALL SELECT item_id, 1 FROM (SELECT item_id FROM item_views "
                       "WHERE user_id = ? ORDER BY viewed_at DESC, item_id LIMIT 50) v"
                       ") t JOIN items i ON i.id = t.item_id GROUP BY t.item_id, i.category_id"));
    for (int i = 0; i < 4; ++i)
        touched.addBindValue(userId);
    if (!touched.exec())
        return dbError(touched);
    QHash<qint64, qint64> weightOf; // item -> weight
    QHash<qint64, qint64> interest; // category -> weight
    while (touched.next()) {
        weightOf.insert(touched.value(0).toLongLong(), touched.value(1).toLongLong());
        interest[touched.value(2).toLongLong()] += touched.value(1).toLongLong();
    }
    touched.finish();
    if (weightOf.isEmpty())
        return QList<protocol::ItemSummary>();

    QHash<qint64, double> score;
    // bought together with what the user touched
    QSqlQuery &together = m_statements.get(QStringLiteral(
        "SELECT c.other_id, c.count, i.category_id FROM co_purchases c JOIN items i ON i.id = c.other_id "
        "WHERE c.item_id = ? ORDER BY c.count DESC, c.other_id LIMIT 20"));
    for (auto it = weightOf.cbegin(); it != weightOf.cend(); ++it) {
        together.addBindValue(it.key());
        if (!together.exec())
            return dbError(together);
        while (together.next())
            if (interest.contains(together.value(2).toLongLong()))
                score[together.value(0).toLongLong()] +=
                    10.0 * together.value(1).toDouble() * double(it.value());
        together.finish();
    }
    // the best sellers of the user's favourite categories (at most three)
    QList<std::pair<qint64, qint64>> categories(interest.keyValueBegin(), interest.keyValueEnd());
    std::sort(categories.begin(), categories.end(), [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    QSqlQuery &best = m_statements.get(
        QStringLiteral("SELECT id, sold_count FROM items WHERE category_id = ? AND ") + listedSql(m_db) +
        QStringLiteral(" AND stock > 0 ORDER BY sold_count DESC, id LIMIT 20"));
    for (qsizetype c = 0; c < std::min<qsizetype>(3, categories.size()); ++c) {
        best.addBindValue(categories[c].first);
        if (!best.exec())
            return dbError(best);
        while (best.next())
            score[best.value(0).toLongLong()] +=
                double(categories[c].second) * (1.0 + best.value(1).toDouble() / 100.0);
        best.finish();
    }
    // what the user already has or had is not a recommendation
    for (auto it = weightOf.cbegin(); it != weightOf.cend(); ++it)
        score.remove(it.key());
    QList<std::pair<qint64, double>> ranked(score.keyValueBegin(), score.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    QList<qint64> ids;
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), limit * 2); ++i)
        ids.append(ranked[i].first);
    auto items = summaries(ids, true);
    if (!items)
        return items.error();
    QList<protocol::ItemSummary> list = items.value();
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

Result<QList<protocol::ItemSummary>> DiscoveryRepository::recentlyViewed(qint64 userId, int limit)
{
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT item_id FROM item_views WHERE user_id = ? ORDER BY viewed_at DESC, item_id "
                       "LIMIT ?"));
    q.addBindValue(userId);
    q.addBindValue(limit);
    if (!q.exec())
        return dbError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return summaries(ids, false);
}

Result<std::optional<protocol::Page<Question>>> DiscoveryRepository::questions(qint64 itemId, int page,
                                                                               int perPage)
{
    using Out = std::optional<protocol::Page<Question>>;
    protocol::Page<Question> out;
    out.page = page;
    out.perPage = perPage;
    // one read answers both: is the item listed, and how many questions it has
    QSqlQuery &count = m_statements.get(QStringLiteral("SELECT question_count FROM items WHERE id = ? AND ") +
                                        listedSql(m_db));
    count.addBindValue(itemId);
    if (!count.exec())
        return dbError(count);
    if (!count.next())
        return Out();
    out.total = count.value(0).toLongLong();
    count.finish();
    // The page comes from the index alone, which holds every field shown (questions_item_page):
    // an item's questions lie together there, not scattered over the table.
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT id, body, user_id, helpful_count, created_at FROM questions WHERE item_id = ? "
                       "ORDER BY helpful_count DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(itemId);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return dbError(q);
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        Question question{
            q.value(0).toLongLong(), q.value(1).toString(), {q.value(2).toLongLong(), QString()},
            q.value(3).toLongLong(), isoText(q.value(4)),   {}};
        at.insert(question.id, out.items.size());
        out.items.append(std::move(question));
    }
    q.finish();
    if (out.items.isEmpty())
        return Out(std::move(out));
    // the page's question ids as one bound list: one statement, prepared once, for any page size
    QList<qint64> ids;
    for (const Question &question : std::as_const(out.items))
        ids.append(question.id);
    QSqlQuery &answers = m_statements.get(
        QStringLiteral("SELECT a.id, a.body, a.user_id, a.by_seller, a.helpful_count, a.created_at, "
                       "a.question_id FROM answers a WHERE ") +
        idListSql(m_db, QStringLiteral("a.question_id")) +
        QStringLiteral(" ORDER BY a.question_id, a.helpful_count DESC, a.id"));
    answers.addBindValue(idListValue(m_db, ids));
    if (!answers.exec())
        return dbError(answers);
    while (answers.next())
        out.items[at.value(answers.value(6).toLongLong())].answers.append(
            {answers.value(0).toLongLong(),
             answers.value(1).toString(),
             {answers.value(2).toLongLong(), QString()},
             answers.value(3).toBool(),
             answers.value(4).toLongLong(),
             isoText(answers.value(5))});
    answers.finish();
    if (auto named = nameAuthors(out.items); !named)
        return named.error();
    return Out(std::move(out));
}

Result<bool> DiscoveryRepository::nameAuthors(QList<Question> &questions)
{
    QList<qint64> authors;
    for (const Question &q : std::as_const(questions)) {
        authors.append(q.author.id);
        for (const Answer &a : q.answers)
            authors.append(a.author.id);
    }
    if (auto loaded = m_authors.load(m_db, m_statements, authors); !loaded)
        return loaded.error();
    for (Question &q : questions) {
        q.author.displayName = m_authors.name(q.author.id);
        for (Answer &a : q.answers)
            a.author.displayName = m_authors.name(a.author.id);
    }
    return true;
}

Result<std::optional<Question>> DiscoveryRepository::question(qint64 questionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT q.id, q.body, q.user_id, u.display_name, q.helpful_count, q.created_at FROM questions q "
        "JOIN users u ON u.id = q.user_id WHERE q.id = ?"));
    q.addBindValue(questionId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Question>();
    return std::optional<Question>(Question{q.value(0).toLongLong(),
                                            q.value(1).toString(),
                                            {q.value(2).toLongLong(), q.value(3).toString()},
                                            q.value(4).toLongLong(),
                                            isoText(q.value(5)),
                                            {}});
}

Result<std::optional<Answer>> DiscoveryRepository::answer(qint64 answerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.body, a.user_id, u.display_name, a.by_seller, a.helpful_count, a.created_at "
        "FROM answers a JOIN users u ON u.id = a.user_id WHERE a.id = ?"));
    q.addBindValue(answerId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Answer>();
    return std::optional<Answer>(Answer{q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        {q.value(2).toLongLong(), q.value(3).toString()},
                                        q.value(4).toBool(),
                                        q.value(5).toLongLong(),
                                        isoText(q.value(6))});
}

Result<std::optional<ReviewPage>> DiscoveryRepository::reviews(qint64 itemId, int page, int perPage)
{
    using Out = std::optional<ReviewPage>;
    ReviewPage out;
    out.page = page;
    out.perPage = perPage;
    // the item's rating is kept with every review: its count is the number of reviews
    QSqlQuery &count = m_statements.get(
        QStringLiteral("SELECT rating_sum, rating_count FROM items WHERE id = ? AND ") + listedSql(m_db));
    count.addBindValue(itemId);
    if (!count.exec())
        return dbError(count);
    if (!count.next())
        return Out();
    out.rating = ratingOf(count.value(0).toLongLong(), count.value(1).toLongLong());
    out.total = out.rating.count;
    count.finish();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT r.id, r.rating, r.body, r.user_id, u.display_name, r.created_at FROM reviews "
                       "r JOIN users u ON u.id = r.user_id "
                       "WHERE r.item_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(itemId);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return dbError(q);
    while (q.next())
        out.items.append({q.value(0).toLongLong(),
                          q.value(1).toInt(),
                          q.value(2).toString(),
                          {q.value(3).toLongLong(), q.value(4).toString()},
                          isoText(q.value(5))});
    q.finish();
    return Out(std::move(out));
}

Result<std::optional<Review>> DiscoveryRepository::review(qint64 reviewId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.rating, r.body, r.user_id, u.display_name, r.created_at FROM reviews r "
        "JOIN users u ON u.id = r.user_id WHERE r.id = ?"));
    q.addBindValue(reviewId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Review>();
    return std::optional<Review>(Review{q.value(0).toLongLong(),
                                        q.value(1).toInt(),
                                        q.value(2).toString(),
                                        {q.value(3).toLongLong(), q.value(4).toString()},
                                        isoText(q.value(5))});
}

WriteResult<qint64> DiscoveryRepository::ask(QSqlDatabase &db, qint64 itemId, qint64 userId,
                                             const QString &body)
{
    if (!itemListed(db, itemId))
        return failedWith<qint64>(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO questions(item_id, user_id, body, helpful_count, created_at) VALUES (?, ?, ?, 0, ?) "
        "RETURNING id"));
    for (const QVariant &v : QVariantList{itemId, userId, body, nowIso()})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failedWith<qint64>(dbError(q));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("UPDATE items SET question_count = question_count + 1 WHERE id = ?"));
    count.addBindValue(itemId);
    if (!count.exec())
        return failedWith<qint64>(dbError(count));
    return WriteResult<qint64>(id);
}

WriteResult<qint64> DiscoveryRepository::answerQuestion(QSqlDatabase &db, qint64 questionId, qint64 userId,
                                                        const QString &body)
{
    // the item's seller answers as the seller
    QSqlQuery owner(db);
    owner.prepare(QStringLiteral("SELECT s.owner_id FROM questions q JOIN items i ON i.id = q.item_id "
                                 "JOIN shops s ON s.id = i.shop_id WHERE q.id = ?"));
    owner.addBindValue(questionId);
    if (!owner.exec())
        return failedWith<qint64>(dbError(owner));
    if (!owner.next())
        return failedWith<qint64>(Error::notFound(QStringLiteral("question %1").arg(questionId)));
    const bool bySeller = owner.value(0).toLongLong() == userId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO answers(question_id, user_id, body, by_seller, helpful_count, created_at) "
        "VALUES (?, ?, ?, ?, 0, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{questionId, userId, body, bySeller, nowIso()})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failedWith<qint64>(dbError(q));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return WriteResult<qint64>(id);
}

WriteResult<Done> DiscoveryRepository::voteHelpful(QSqlDatabase &db, qint64 answerId, qint64 userId)
{
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT question_id FROM answers WHERE id = ?"));
    find.addBindValue(answerId);
    if (!find.exec())
        return failedWith<Done>(dbError(find));
    if (!find.next())
        return failedWith<Done>(Error::notFound(QStringLiteral("answer %1").arg(answerId)));
    const qint64 questionId = find.value(0).toLongLong();
    QSqlQuery vote(db);
    vote.prepare(
        QStringLiteral("INSERT INTO answer_votes(answer_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    vote.addBindValue(answerId);
    vote.addBindValue(userId);
    if (!vote.exec())
        return failedWith<Done>(dbError(vote));
    if (vote.numRowsAffected() == 1) { // a first vote counts; a second changes nothing
        QSqlQuery count(db);
        count.prepare(QStringLiteral("UPDATE answers SET helpful_count = helpful_count + 1 WHERE id = ?"));
        count.addBindValue(answerId);
        if (!count.exec())
            return failedWith<Done>(dbError(count));
        count.prepare(QStringLiteral("UPDATE questions SET helpful_count = helpful_count + 1 WHERE id = ?"));
        count.addBindValue(questionId);
        if (!count.exec())
            return failedWith<Done>(dbError(count));
    }
    return WriteResult<Done>(Done{});
}

WriteResult<qint64> DiscoveryRepository::addReview(QSqlDatabase &db, qint64 itemId, qint64 userId, int rating,
                                                   const QString &body)
{
    if (!itemListed(db, itemId))
        return failedWith<qint64>(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    QSqlQuery bought(db);
    bought.prepare(QStringLiteral("SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                  "WHERE o.buyer_id = ? AND l.item_id = ? LIMIT 1"));
    bought.addBindValue(userId);
    bought.addBindValue(itemId);
    if (!bought.exec())
        return failedWith<qint64>(dbError(bought));
    if (!bought.next())
        return failedWith<qint64>({QStringLiteral("forbidden"),
                                   QStringLiteral("only buyers who bought this item may review it"),
                                   {}});
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO reviews(item_id, user_id, rating, body, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(item_id, user_id) DO NOTHING RETURNING id"));
    for (const QVariant &v : QVariantList{itemId, userId, rating, body, nowIso()})
        q.addBindValue(v);
    if (!q.exec())
        return failedWith<qint64>(dbError(q));
    if (!q.next()) // no row back: the review was there already (QSQLITE counts no rows with RETURNING)
        return failedWith<qint64>(
            {QStringLiteral("conflict"), QStringLiteral("you have reviewed this item already"), {}});
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "UPDATE items SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE id = ?"));
    item.addBindValue(rating);
    item.addBindValue(itemId);
    if (!item.exec())
        return failedWith<qint64>(dbError(item));
    return WriteResult<qint64>(id, ChangeSet::item(itemId)); // its rating moved
}

WriteResult<Done> DiscoveryRepository::recordView(QSqlDatabase &db, qint64 userId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO item_views(user_id, item_id, viewed_at) SELECT ?, id, ? FROM items "
                             "WHERE id = ? AND ") +
              listedSql(db) + // (an import's items are delisted until shown: a view would pin them)
              QStringLiteral(" ON CONFLICT(user_id, item_id) DO UPDATE SET viewed_at = excluded.viewed_at"));
    q.addBindValue(userId);
    q.addBindValue(nowIso());
    q.addBindValue(itemId);
    q.exec(); // best effort: a lost view only makes recommendations a little less personal
    return WriteResult<Done>(Done{});
}

} // namespace emporium::storage
