#pragma once
// The paging that every lazily loaded list of the client shares, kept in one place: which page
// comes next, whether one is on its way, how many rows the server has, and a generation that
// drops the answers of a list that was reset meanwhile. A model derives from
// PagedModel<QAbstractListModel> (or a table or tree model), asks for a page in requestPage()
// and reports the answer with pageArrived() and pageDone(), or pageFailed().
#include <QModelIndex>
#include <QtGlobal>

namespace emporium {
namespace client {

template <typename Base> class PagedModel : public Base
{
public:
    using Base::Base;

    // Once the first page told how many rows there are; before that only a model that lets views ask
    // for its first page (setFetchesBeforeTotal), else reload() asks.
    bool canFetchMore(const QModelIndex &parent) const override
    {
        if (parent.isValid() || !readyToFetch() || m_loading)
            return false;
        return m_total >= 0 ? m_fetched < m_total : m_fetchesBeforeTotal;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !readyToFetch() || m_loading || (m_total >= 0 && m_fetched >= m_total))
            return;
        setLoading(true);
        requestPage(m_fetched / pageSize() + 1, m_generation);
    }

    // -1 until the first page arrived
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }

protected:
    virtual int pageSize() const = 0;
    // Ask the server for `page`; pass `generation` to isCurrent() when it answers.
    virtual void requestPage(int page, quint64 generation) = 0;
    // false while there is nothing to page through (no item chosen yet)
    virtual bool readyToFetch() const { return true; }

    // Called whenever a page starts or stops being on its way (not by resetPaging).
    virtual void onLoadingChanged(bool loading) {}
    void setFetchesBeforeTotal(bool on) { m_fetchesBeforeTotal = on; }

    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // Call before inserting the rows: a view asking for more while they are inserted must not fetch
    // this page again. An empty page ends the list whatever the total said.
    void pageArrived(qsizetype rows, qint64 total)
    {
        m_fetched += int(rows);
        m_total = rows == 0 ? m_fetched : total;
    }
    // Call after inserting the rows: only now may a view ask for the next page.
    void pageDone() { setLoading(false); }
    void pageFailed() { setLoading(false); }

    // Forgets every page (call between beginResetModel and endResetModel).
    void resetPaging()
    {
        ++m_generation;
        m_total = -1;
        m_fetched = 0;
        m_loading = false;
    }
    // A row added here that the server's list has too. `shiftsPages`: it is on the server's first
    // page, so the pages already fetched moved by one.
    void addedLocally(bool shiftsPages)
    {
        if (m_total < 0)
            return;
        ++m_total;
        if (shiftsPages)
            ++m_fetched;
    }

private:
    void setLoading(bool loading)
    {
        if (m_loading == loading)
            return;
        m_loading = loading;
        onLoadingChanged(loading);
    }

    qint64 m_total = -1;
    int m_fetched = 0; // rows that came from the server's pages
    bool m_loading = false;
    quint64 m_generation = 0;
    bool m_fetchesBeforeTotal = false;
};

} // namespace client
} // namespace emporium
