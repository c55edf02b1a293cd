#pragma once
// The item page: large picture with the others beside it, title, price, seller, stock,
// times sold, rating, viewers and description; below, "frequently bought together" and the
// questions, answers and reviews. Esc or Alt+Left goes back.
#include "server/protocol/CatalogTypes.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QSpinBox;
class QToolButton;
class QListView;

namespace emporium {
namespace client {
class ItemController;
class QuestionsModel;
class ReviewsModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class ItemDiscussion;

class ItemPage : public QWidget
{
    Q_OBJECT
public:
    ItemPage(client::ItemController &controller, client::QuestionsModel &questions,
             client::ReviewsModel &reviews, QWidget *parent = nullptr);
    ItemDiscussion *discussion() const { return m_discussion; }
    QListView *relatedView() const { return m_related; }
    void setSignedIn(bool signedIn);

    void showItem(qint64 id);
    qint64 currentId() const;
    // live events for the item on screen
    // a live count (pushed): it wins over the count in an item's answer that arrives later
    void applyViewers(qint64 itemId, int count);
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);
    QString viewersText() const;
    QString stockText() const;
    // "Arrives by …" for the buyer's country, or that the shop does not ship there
    QString arrivalText() const;
    QString titleText() const;
    QPushButton *addToCartButton() const { return m_addToCart; }
    QPushButton *addToWishlistButton() const { return m_addToWishlist; }
    QSpinBox *quantityBox() const { return m_quantity; }

Q_SIGNALS:
    void backRequested();
    void addToCartRequested(qint64 id, int quantity);
    void addToWishlistRequested(qint64 id);
    // an item of "frequently bought together" was opened
    void itemActivated(qint64 id);

private:
    void onLoaded(const protocol::ItemDetail &item);
    void onImage(int index, const QImage &image);
    void showStock(qint64 stock, qint64 soldCount);
    void showImage(int index);
    void showRating(const protocol::Rating &rating);
    void showArrival(const QString &arrivesBy);

    client::ItemController &m_controller;
    QLabel *m_image;
    QHBoxLayout *m_thumbs;
    QLabel *m_title;
    QLabel *m_price;
    QLabel *m_seller;
    QLabel *m_rating;
    QLabel *m_stock;
    QLabel *m_sold;
    QLabel *m_arrival;
    QLabel *m_viewers;
    QLabel *m_description;
    QLabel *m_status;
    QSpinBox *m_quantity;
    QPushButton *m_addToCart;
    QPushButton *m_addToWishlist;
    QList<QImage> m_images;
    QLabel *m_relatedTitle;
    QListView *m_related;
    ItemDiscussion *m_discussion;
    client::ReviewsModel &m_reviews;
    QList<QToolButton *> m_thumbButtons;
    void showViewers(qint64 itemId, int count);
    bool m_viewersPushed = false;
};

} // namespace ui
} // namespace emporium
