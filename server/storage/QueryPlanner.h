#pragma once
// Plans a search and corrects its spelling: turns what a buyer typed into what to look for: per word, the
// catalog terms it may mean (searched by ItemTextIndex in memory, or as an FTS5 query over items_fts). Each
// word must match; a word the catalog does not know is replaced by the catalog words it most likely meant,
// found through the trigram index of the vocabulary (search_terms_fts) and confirmed by edit distance:
// "hedphones" -> headphones, "keybord" -> keyboard. The last word also matches as a prefix, so results follow
// typing. On PostgreSQL (no FTS5) the vocabulary is the search index's, in memory.
#include "server/storage/Database.h"
#include "server/storage/ItemTextIndex.h"
#include "server/storage/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

namespace emporium::storage {

class QueryPlanner
{
public:
    static constexpr int kMaxWords = 8;
    static constexpr float kCorrectionWeight = 0.7f; // a correction's weight in a word's meaning

    explicit QueryPlanner(QSqlDatabase db)
        : m_db(db), m_statements(db), m_sqlVocabulary(Database::backendOf(db) == Backend::SQLite)
    {
    }
    // The search index, the vocabulary where the database has none (PostgreSQL).
    void setVocabulary(const ItemTextIndex *index) { m_index = index; }

    using Group = ItemTextIndex::Group;
    // What to look for: per word of the query, the terms it may mean (a term ending in '*' is
    // a prefix, for FTS5 only). Empty when the query has no searchable word. What each word means
    // is remembered for `dataVersion` (0: not remembered): "lmap" costs its corrections once,
    // whatever words come with it.
    QList<Group> plan(const QString &query, quint64 dataVersion = 0);
    // The FTS5 MATCH expression of a plan (also the plan's key in caches).
    static QString matchExpression(const QList<Group> &groups);
    // The query with each word the plan corrected replaced by its best correction ("wireles hedphones" ->
    // "wireless headphones"); empty when no word was corrected.
    static QString correctedQuery(const QString &query, const QList<Group> &groups);

    static QStringList words(const QString &query);
    static QStringList trigrams(const QString &word);
    static int editDistance(const QString &a, const QString &b);
    // New words of the catalog become correctable: run after item text changes (SQLite's vocabulary).
    static bool refreshTerms(QSqlDatabase &db);

private:
    Group meaning(const QString &word, bool last);
    bool isTerm(const QString &word);
    bool isPrefix(const QString &word);
    // known words that begin with `word` (not itself), shortest first
    QStringList completions(const QString &word);
    static constexpr int kCompletions = 8;
    QStringList corrections(const QString &word);
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }
    const ItemTextIndex *memory() const { return !m_sqlVocabulary && m_index ? m_index : nullptr; }

    QSqlDatabase m_db;
    StatementCache m_statements;
    bool m_sqlVocabulary;
    const ItemTextIndex *m_index = nullptr;
    QHash<QString, Group> m_meanings; // word (and '*' when last) -> its group, at m_meaningsVersion
    quint64 m_meaningsVersion = 0;
};

} // namespace emporium::storage
