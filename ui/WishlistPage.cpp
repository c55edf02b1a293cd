#include "ui/WishlistPage.h"

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
      m_empty(new QLabel(tr("Nothing on your wishlist yet. Add items from the shop.")))
{
    auto *title = new QLabel(tr("Your wishlist"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_list->setModel(&m_wishlist);
    m_list->setAccessibleName(tr("Wishlist"));
    m_list->setSpacing(4);
    auto *toCart = new QPushButton(tr("Add to &cart"));
    auto *remove = new QPushButton(tr("&Remove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(toCart);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(toCart, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItem())
            m_cart.add(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItem())
            m_wishlist.remove(id);
    });
    const auto refresh = [this] { m_empty->setVisible(m_wishlist.rowCount() == 0); };
    connect(&m_wishlist, &client::WishlistModel::changed, this, refresh);
    refresh();
}

qint64 WishlistPage::currentItem() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(client::WishlistModel::ItemIdRole).toLongLong() : 0;
}

} // namespace ui
} // namespace emporium
