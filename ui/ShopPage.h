#pragma once
// The Shop page: categories on the side, a lazily loaded grid of items, sort and stock
// filter on top. Activating a card (double click, Enter) opens the item page.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTimer;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace emporium {
namespace client {
class CatalogModel;
class CategoryModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class ShopPage : public QWidget
{
    Q_OBJECT
public:
    ShopPage(client::CatalogModel &catalog, client::CategoryModel &categories, QWidget *parent = nullptr);

    // Loads categories and the first page (after the server URL is known).
    void start();
    QListView *grid() const { return m_grid; }
    QLineEdit *searchBox() const { return m_search; }
    QDoubleSpinBox *minPrice() const { return m_minPrice; }
    QDoubleSpinBox *maxPrice() const { return m_maxPrice; }
    // selects a category in the side bar (0: all)
    void showCategory(qint64 categoryId);
    // Shown instead of the grid when nothing matches: what was looked for, the corrected search to try,
    // categories to look through and a way back to everything.
    QWidget *noResultsPage() const { return m_noResults; }
    QString noResultsText() const;
    // "Did you mean …?" as a link (hidden when the server corrected nothing)
    QLabel *suggestion() const { return m_suggestion; }

Q_SIGNALS:
    void itemActivated(qint64 id);
    void addToCartRequested(qint64 id);
    void addToWishlistRequested(qint64 id);

private:
    void applyQuery();
    void updateCount();
    QWidget *buildNoResults();
    void showNoResults();
    void clearSearchAndFilters();

    client::CatalogModel &m_catalog;
    client::CategoryModel &m_categories;
    QListView *m_categoryList;
    QListView *m_grid;
    QComboBox *m_sort;
    QLineEdit *m_search;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QTimer *m_debounce;
    QCheckBox *m_includeOutOfStock;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_retry;
    QStackedWidget *m_results; // the grid, or the no-results page
    QWidget *m_noResults;
    QLabel *m_noResultsTitle;
    QLabel *m_suggestion;
    QWidget *m_categoryChoices;
};

} // namespace ui
} // namespace emporium
