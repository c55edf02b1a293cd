#include "ui/ShopPage.h"

#include "app/models/CatalogModel.h"
#include "app/models/CategoryModel.h"
#include "ui/ItemDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

using client::CatalogModel;
using client::CategoryModel;
using protocol::ItemSort;

ShopPage::ShopPage(CatalogModel &catalog, CategoryModel &categories, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_categories(categories), m_categoryList(new QListView),
      m_grid(new QListView), m_sort(new QComboBox), m_search(new QLineEdit), m_minPrice(new QDoubleSpinBox),
      m_maxPrice(new QDoubleSpinBox), m_debounce(new QTimer(this)),
      m_includeOutOfStock(new QCheckBox(tr("Include out of stock"))), m_count(new QLabel),
      m_error(new QLabel), m_retry(new QPushButton(tr("Retry"))), m_results(new QStackedWidget),
      m_noResultsTitle(new QLabel), m_suggestion(new QLabel), m_categoryChoices(new QWidget)
{
    m_noResults = buildNoResults();
    m_categoryList->setModel(&m_categories);
    m_categoryList->setAccessibleName(tr("Categories"));
    m_categoryList->setMinimumWidth(180);
    m_categoryList->setMaximumWidth(260);
    m_categoryList->setSpacing(2);

    m_grid->setModel(&m_catalog);
    m_grid->setItemDelegate(new ItemDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setMouseTracking(true);
    m_grid->setAccessibleName(tr("Items"));
    m_grid->setWordWrap(true);

    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Relevance"), int(ItemSort::Relevance));
    m_sort->addItem(tr("Price: low to high"), int(ItemSort::PriceAsc));
    m_sort->addItem(tr("Price: high to low"), int(ItemSort::PriceDesc));
    m_sort->addItem(tr("Newest"), int(ItemSort::Newest));
    m_sort->addItem(tr("Best selling"), int(ItemSort::BestSelling));
    m_sort->addItem(tr("Customer rating"), int(ItemSort::Rating));

    m_search->setPlaceholderText(tr("Search the shop… (Ctrl+F)"));
    m_search->setParent(this); // until the window puts it in its top bar
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(280);
    // Results follow typing, without a query per keystroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ShopPage::applyQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyQuery();
        m_grid->setFocus();
    });
    for (QDoubleSpinBox *box : {m_minPrice, m_maxPrice}) {
        box->setRange(0, 1000000);
        box->setDecimals(2);
        box->setSpecialValueText(tr("any"));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ShopPage::applyQuery);
    }
    m_minPrice->setAccessibleName(tr("Lowest price"));
    m_maxPrice->setAccessibleName(tr("Highest price"));

    // Add to cart / wishlist from the grid: context menu and keyboard.
    const auto currentId = [this] {
        const QModelIndex i = m_grid->currentIndex();
        return i.isValid() ? i.data(CatalogModel::IdRole).toLongLong() : 0;
    };
    auto *toCart = new QAction(tr("Add to &cart"), m_grid);
    toCart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    toCart->setShortcutContext(Qt::WidgetShortcut);
    connect(toCart, &QAction::triggered, this, [this, currentId] {
        if (const qint64 id = currentId())
            Q_EMIT addToCartRequested(id);
    });
    auto *toWishlist = new QAction(tr("Add to &wishlist"), m_grid);
    toWishlist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    toWishlist->setShortcutContext(Qt::WidgetShortcut);
    connect(toWishlist, &QAction::triggered, this, [this, currentId] {
        if (const qint64 id = currentId())
            Q_EMIT addToWishlistRequested(id);
    });
    m_grid->addAction(toCart);
    m_grid->addAction(toWishlist);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *sortLabel = new QLabel(tr("&Sort by:"));
    sortLabel->setBuddy(m_sort);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_retry->hide();

    auto *searchBar = new QHBoxLayout; // (the search field itself sits in the window's top bar)
    searchBar->addStretch(1);
    auto *priceLabel = new QLabel(tr("&Price:"));
    priceLabel->setBuddy(m_minPrice);
    searchBar->addSpacing(12);
    searchBar->addWidget(priceLabel);
    searchBar->addWidget(m_minPrice);
    searchBar->addWidget(new QLabel(QStringLiteral("–")));
    searchBar->addWidget(m_maxPrice);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_includeOutOfStock);
    bar->addSpacing(12);
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
    auto *errorBar = new QHBoxLayout;
    errorBar->addWidget(m_error, 1);
    errorBar->addWidget(m_retry);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(searchBar);
    rightLayout->addLayout(bar);
    rightLayout->addLayout(errorBar);
    m_results->addWidget(m_grid);
    m_results->addWidget(m_noResults);
    rightLayout->addWidget(m_results, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_categoryList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_categoryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ShopPage::applyQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ShopPage::applyQuery);
    connect(m_includeOutOfStock, &QCheckBox::toggled, this, &ShopPage::applyQuery);
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT itemActivated(i.data(CatalogModel::IdRole).toLongLong());
    });
    connect(&m_catalog, &CatalogModel::totalChanged, this, &ShopPage::updateCount);
    connect(&m_catalog, &CatalogModel::loadingChanged, this, &ShopPage::updateCount);
    connect(&m_catalog, &CatalogModel::rowsInserted, this, &ShopPage::updateCount);
    // a keyboard user sees where they are at once: the first card is current (not selected) as soon as it is
    // there
    connect(&m_catalog, &CatalogModel::rowsInserted, this, [this] {
        if (!m_grid->currentIndex().isValid())
            m_grid->selectionModel()->setCurrentIndex(m_catalog.index(0, 0), QItemSelectionModel::NoUpdate);
    });
    connect(&m_catalog, &CatalogModel::failed, this, [this](const QString &message) {
        m_error->setText(tr("Could not load items: %1").arg(message));
        m_error->show();
        m_retry->show();
    });
    connect(&m_categories, &CategoryModel::failed, this, [this](const QString &message) {
        m_error->setText(tr("Could not load categories: %1").arg(message));
        m_error->show();
        m_retry->show();
    });
    connect(&m_categories, &CategoryModel::loaded, this, [this] {
        if (!m_categoryList->currentIndex().isValid()) {
            const QSignalBlocker block(
                m_categoryList->selectionModel()); // the query already shows everything
            m_categoryList->setCurrentIndex(m_categories.index(0));
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_retry->hide();
        m_categories.reload();
        m_catalog.reload();
    });
    updateCount();
}

void ShopPage::start()
{
    m_categories.reload();
    applyQuery();
    m_grid->setFocus();
}

void ShopPage::applyQuery()
{
    protocol::ItemQuery q = m_catalog.query();
    const QModelIndex current = m_categoryList->currentIndex();
    const qint64 categoryId = current.isValid() ? current.data(CategoryModel::IdRole).toLongLong() : 0;
    q.categoryId = categoryId > 0 ? std::optional<qint64>(categoryId) : std::nullopt;
    q.categorySlug.clear();
    q.sort = static_cast<ItemSort>(m_sort->currentData().toInt());
    q.inStock = !m_includeOutOfStock->isChecked();
    q.q = m_search->text().trimmed();
    const auto cents = [](QDoubleSpinBox *b) {
        return b->value() > 0 ? std::optional<qint64>(qRound64(b->value() * 100)) : std::nullopt;
    };
    q.minPriceCents = cents(m_minPrice);
    q.maxPriceCents = cents(m_maxPrice);
    if (q.minPriceCents && q.maxPriceCents && *q.maxPriceCents < *q.minPriceCents)
        q.maxPriceCents.reset(); // a range upside down is read as "from min"
    if (q == m_catalog.query() && m_catalog.total() >= 0)
        return; // nothing changed (e.g. Enter after the debounce fired)
    q.page = 1;
    m_error->hide();
    m_retry->hide();
    m_catalog.setQuery(q);
}

void ShopPage::updateCount()
{
    const qint64 total = m_catalog.total();
    if (total < 0)
        m_count->setText(tr("Loading…"));
    else if (total == 0)
        m_count->clear(); // the page below says it
    else
        m_count->setText(tr("Showing %1 of %2 items").arg(m_catalog.rowCount()).arg(total));
    if (total == 0 && !m_catalog.isLoading() && !m_catalog.hasFailed())
        showNoResults();
    else if (m_results->currentWidget() != m_grid)
        m_results->setCurrentWidget(m_grid);
}

QWidget *ShopPage::buildNoResults()
{
    auto *page = new QWidget;
    QFont big = m_noResultsTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_noResultsTitle->setFont(big);
    m_noResultsTitle->setWordWrap(true);
    m_noResultsTitle->setTextFormat(Qt::PlainText);
    m_suggestion->setTextFormat(Qt::RichText);
    m_suggestion->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_suggestion, &QLabel::linkActivated, this, [this] {
        m_search->setText(m_catalog.didYouMean());
        m_debounce->stop();
        applyQuery();
    });
    auto *hint =
        new QLabel(tr("Check the spelling, use fewer or more general words, or look through a category:"));
    hint->setWordWrap(true);
    new QHBoxLayout(m_categoryChoices);
    m_categoryChoices->layout()->setContentsMargins(0, 0, 0, 0);
    auto *showAll = new QPushButton(tr("Show &all items"));
    connect(showAll, &QPushButton::clicked, this, &ShopPage::clearSearchAndFilters);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_noResultsTitle);
    layout->addWidget(m_suggestion);
    layout->addWidget(hint);
    layout->addWidget(m_categoryChoices);
    layout->addWidget(showAll, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

QString ShopPage::noResultsText() const
{
    return m_noResultsTitle->text() + u'\n' + (m_suggestion->isVisible() ? m_suggestion->text() : QString());
}

void ShopPage::showNoResults()
{
    const QString q = m_catalog.query().q;
    m_noResultsTitle->setText(q.isEmpty() ? tr("No items match these filters.")
                                          : tr("No items match “%1”.").arg(q));
    const QString corrected = m_catalog.didYouMean();
    m_suggestion->setText(tr("Did you mean <a href=\"#\">%1</a>?").arg(corrected.toHtmlEscaped()));
    m_suggestion->setVisible(!corrected.isEmpty());
    // the shop's categories, as a way in (the side bar's first row is "All")
    QLayout *row = m_categoryChoices->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int r = 1; r < m_categories.rowCount() && r <= 6; ++r) {
        const QModelIndex i = m_categories.index(r);
        auto *b = new QPushButton(i.data().toString().replace(u'&', QStringLiteral("&&"))); // no mnemonic
        connect(b, &QPushButton::clicked, this, [this, id = i.data(CategoryModel::IdRole).toLongLong()] {
            const QSignalBlocker quiet(m_search);
            m_search->clear();
            showCategory(id);
            applyQuery();
        });
        row->addWidget(b);
    }
    static_cast<QHBoxLayout *>(row)->addStretch();
    m_results->setCurrentWidget(m_noResults);
}

void ShopPage::clearSearchAndFilters()
{
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    for (QDoubleSpinBox *box : {m_minPrice, m_maxPrice}) {
        const QSignalBlocker still(box);
        box->setValue(0);
    }
    showCategory(0);
    applyQuery();
}

void ShopPage::showCategory(qint64 categoryId)
{
    for (int row = 0; row < m_categories.rowCount(); ++row) {
        const QModelIndex i = m_categories.index(row);
        if (i.data(CategoryModel::IdRole).toLongLong() == categoryId) {
            m_categoryList->setCurrentIndex(i);
            return;
        }
    }
}

} // namespace ui
} // namespace emporium
