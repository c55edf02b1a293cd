#pragma once
// The catalog's words in memory, for search that stays fast at a million items.
//
// FTS5 ranks with bm25, which reads every match's row sizes: a common word ("walnut", a
// quarter of a million items) cost 50-300 ms a query, and filtering the matches by stock or
// category joined each with its item. Here every word has a sorted list of documents (one
// 32-bit posting: document number and the fields it occurs in), and every document its
// attributes (price, stock, category, shop, sales, rating, age) beside it: a query intersects
// the lists of its words, filters and counts as it goes and keeps the best page in a bounded
// heap, all in one pass over the rarest word's list (a few nanoseconds a posting).
//
// Words with digits (model numbers) are left to FTS5 on SQLite: they are rare per word, so its
// answer is quick, and leaving them out keeps a million "Model 123456" words out of memory. On
// PostgreSQL (no FTS5) the index keeps them too (keepDigitWords), and is also the vocabulary the
// query planner checks and corrects words against (hasTerm, completions, termsNear).
//
// Shared by every event loop: searches take a shared lock, changes an exclusive one for the
// moment they are applied. Built at server start off the loops (searches use FTS5 until it is
// ready); after a write, the items it changed are re-read (refresh): a document whose words
// changed is replaced by a new one at the end of every list (the old one is marked dead),
// other changes are made in place.
#include "server/protocol/ItemQuery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace emporium::storage {

class ItemTextIndex
{
public:
    struct Alternative
    {
        QString term;
        float weight = 1.0f; // the word as typed 1; a completion or correction less
    };
    using Group = QList<Alternative>; // one word of the query: any of these terms

    struct Filter
    {
        std::optional<qint64> category;
        std::optional<qint64> seller;
        std::optional<qint64> minPriceCents;
        std::optional<qint64> maxPriceCents;
        bool inStock = true;
    };
    struct Hits
    {
        qint64 total = 0;
        QList<qint64> ids; // the page asked for, best first
    };

    // Words with digits are indexed too (before build(): PostgreSQL, where nothing else finds them).
    void keepDigitWords(bool keep) { m_digitWords = keep; }
    // Reads every item through db (run it off the event loops). Changes noted while it ran are
    // applied after. False if the database failed or abort() was called.
    bool build(QSqlDatabase &db);
    void abort() { m_abort.store(true); }
    bool aborted() const { return m_abort.load(std::memory_order_relaxed); }
    bool ready() const { return m_ready.load(std::memory_order_acquire); }
    // Re-reads these items after a write changed them (before the index is ready: noted).
    void refresh(QSqlDatabase db, const QList<qint64> &ids);
    // every item of a shop (after an import)
    void refreshShop(QSqlDatabase db, qint64 shopId);

    // Can these groups be answered here (no prefix "w*"; no word with digits unless kept)?
    bool covers(const QList<Group> &groups) const;

    // The vocabulary, for planning a query without the database. Is `term` a word of the catalog?
    bool hasTerm(const QString &term) const;
    // Words of three letters or more that begin with `prefix` (not itself), shortest first, then in order.
    QStringList completions(const QString &prefix, int limit) const;
    // Words of three letters or more within `maxDistance` edits of `word` (distance, then word order).
    QStringList termsNear(const QString &word, int maxDistance, int limit) const;
    // Every group must match.
    Hits search(const QList<Group> &groups, const Filter &filter, protocol::ItemSort sort, qint64 offset,
                qint64 limit) const;
    // The same, remembered under `key` (which must name all of the above) until the index
    // changes: the threads share what one of them found.
    Hits search(const QString &key, const QList<Group> &groups, const Filter &filter, protocol::ItemSort sort,
                qint64 offset, qint64 limit) const;

    // How many items pass the filter, without words (a pass over the packed attributes: about a
    // millisecond a million items, where counting them in SQLite took 80 ms).
    qint64 count(const Filter &filter) const;
    // listed items per category (kept until the index changes)
    QHash<qint64, qint64> listedByCategory() const;

    // The words of a text as they are indexed: lower case, without diacritics, two letters or more.
    static QStringList terms(const QString &text);
    qint64 documentCount() const;
    qint64 termCount() const;

private:
    enum Flags : std::uint8_t { Live = 1, Listed = 2, InStock = 4 };
    enum Fields : std::uint32_t { Title = 1, Description = 2, CategoryName = 4, ShopName = 8 };
    struct Doc
    {
        qint64 priceCents = 0;
        std::uint64_t textHash = 0;
        std::uint32_t item = 0;
        std::uint32_t category = 0;
        std::uint32_t shop = 0;
        std::int32_t created = 0; // seconds since the epoch
        std::int32_t sold = 0;
        std::int32_t ratingSum = 0;
        std::int32_t ratingCount = 0;
        std::uint8_t titleTerms = 0;
        std::uint8_t flags = 0;
    };
    // one item as read from the database, its words counted
    struct Row
    {
        Doc doc;
        std::vector<std::pair<QString, std::uint32_t>> terms; // term, fields it is in
    };
    static const QString &rowSql();
    static Row readRow(const class QSqlQuery &q, bool digitWords);
    void refreshWhere(QSqlDatabase db, const QString &where, const QVariant &bind, const QList<qint64> &ids);
    void addDocument(Row &&row); // under the exclusive lock
    void applyRow(Row &&row);    // under the exclusive lock
    void removeItem(std::uint32_t item);

    mutable std::shared_mutex m_lock;
    QHash<QString, std::uint32_t> m_termIds;
    std::vector<std::vector<std::uint32_t>> m_postings; // per term: (document << 4) | fields
    std::vector<Doc> m_docs;
    // what every search reads of each match, packed apart from the rest (a cache line holds four):
    // a search by relevance ranks by these alone (reading each tie's Doc was most of its time)
    struct Hot
    {
        std::uint32_t category = 0;
        std::int32_t sold = 0;
        std::uint32_t item = 0;
        std::uint8_t flags = 0;
        std::uint8_t titleTerms = 0;
    };
    std::vector<Hot> m_hot; // by document, as m_docs
    void syncHot(std::uint32_t doc)
    {
        const Doc &d = m_docs[doc];
        m_hot[doc] = {d.category, d.sold, d.item, d.flags, d.titleTerms};
    }
    std::vector<std::uint32_t> m_docOfItem; // item id -> document + 1 (0: none)
    double m_titleTermsTotal = 0;

    std::atomic<quint64> m_generation{0}; // bumped by every change
    mutable std::mutex m_cacheLock;
    mutable QHash<QString, std::pair<Hits, quint64>> m_cache;
    mutable std::pair<QHash<qint64, qint64>, quint64> m_listed{{}, ~quint64(0)};

    std::mutex m_pendingLock;
    QSet<qint64> m_pending; // items changed before the index was ready
    QSet<qint64> m_pendingShops;
    std::atomic<bool> m_ready{false};
    bool m_digitWords = false;

    struct Vocabulary
    {
        qsizetype terms = -1; // m_termIds.size() when read; -1: not sorted yet
        std::vector<QString> words, withDigits;
    };
    const Vocabulary &vocabulary() const;
    mutable std::mutex m_vocabularyLock;
    mutable Vocabulary m_vocabulary;
    mutable std::vector<QString> m_newTerms; // added since the vocabulary was sorted (exclusive m_lock)
    std::atomic<bool> m_abort{false};
};

} // namespace emporium::storage
