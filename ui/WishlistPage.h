#pragma once
// The wishlist: move an item to the cart or remove it.
#include <QWidget>

class QListView;
class QLabel;
class QPushButton;

namespace emporium {
namespace client {
class CartModel;
class WishlistModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class EmptyState;

class WishlistPage : public QWidget
{
    Q_OBJECT
public:
    WishlistPage(client::WishlistModel &wishlist, client::CartModel &cart, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }
    EmptyState *emptyState() const { return m_empty; }
    QPushButton *addToCartButton() const { return m_toCart; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void continueShoppingRequested();

private:
    qint64 currentItem() const;

    client::WishlistModel &m_wishlist;
    client::CartModel &m_cart;
    QListView *m_list;
    EmptyState *m_empty;
    QPushButton *m_toCart;
    QPushButton *m_remove;
};

} // namespace ui
} // namespace emporium
