#pragma once
// What a committed write changed that others keep copies of or listen for. The catalog part: the items to
// re-read into the search index and the caches, the shops whose every item changed (imports), or only
// something cached (pictures); the writer hands the batch's changes, merged, to the one seam that applies
// them after the commit (domain::CatalogChanges). The announced part: what the watchers of the other
// servers on the same database hear of (domain::PeerAnnouncements; this server announced its own already),
// by id, the details read from the database.
#include <QList>
#include <QSet>

namespace emporium::storage {

struct ChangeSet
{
    QSet<qint64> items;
    QSet<qint64> shops;
    bool cachedAnswers = false; // something in the cached answers changed that the index does not hold
    QSet<qint64> paidOrders;    // purchases: the feed, the sellers' sales, the buyer's windows
    QSet<qint64>
        changedOrders;      // shipped, delivered, cancelled or refunded: the buyer's and the shops' windows
    QSet<qint64> carts;     // users whose cart changed
    QSet<qint64> wishlists; // users whose wishlist changed

    bool touchesCatalog() const { return !items.isEmpty() || !shops.isEmpty() || cachedAnswers; }
    bool isEmpty() const
    {
        return !touchesCatalog() && paidOrders.isEmpty() && changedOrders.isEmpty() && carts.isEmpty() &&
               wishlists.isEmpty();
    }
    void merge(const ChangeSet &other)
    {
        items.unite(other.items);
        shops.unite(other.shops);
        cachedAnswers = cachedAnswers || other.cachedAnswers;
        paidOrders.unite(other.paidOrders);
        changedOrders.unite(other.changedOrders);
        carts.unite(other.carts);
        wishlists.unite(other.wishlists);
    }
    static ChangeSet item(qint64 id)
    {
        ChangeSet c;
        c.items.insert(id);
        return c;
    }
    static ChangeSet shop(qint64 id)
    {
        ChangeSet c;
        c.shops.insert(id);
        return c;
    }
    static ChangeSet cached()
    {
        ChangeSet c;
        c.cachedAnswers = true;
        return c;
    }
};

} // namespace emporium::storage
