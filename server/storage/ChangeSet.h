#pragma once
// What a committed write changed that readers keep copies of: the items to re-read into the search
// index and the caches, the shops whose every item changed (imports), or only something cached
// (pictures). Writer jobs declare it; the writer hands the batch's changes, merged, to the one
// seam that applies them after the commit (domain::CatalogChanges).
#include <QList>
#include <QSet>

namespace emporium::storage {

struct ChangeSet
{
    QSet<qint64> items;
    QSet<qint64> shops;
    bool cachedAnswers = false; // something in the cached answers changed that the index does not hold

    bool isEmpty() const { return items.isEmpty() && shops.isEmpty() && !cachedAnswers; }
    void merge(const ChangeSet &other)
    {
        items.unite(other.items);
        shops.unite(other.shops);
        cachedAnswers = cachedAnswers || other.cachedAnswers;
    }
    static ChangeSet item(qint64 id) { return {{id}, {}, false}; }
};

} // namespace emporium::storage
