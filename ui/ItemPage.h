#pragma once
// The item page: large picture with the others beside it, title, price, seller, stock,
// times sold, rating, viewers and description. Esc or Alt+Left goes back.
#include "server/protocol/CatalogTypes.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace emporium {
namespace client {
class ItemController;
}
}

namespace emporium {
namespace ui {

class ItemPage : public QWidget
{
    Q_OBJECT
public:
    explicit ItemPage(client::ItemController &controller, QWidget *parent = nullptr);

    void showItem(qint64 id);
    qint64 currentId() const;
    // live events for the item on screen
    void applyViewers(qint64 itemId, int count);
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);
    QString viewersText() const;
    QString stockText() const;
    QString titleText() const;
    QPushButton *addToCartButton() const { return m_addToCart; }
    QPushButton *addToWishlistButton() const { return m_addToWishlist; }
    QSpinBox *quantityBox() const { return m_quantity; }

Q_SIGNALS:
    void backRequested();
    void addToCartRequested(qint64 id, int quantity);
    void addToWishlistRequested(qint64 id);

private:
    void onLoaded(const protocol::ItemDetail &item);
    void onImage(int index, const QImage &image);
    void showStock(qint64 stock, qint64 soldCount);
    void showImage(int index);

    client::ItemController &m_controller;
    QLabel *m_image;
    QHBoxLayout *m_thumbs;
    QLabel *m_title;
    QLabel *m_price;
    QLabel *m_seller;
    QLabel *m_rating;
    QLabel *m_stock;
    QLabel *m_sold;
    QLabel *m_viewers;
    QLabel *m_description;
    QLabel *m_status;
    QSpinBox *m_quantity;
    QPushButton *m_addToCart;
    QPushButton *m_addToWishlist;
    QList<QImage> m_images;
    QList<QToolButton *> m_thumbButtons;
};

} // namespace ui
} // namespace emporium
