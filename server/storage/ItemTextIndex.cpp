#include "server/storage/ItemTextIndex.h"

#include "server/storage/QueryPlanner.h"
#include "server/storage/SqlValues.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcTextIndex, "emporium.search")

namespace emporium::storage {

namespace {

constexpr std::uint32_t kFieldBits = 4;
constexpr std::uint32_t kFieldMask = (1u << kFieldBits) - 1;

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// lower case without diacritics (as FTS5's remove_diacritics): "Café" -> "cafe"
QString folded(QString word)
{
    bool ascii = true;
    for (QChar &c : word) {
        if (c.unicode() >= 0x80)
            ascii = false;
        else if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    if (ascii)
        return word;
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

template <typename F> void forEachWord(const QString &text, F &&f)
{
    qsizetype start = -1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool inWord = i < n && text[i].isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (i - start >= 2)
                f(folded(text.mid(start, i - start)));
            start = -1;
        }
    }
}

// "2026-11-21T10:00:00Z" -> seconds since the epoch (days from the civil date, no time zones)
std::int32_t epochSeconds(const QString &iso)
{
    if (iso.size() < 19)
        return 0;
    const auto num = [&](int from, int len) {
        int v = 0;
        for (int k = from; k < from + len; ++k)
            v = v * 10 + (iso[k].unicode() - u'0');
        return v;
    };
    int y = num(0, 4);
    const unsigned m = unsigned(num(5, 2)), d = unsigned(num(8, 2));
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + qint64(doe) - 719468;
    return std::int32_t(days * 86400 + num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2));
}

constexpr size_t kPrefetch = 16; // postings ahead

struct Candidate
{
    double key;
    double key2;
    std::uint32_t item;
};

} // namespace

QStringList ItemTextIndex::terms(const QString &text)
{
    QStringList out;
    forEachWord(text, [&](QString &&w) { out << std::move(w); });
    return out;
}

bool ItemTextIndex::covers(const QList<Group> &groups) const
{
    for (const Group &g : groups)
        for (const Alternative &a : g)
            if ((!m_digitWords && hasDigit(a.term)) ||
                a.term.endsWith(u'*')) // model numbers, prefixes: FTS5's
                return false;
    return !groups.isEmpty();
}

bool ItemTextIndex::hasTerm(const QString &term) const
{
    std::shared_lock lock(m_lock);
    return m_termIds.contains(term);
}

// The words of three letters or more, sorted, words with digits apart (model numbers: one a product on
// PostgreSQL). Sorted once when the index is built (a million model numbers take a while: never on a
// request); the words that items bring later are put in their places. Call with m_lock held (shared).
const ItemTextIndex::Vocabulary &ItemTextIndex::vocabulary() const
{
    std::lock_guard lock(m_vocabularyLock);
    const auto place = [](std::vector<QString> &list, const QString &term) {
        list.insert(std::lower_bound(list.begin(), list.end(), term), term);
    };
    if (m_vocabulary.terms < 0) {
        Vocabulary v;
        for (auto it = m_termIds.cbegin(); it != m_termIds.cend(); ++it)
            if (it.key().size() >= 3)
                (hasDigit(it.key()) ? v.withDigits : v.words).push_back(it.key());
        std::sort(v.words.begin(), v.words.end());
        std::sort(v.withDigits.begin(), v.withDigits.end());
        m_vocabulary = std::move(v);
    } else {
        for (const QString &term : m_newTerms)
            place(hasDigit(term) ? m_vocabulary.withDigits : m_vocabulary.words, term);
    }
    m_newTerms.clear();
    m_vocabulary.terms = m_termIds.size();
    return m_vocabulary;
}

QStringList ItemTextIndex::completions(const QString &prefix, int limit) const
{
    QStringList found;
    {
        std::shared_lock lock(m_lock);
        const Vocabulary &v = vocabulary();
        for (const std::vector<QString> *list : {&v.words, &v.withDigits})
            for (auto it = std::upper_bound(list->begin(), list->end(), prefix);
                 it != list->end() && it->startsWith(prefix); ++it)
                found << *it;
    }
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return found.mid(0, limit);
}

QStringList ItemTextIndex::termsNear(const QString &word, int maxDistance, int limit) const
{
    // a word without digits is not a misspelt model number: only words like it are compared (the edit
    // distance is the costly part)
    std::vector<std::pair<int, QString>> found;
    {
        std::shared_lock lock(m_lock);
        const Vocabulary &v = vocabulary();
        for (const QString &term : hasDigit(word) ? v.withDigits : v.words) {
            if (std::abs(term.size() - word.size()) > maxDistance)
                continue;
            if (const int d = QueryPlanner::editDistance(word, term); d <= maxDistance)
                found.emplace_back(d, term);
        }
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found) {
        if (out.size() == limit)
            break;
        out << f.second;
    }
    return out;
}

const QString &ItemTextIndex::rowSql()
{
    static const QString s = QStringLiteral(
        "SELECT i.id, i.title, i.description, c.name, s.name, i.price_cents, i.stock, i.delisted, "
        "i.category_id, "
        "i.shop_id, i.sold_count, i.rating_sum, i.rating_count, i.created_at "
        "FROM items i JOIN categories c ON c.id = i.category_id JOIN shops s ON s.id = i.shop_id ");
    return s;
}

ItemTextIndex::Row ItemTextIndex::readRow(const QSqlQuery &q, bool digitWords)
{
    Row row;
    Doc &d = row.doc;
    d.item = std::uint32_t(q.value(0).toLongLong());
    const QString title = q.value(1).toString(), description = q.value(2).toString();
    const QString category = q.value(3).toString(), shop = q.value(4).toString();
    d.priceCents = q.value(5).toLongLong();
    d.flags = Live | (q.value(7).toInt() ? 0 : Listed) | (q.value(6).toLongLong() > 0 ? InStock : 0);
    d.category = std::uint32_t(q.value(8).toLongLong());
    d.shop = std::uint32_t(q.value(9).toLongLong());
    d.sold = std::int32_t(q.value(10).toLongLong());
    d.ratingSum = std::int32_t(q.value(11).toLongLong());
    d.ratingCount = std::int32_t(q.value(12).toLongLong());
    d.created = epochSeconds(isoText(q.value(13)));
    d.textHash = qHashMulti(0, title, description, category, shop);
    int titleTerms = 0;
    const auto add = [&](const QString &text, std::uint32_t field) {
        forEachWord(text, [&](QString &&w) {
            if (field == Title)
                ++titleTerms;
            if (!digitWords && hasDigit(w))
                return;
            for (auto &t : row.terms) {
                if (t.first == w) {
                    t.second |= field;
                    return;
                }
            }
            row.terms.emplace_back(std::move(w), field);
        });
    };
    add(title, Title);
    add(description, Description);
    add(category, CategoryName);
    add(shop, ShopName);
    d.titleTerms = std::uint8_t(std::clamp(titleTerms, 1, 255));
    return row;
}

void ItemTextIndex::addDocument(Row &&row)
{
    const auto doc = std::uint32_t(m_docs.size());
    if (m_docOfItem.size() <= row.doc.item)
        m_docOfItem.resize(size_t(row.doc.item) + 1 + m_docOfItem.size() / 8, 0);
    m_docOfItem[row.doc.item] = doc + 1;
    m_titleTermsTotal += row.doc.titleTerms;
    m_docs.push_back(row.doc);
    m_hot.emplace_back();
    syncHot(doc);
    for (auto &[term, fields] : row.terms) {
        auto it = m_termIds.constFind(term);
        if (it == m_termIds.cend()) {
            it = m_termIds.insert(term, std::uint32_t(m_postings.size()));
            m_postings.emplace_back();
            if (m_vocabulary.terms >= 0 && term.size() >= 3) // (no reader now: the lock is exclusive)
                m_newTerms.push_back(term);
        }
        m_postings[*it].push_back((doc << kFieldBits) | fields);
    }
}

void ItemTextIndex::applyRow(Row &&row)
{
    const std::uint32_t item = row.doc.item;
    if (item < m_docOfItem.size() && m_docOfItem[item]) {
        Doc &old = m_docs[m_docOfItem[item] - 1];
        if (old.textHash == row.doc.textHash) { // same words: the attributes change in place
            const std::uint8_t titleTerms = old.titleTerms;
            old = row.doc;
            old.titleTerms = titleTerms;
            syncHot(m_docOfItem[item] - 1);
            return;
        }
        old.flags = 0; // replaced: its postings are skipped from now on
        syncHot(m_docOfItem[item] - 1);
        m_titleTermsTotal -= old.titleTerms;
    }
    addDocument(std::move(row));
}

void ItemTextIndex::removeItem(std::uint32_t item)
{
    if (item < m_docOfItem.size() && m_docOfItem[item]) {
        m_docs[m_docOfItem[item] - 1].flags = 0;
        syncHot(m_docOfItem[item] - 1);
        m_docOfItem[item] = 0;
    }
}

bool ItemTextIndex::build(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(rowSql() + QStringLiteral("ORDER BY i.id"))) {
        qCWarning(lcTextIndex) << "cannot read the items:" << q.lastError().text();
        return false;
    }
    {
        std::unique_lock lock(m_lock);
        while (q.next()) {
            if (m_abort.load(std::memory_order_relaxed))
                return false;
            addDocument(readRow(q, m_digitWords));
        }
    }
    q.finish();
    {
        std::shared_lock lock(m_lock);
        vocabulary(); // sorted now, so that the first searches do not wait for it
    }
    QSet<qint64> pending, shops;
    {
        std::lock_guard lock(m_pendingLock);
        m_ready.store(true, std::memory_order_release);
        pending.swap(m_pending);
        shops.swap(m_pendingShops);
    }
    if (!pending.isEmpty())
        refresh(db, pending.values());
    for (qint64 shop : shops)
        refreshShop(db, shop);
    qCInfo(lcTextIndex) << "search index ready:" << documentCount() << "items," << termCount() << "words";
    return true;
}

void ItemTextIndex::refresh(QSqlDatabase db, const QList<qint64> &ids)
{
    {
        std::lock_guard lock(m_pendingLock);
        if (!m_ready.load(std::memory_order_acquire)) {
            for (qint64 id : ids)
                m_pending.insert(id);
            return;
        }
    }
    refreshWhere(db, QStringLiteral("WHERE i.id = ?"), {}, ids);
}

void ItemTextIndex::refreshShop(QSqlDatabase db, qint64 shopId)
{
    {
        std::lock_guard lock(m_pendingLock);
        if (!m_ready.load(std::memory_order_acquire)) {
            m_pendingShops.insert(shopId);
            return;
        }
    }
    refreshWhere(db, QStringLiteral("WHERE i.shop_id = ?"), qlonglong(shopId), {});
}

void ItemTextIndex::refreshWhere(QSqlDatabase db, const QString &where, const QVariant &bind,
                                 const QList<qint64> &ids)
{
    // read and split into words first: the exclusive lock is held only to apply
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(rowSql() + where)) {
        qCWarning(lcTextIndex) << "cannot re-read items:" << q.lastError().text();
        return;
    }
    std::vector<Row> rows;
    std::vector<std::uint32_t> gone;
    const auto readAll = [&](const QVariant &value) {
        q.bindValue(0, value);
        if (!q.exec()) {
            qCWarning(lcTextIndex) << "cannot re-read items:" << q.lastError().text();
            return false;
        }
        bool any = false;
        while (q.next()) {
            rows.push_back(readRow(q, m_digitWords));
            any = true;
        }
        q.finish();
        return any;
    };
    if (ids.isEmpty()) {
        readAll(bind);
    } else {
        for (qint64 id : ids)
            if (!readAll(qlonglong(id)))
                gone.push_back(std::uint32_t(id));
    }
    std::unique_lock lock(m_lock);
    for (Row &r : rows)
        applyRow(std::move(r));
    for (std::uint32_t item : gone)
        removeItem(item);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

ItemTextIndex::Hits ItemTextIndex::search(const QString &key, const QList<Group> &groups,
                                          const Filter &filter, protocol::ItemSort sort, qint64 offset,
                                          qint64 limit) const
{
    const quint64 generation = m_generation.load(std::memory_order_acquire);
    {
        std::lock_guard lock(m_cacheLock);
        if (const auto it = m_cache.constFind(key); it != m_cache.cend() && it->second == generation)
            return it->first;
    }
    Hits hits = search(groups, filter, sort, offset, limit);
    std::lock_guard lock(m_cacheLock);
    if (m_cache.size() >= 50000)
        m_cache.clear();
    m_cache.insert(key, {hits, generation});
    return hits;
}

qint64 ItemTextIndex::count(const Filter &filter) const
{
    std::shared_lock lock(m_lock);
    const std::uint8_t required = Live | Listed | (filter.inStock ? InStock : 0);
    const bool attributes = filter.seller || filter.minPriceCents || filter.maxPriceCents;
    qint64 n = 0;
    for (size_t doc = 0; doc < m_hot.size(); ++doc) {
        const Hot &hot = m_hot[doc];
        if ((hot.flags & required) != required || (filter.category && hot.category != *filter.category))
            continue;
        if (attributes) {
            const Doc &d = m_docs[doc];
            if ((filter.seller && d.shop != *filter.seller) ||
                (filter.minPriceCents && d.priceCents < *filter.minPriceCents) ||
                (filter.maxPriceCents && d.priceCents > *filter.maxPriceCents))
                continue;
        }
        ++n;
    }
    return n;
}

QHash<qint64, qint64> ItemTextIndex::listedByCategory() const
{
    const quint64 generation = m_generation.load(std::memory_order_acquire);
    {
        std::lock_guard lock(m_cacheLock);
        if (m_listed.second == generation)
            return m_listed.first;
    }
    QHash<qint64, qint64> out;
    {
        std::shared_lock lock(m_lock);
        for (const Hot &hot : m_hot)
            if ((hot.flags & (Live | Listed)) == (Live | Listed))
                ++out[hot.category];
    }
    std::lock_guard lock(m_cacheLock);
    m_listed = {out, generation};
    return out;
}

qint64 ItemTextIndex::documentCount() const
{
    std::shared_lock lock(m_lock);
    return qint64(std::count_if(m_docs.cbegin(), m_docs.cend(), [](const Doc &d) { return d.flags & Live; }));
}

qint64 ItemTextIndex::termCount() const
{
    std::shared_lock lock(m_lock);
    return m_termIds.size();
}

ItemTextIndex::Hits ItemTextIndex::search(const QList<Group> &groups, const Filter &filter,
                                          protocol::ItemSort sort, qint64 offset, qint64 limit) const
{
    using protocol::ItemSort;
    Hits hits;
    if (groups.isEmpty() || limit <= 0 || offset < 0)
        return hits;
    std::shared_lock lock(m_lock);
    const double docs = double(std::max<size_t>(m_docs.size(), 1));
    const double avgTitle = std::max(1.0, m_titleTermsTotal / docs);

    // Per word, its documents: the term's own postings when the word has one meaning, else the
    // union of its alternatives' (a document found by several keeps the likeliest). Each
    // alternative has a factor: its rarity (bm25's idf) times how surely it is what was meant.
    struct List
    {
        const std::vector<std::uint32_t> *postings = nullptr;
        std::vector<std::uint32_t> merged;
        std::vector<std::uint8_t> alternative; // of each merged posting
        std::vector<double> factors;
        const std::vector<std::uint32_t> &items() const { return postings ? *postings : merged; }
    };
    std::vector<List> lists(size_t(groups.size()));
    for (qsizetype g = 0; g < groups.size(); ++g) {
        List &list = lists[size_t(g)];
        std::vector<std::pair<const std::vector<std::uint32_t> *, double>> found;
        for (const Alternative &alt : groups[g]) {
            const auto id = m_termIds.constFind(folded(alt.term));
            if (id == m_termIds.cend())
                continue;
            const std::vector<std::uint32_t> &postings = m_postings[*id];
            const double df = double(postings.size());
            found.emplace_back(&postings,
                               std::log(1.0 + (docs - df + 0.5) / (df + 0.5)) * double(alt.weight));
        }
        if (found.empty())
            return hits; // a word nothing matches: no item has every word
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.second > b.second; });
        for (const auto &f : found)
            list.factors.push_back(f.second);
        if (found.size() == 1) {
            list.postings = found.front().first;
            continue;
        }
        // k-way union by document; the likeliest alternative (first) wins a document
        std::vector<size_t> at(found.size(), 0);
        for (;;) {
            std::uint32_t next = UINT32_MAX;
            for (size_t k = 0; k < found.size(); ++k)
                if (at[k] < found[k].first->size())
                    next = std::min(next, (*found[k].first)[at[k]] >> kFieldBits);
            if (next == UINT32_MAX)
                break;
            bool taken = false;
            for (size_t k = 0; k < found.size(); ++k) {
                const auto &p = *found[k].first;
                if (at[k] < p.size() && (p[at[k]] >> kFieldBits) == next) {
                    if (!taken) {
                        list.merged.push_back(p[at[k]]);
                        list.alternative.push_back(std::uint8_t(k));
                        taken = true;
                    }
                    ++at[k];
                }
            }
        }
    }
    std::vector<size_t> order(lists.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return lists[a].items().size() < lists[b].items().size(); });

    // a word's part of the score for one posting: bm25's saturation and length norm for the
    // title (k1 1.2, b 0.75, a word once in a title) and the fields weighted as FTS5 ranked
    // them (title 10, description 1, category 4, shop 3)
    std::array<double, 256> titlePart; // by the title's number of words
    for (size_t n = 0; n < titlePart.size(); ++n)
        titlePart[n] = 10.0 * 2.2 / (1.0 + 1.2 * (0.25 + 0.75 * double(n) / avgTitle));
    const auto part = [&](const List &list, size_t at, std::uint32_t posting) {
        const std::uint32_t fields = posting & kFieldMask;
        double s = 0;
        if (fields & Title)
            s += titlePart[m_hot[posting >> kFieldBits].titleTerms];
        if (fields & Description)
            s += 1.0;
        if (fields & CategoryName)
            s += 4.0;
        if (fields & ShopName)
            s += 3.0;
        return s * list.factors[list.postings ? 0 : list.alternative[at]];
    };

    // best first: a larger key, then a larger second key, then the id in the sort's direction
    const bool idAscending = sort != ItemSort::PriceDesc && sort != ItemSort::Newest;
    const auto better = [idAscending](const Candidate &a, const Candidate &b) {
        if (a.key != b.key)
            return a.key > b.key;
        if (a.key2 != b.key2)
            return a.key2 > b.key2;
        return idAscending ? a.item < b.item : a.item > b.item;
    };
    const std::uint8_t required = Live | Listed | (filter.inStock ? InStock : 0);
    const size_t need = size_t(offset + limit);
    std::vector<Candidate> heap; // the best `need` so far; the worst of them on top
    heap.reserve(std::min<size_t>(need, 4096));
    const List &first = lists[order[0]];
    const std::vector<std::uint32_t> &lead = first.items();
    std::vector<size_t> cursor(lists.size(), 0);
    for (size_t at = 0; at < lead.size(); ++at) {
        // the documents of a long list are far apart in m_hot: ask for one a few ahead, so the
        // memory is on its way while this one is looked at (most of a search was this wait)
        if (at + kPrefetch < lead.size())
            __builtin_prefetch(&m_hot[lead[at + kPrefetch] >> kFieldBits]);
        const std::uint32_t doc = lead[at] >> kFieldBits;
        const Hot &hot = m_hot[doc];
        if ((hot.flags & required) != required || (filter.category && hot.category != *filter.category))
            continue;
        bool all = true;
        for (size_t k = 1; k < order.size() && all; ++k) {
            const auto &items = lists[order[k]].items();
            size_t &c = cursor[k];
            // gallop to the first posting of a document >= doc, then search between
            size_t step = 1, hi = c;
            while (hi < items.size() && (items[hi] >> kFieldBits) < doc) {
                c = hi + 1;
                hi += step;
                step *= 2;
            }
            hi = std::min(hi, items.size());
            c = size_t(
                std::lower_bound(items.begin() + qsizetype(c), items.begin() + qsizetype(hi), doc,
                                 [](std::uint32_t p, std::uint32_t d) { return (p >> kFieldBits) < d; }) -
                items.begin());
            all = c < items.size() && (items[c] >> kFieldBits) == doc;
        }
        if (!all)
            continue;
        const Doc *d = nullptr;
        if (filter.seller || filter.minPriceCents || filter.maxPriceCents) {
            d = &m_docs[doc];
            if ((filter.seller && d->shop != *filter.seller) ||
                (filter.minPriceCents && d->priceCents < *filter.minPriceCents) ||
                (filter.maxPriceCents && d->priceCents > *filter.maxPriceCents))
                continue;
        }
        ++hits.total;
        Candidate c{};
        if (sort == ItemSort::Relevance) {
            double score = part(first, at, lead[at]);
            for (size_t k = 1; k < order.size(); ++k)
                score += part(lists[order[k]], cursor[k], lists[order[k]].items()[cursor[k]]);
            c = {score, double(hot.sold), hot.item};
        } else {
            if (!d)
                d = &m_docs[doc];
            switch (sort) {
            case ItemSort::PriceAsc:
                c = {-double(d->priceCents), 0, d->item};
                break;
            case ItemSort::PriceDesc:
                c = {double(d->priceCents), 0, d->item};
                break;
            case ItemSort::Newest:
                c = {double(d->created), 0, d->item};
                break;
            case ItemSort::BestSelling:
                c = {double(d->sold), 0, d->item};
                break;
            case ItemSort::Rating:
                c = {d->ratingCount ? double(d->ratingSum) / d->ratingCount : 0.0, double(d->ratingCount),
                     d->item};
                break;
            case ItemSort::Relevance:
                break;
            }
        }
        if (heap.size() < need) {
            heap.push_back(c);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(c, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = c;
            std::push_heap(heap.begin(), heap.end(), better);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    for (size_t k = size_t(offset); k < heap.size(); ++k)
        hits.ids << qint64(heap[k].item);
    return hits;
}

} // namespace emporium::storage
