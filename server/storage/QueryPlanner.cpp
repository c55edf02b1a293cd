#include "server/storage/QueryPlanner.h"

#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <vector>

namespace emporium::storage {

QStringList QueryPlanner::words(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (const QString &w : query.toLower().split(separators, Qt::SkipEmptyParts)) {
        // at most 40 UTF-16 units, never half a character (a lone surrogate is no text for PostgreSQL)
        const QString word = w.left(w.size() > 40 && w[39].isHighSurrogate() ? 39 : 40);
        if (word.size() >= 2 && !out.contains(word))
            out << word;
        if (out.size() == kMaxWords)
            break;
    }
    return out;
}

QStringList QueryPlanner::trigrams(const QString &word)
{
    QStringList out;
    for (qsizetype i = 0; i + 3 <= word.size(); ++i) {
        const QString t = word.mid(i, 3);
        if (!out.contains(t))
            out << t;
    }
    return out;
}

int QueryPlanner::editDistance(const QString &a, const QString &b)
{
    // Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo.
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                              d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    }
    return d[size_t(n)][size_t(m)];
}

bool QueryPlanner::refreshTerms(QSqlDatabase &db)
{
    if (Database::backendOf(db) != Backend::SQLite)
        return true; // the vocabulary is the search index's, which follows every change itself
    QSqlQuery q(db);
    return q.exec(QStringLiteral("INSERT INTO search_terms(term) SELECT term FROM items_fts_vocab WHERE "
                                 "length(term) >= 3 ON CONFLICT DO NOTHING"));
}

bool QueryPlanner::isTerm(const QString &word)
{
    if (const ItemTextIndex *index = memory())
        return index->hasTerm(word);
    // The B-tree of known words answers at once; the full-text vocabulary (which fts5vocab
    // scans: 25 ms a word at a million items) only for what search_terms may leave out: words
    // under three letters and numbers.
    QSqlQuery &known = prepared(QStringLiteral("SELECT 1 FROM search_terms WHERE term = ?"));
    known.bindValue(0, word);
    bool found = known.exec() && known.next();
    known.finish();
    if (found ||
        (word.size() >= 3 && std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })))
        return found;
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM items_fts_vocab WHERE term = ?"));
    q.bindValue(0, word);
    found = q.exec() && q.next();
    q.finish();
    return found;
}

bool QueryPlanner::isPrefix(const QString &word)
{
    if (const ItemTextIndex *index = memory())
        return !index->completions(word, 1).isEmpty();
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM search_terms WHERE term > ? AND term < ? LIMIT 1"));
    q.bindValue(0, word);
    q.bindValue(1, word + QChar(0xffff));
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QStringList QueryPlanner::corrections(const QString &word)
{
    const QStringList grams = trigrams(word);
    if (grams.isEmpty())
        return {};
    if (const ItemTextIndex *index = memory())
        return index->termsNear(word, word.size() <= 4 ? 1 : 2, 5);
    QStringList quoted;
    for (const QString &g : grams)
        quoted << u'"' + g + u'"';
    QSqlQuery &q = prepared(QStringLiteral("SELECT term FROM search_terms_fts WHERE search_terms_fts MATCH ? "
                                           "ORDER BY bm25(search_terms_fts) LIMIT 60"));
    q.bindValue(0, quoted.join(QStringLiteral(" OR ")));
    const int allowed = word.size() <= 4 ? 1 : 2;
    std::vector<std::pair<int, QString>> found;
    if (q.exec()) {
        while (q.next()) {
            const QString term = q.value(0).toString();
            const int d = editDistance(word, term);
            if (d <= allowed)
                found.emplace_back(d, term);
        }
    }
    q.finish();
    // A short word has few letter triples, and a typo breaks most of them ("lmap" shares none
    // with "lamp"): then the known words of about its length with its first letter are tried.
    if (found.empty() && word.size() <= 6) {
        QSqlQuery &near = prepared(QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < "
                                                  "? AND length(term) BETWEEN ? AND ? LIMIT 5000"));
        near.bindValue(0, word.left(1));
        near.bindValue(1, QString(QChar(word[0].unicode() + 1)));
        near.bindValue(2, word.size() - allowed);
        near.bindValue(3, word.size() + allowed);
        if (near.exec()) {
            while (near.next()) {
                const QString term = near.value(0).toString();
                const int d = editDistance(word, term);
                if (d <= allowed)
                    found.emplace_back(d, term);
            }
        }
        near.finish();
    }
    std::stable_sort(found.begin(), found.end(), [](auto &x, auto &y) { return x.first < y.first; });
    QStringList out;
    for (const auto &f : found) {
        if (out.size() == 5)
            break;
        out << f.second;
    }
    return out;
}

QStringList QueryPlanner::completions(const QString &word)
{
    if (const ItemTextIndex *index = memory())
        return index->completions(word, kCompletions);
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT term FROM search_terms WHERE term > ? AND term < ? ORDER BY length(term), term LIMIT 64"));
    q.bindValue(0, word);
    q.bindValue(1, word + QChar(0xffff));
    QStringList out;
    if (q.exec())
        while (q.next() && out.size() < kCompletions)
            out << q.value(0).toString();
    q.finish();
    return out;
}

QList<QueryPlanner::Group> QueryPlanner::plan(const QString &query, quint64 dataVersion)
{
    if (dataVersion != m_meaningsVersion || m_meanings.size() >= 50000) {
        m_meanings.clear(); // new words may have come with the data
        m_meaningsVersion = dataVersion;
    }
    const QStringList ws = words(query);
    QList<Group> groups;
    for (qsizetype i = 0; i < ws.size(); ++i) {
        const bool last = i == ws.size() - 1;
        if (!dataVersion) {
            groups << meaning(ws[i], last);
            continue;
        }
        const QString key = last ? ws[i] + u'*' : ws[i];
        auto known = m_meanings.constFind(key);
        if (known == m_meanings.cend())
            known = m_meanings.insert(key, meaning(ws[i], last));
        groups << *known;
    }
    return groups;
}

QueryPlanner::Group QueryPlanner::meaning(const QString &w, bool last)
{
    // The last word may be unfinished ("lam" while typing "lamp"): it also matches the shortest
    // known words it begins, as exact terms (an FTS prefix query scans the vocabulary).
    const auto withCompletions = [this](const QString &w, bool known) {
        Group g;
        if (known)
            g << ItemTextIndex::Alternative{w, 1.0f};
        for (const QString &c : completions(w))
            g << ItemTextIndex::Alternative{c, 0.8f};
        if (g.isEmpty())
            g << ItemTextIndex::Alternative{w + u'*',
                                            1.0f}; // short words are not in search_terms: let FTS expand them
        return g;
    };
    if (isTerm(w))
        return last ? withCompletions(w, true) : Group{{w, 1.0f}};
    if (last && isPrefix(w))
        return withCompletions(w, false);
    if (const QStringList fixes = corrections(w); !fixes.isEmpty()) {
        Group g;
        for (const QString &f : fixes)
            g << ItemTextIndex::Alternative{f, kCorrectionWeight};
        return g;
    }
    return Group{{w, 1.0f}}; // matches nothing: the answer is an honest empty page
}

QString QueryPlanner::correctedQuery(const QString &query, const QList<Group> &groups)
{
    QStringList ws = words(query);
    bool corrected = false;
    for (qsizetype i = 0; i < ws.size() && i < groups.size(); ++i) {
        const Group &g = groups[i];
        // a correction is all a word's meaning is when it is no known word and begins none (meaning())
        const bool onlyCorrections = !g.isEmpty() && std::all_of(g.cbegin(), g.cend(), [](const auto &a) {
            return a.weight == kCorrectionWeight;
        });
        if (onlyCorrections && g.first().term != ws[i]) {
            ws[i] = g.first().term;
            corrected = true;
        }
    }
    return corrected ? ws.join(u' ') : QString();
}

QString QueryPlanner::matchExpression(const QList<Group> &groups)
{
    QStringList out;
    for (const Group &g : groups) {
        QStringList alternatives;
        for (const auto &a : g)
            alternatives << (a.term.endsWith(u'*') ? u'"' + a.term.chopped(1) + QStringLiteral("\"*")
                                                   : u'"' + a.term + u'"');
        out << (alternatives.size() == 1 ? alternatives.first()
                                         : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    return out.join(QStringLiteral(" AND "));
}

} // namespace emporium::storage
