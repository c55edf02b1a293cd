#include "ui/WishlistPage.h"
#include "ui/EmptyState.h"

#include "app/models/CartModel.h"
#include "app/models/WishlistModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

WishlistPage::WishlistPage(client::WishlistModel &wishlist, client::CartModel &cart, QWidget *parent)
    : QWidget(parent), m_wishlist(wishlist), m_cart(cart), m_list(new QListView),
      m_empty(
          new EmptyState(tr("Nothing on your wishlist yet."),
                         tr("Keep items here for later: Add to wishlist (Ctrl+D) on any item of the shop."),
                         tr("Continue sho&pping"))),
      m_toCart(new QPushButton(tr("Add to &cart"))), m_remove(new QPushButton(tr("&Remove")))
{
    auto *title = new QLabel(tr("Your wishlist"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_list->setModel(&m_wishlist);
    m_list->setAccessibleName(tr("Wishlist"));
    m_list->setSpacing(4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toCart);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_empty, &EmptyState::actionTriggered, this, &WishlistPage::continueShoppingRequested);
    connect(m_toCart, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItem())
            m_cart.add(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItem())
            m_wishlist.remove(id);
    });
    // the buttons act on the selected item: there must be one
    const auto refresh = [this] {
        const bool empty = m_wishlist.rowCount() == 0;
        m_empty->setVisible(empty);
        m_list->setVisible(!empty);
        const bool chosen = !empty && m_list->currentIndex().isValid();
        m_toCart->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    };
    connect(&m_wishlist, &client::WishlistModel::changed, this, refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, refresh);
    refresh();
}

qint64 WishlistPage::currentItem() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(client::WishlistModel::ItemIdRole).toLongLong() : 0;
}

} // namespace ui
} // namespace emporium
