#include "ui/CartPage.h"
#include "ui/EmptyState.h"

#include "app/models/CartModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

namespace {

// Quantities are edited with a spin box from 0 (remove) to what is in stock.
class QuantityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *box = new QSpinBox(parent);
        box->setRange(0, qMax(1, int(index.data(client::CartModel::StockRole).toLongLong())));
        box->setAccessibleName(tr("Quantity"));
        return box;
    }
};

} // namespace

CartPage::CartPage(client::CartModel &cart, QWidget *parent)
    : QWidget(parent), m_cart(cart), m_table(new QTableView),
      m_empty(new EmptyState(tr("Your cart is empty."),
                             tr("Items you add from the shop wait here until you check out."),
                             tr("Continue sho&pping"))),
      m_total(new QLabel), m_error(new QLabel), m_remove(new QPushButton(tr("&Remove"))),
      m_checkout(new QPushButton(tr("&Checkout…")))
{
    auto *title = new QLabel(tr("Your cart"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_table->setModel(&m_cart);
    m_table->setItemDelegateForColumn(client::CartModel::QuantityColumn, new QuantityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(client::CartModel::ItemColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Cart lines"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_checkout->setDefault(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_remove);
    bottom->addStretch();
    bottom->addWidget(m_total);
    bottom->addSpacing(16);
    bottom->addWidget(m_checkout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_empty, &EmptyState::actionTriggered, this, &CartPage::continueShoppingRequested);

    connect(m_remove, &QPushButton::clicked, this, &CartPage::removeSelected);
    connect(new QShortcut(QKeySequence::Delete, m_table), &QShortcut::activated, this,
            &CartPage::removeSelected);
    connect(m_checkout, &QPushButton::clicked, this, &CartPage::checkoutRequested);
    connect(&m_cart, &client::CartModel::changed, this, &CartPage::refresh);
    connect(&m_cart, &client::CartModel::failed, this, [this](const Error &e) {
        m_error->setText(e.code == u"out_of_stock" ? tr("Not enough stock: %1").arg(e.message) : e.message);
        m_error->show();
    });
    refresh();
}

void CartPage::refresh()
{
    const bool empty = m_cart.rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    for (QWidget *w : {static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_checkout),
                       static_cast<QWidget *>(m_total)})
        w->setVisible(!empty); // nothing to remove, pay or add up
    m_total->setText(tr("Total: %1").arg(m_cart.totalText()));
}

void CartPage::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_error->hide();
    m_cart.remove(current.data(client::CartModel::ItemIdRole).toLongLong());
}

QString CartPage::totalText() const
{
    return m_total->text();
}

QString CartPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace ui
} // namespace emporium
