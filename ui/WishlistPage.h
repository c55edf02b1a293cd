#pragma once
// The wishlist: move an item to the cart or remove it.
#include <QWidget>

class QListView;
class QLabel;

namespace emporium {
namespace client {
class CartModel;
class WishlistModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class WishlistPage : public QWidget
{
    Q_OBJECT
public:
    WishlistPage(client::WishlistModel &wishlist, client::CartModel &cart, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }

private:
    qint64 currentItem() const;

    client::WishlistModel &m_wishlist;
    client::CartModel &m_cart;
    QListView *m_list;
    QLabel *m_empty;
};

} // namespace ui
} // namespace emporium
