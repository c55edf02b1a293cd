#include "ui/ItemPage.h"

#include "app/models/CatalogModel.h"
#include "app/models/ItemController.h"
#include "app/models/ItemListModel.h"
#include "app/models/Money.h"
#include "app/models/OrderStatus.h"
#include "app/models/ReviewsModel.h"
#include "ui/ItemDelegate.h"
#include "ui/ItemDiscussion.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace emporium {
namespace ui {

ItemPage::ItemPage(client::ItemController &controller, client::QuestionsModel &questions,
                   client::ReviewsModel &reviews, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_image(new QLabel), m_thumbs(new QHBoxLayout),
      m_title(new QLabel), m_price(new QLabel), m_seller(new QLabel), m_rating(new QLabel),
      m_stock(new QLabel), m_sold(new QLabel), m_arrival(new QLabel), m_viewers(new QLabel),
      m_description(new QLabel), m_status(new QLabel), m_quantity(new QSpinBox),
      m_addToCart(new QPushButton(tr("Add to &cart"))),
      m_addToWishlist(new QPushButton(tr("Add to &wishlist"))),
      m_relatedTitle(new QLabel(tr("Frequently bought together"))), m_related(new QListView),
      m_discussion(new ItemDiscussion(questions, reviews)), m_reviews(reviews)
{
    m_quantity->setRange(1, 99);
    m_quantity->setAccessibleName(tr("Quantity"));
    m_addToCart->setDefault(true);
    connect(m_addToCart, &QPushButton::clicked, this,
            [this] { Q_EMIT addToCartRequested(m_controller.currentId(), m_quantity->value()); });
    connect(m_addToWishlist, &QPushButton::clicked, this,
            [this] { Q_EMIT addToWishlistRequested(m_controller.currentId()); });
    auto *back = new QPushButton(tr("← &Back to shop"));
    back->setToolTip(tr("Back (Esc, Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &ItemPage::backRequested);
    for (const QKeySequence &k : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &ItemPage::backRequested);

    m_image->setMinimumSize(480, 360);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setStyleSheet(QStringLiteral("background:palette(alternate-base);border-radius:8px;"));
    m_image->setAccessibleName(tr("Picture"));

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont priceFont = font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.5);
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    m_rating->setStyleSheet(QStringLiteral("color:#d98c00;"));
    m_viewers->setStyleSheet(QStringLiteral("color:#6a1b9a;"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_status->hide();

    auto *info = new QVBoxLayout;
    info->addWidget(m_title);
    info->addWidget(m_price);
    info->addWidget(m_seller);
    info->addWidget(m_rating);
    info->addWidget(m_stock);
    info->addWidget(m_sold);
    info->addWidget(m_arrival);
    info->addWidget(m_viewers);
    auto *buy = new QHBoxLayout;
    auto *quantityLabel = new QLabel(tr("&Quantity:"));
    quantityLabel->setBuddy(m_quantity);
    buy->addWidget(quantityLabel);
    buy->addWidget(m_quantity);
    buy->addWidget(m_addToCart);
    buy->addWidget(m_addToWishlist);
    buy->addStretch();
    info->addSpacing(8);
    info->addLayout(buy);
    info->addSpacing(12);
    info->addWidget(m_description, 1);

    auto *pictures = new QVBoxLayout;
    pictures->addWidget(m_image);
    pictures->addLayout(m_thumbs);
    pictures->addStretch();

    auto *body = new QHBoxLayout;
    body->addLayout(pictures, 3);
    body->addSpacing(24);
    body->addLayout(info, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();

    QFont sectionFont = font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.25);
    sectionFont.setBold(true);
    m_relatedTitle->setFont(sectionFont);
    m_related->setModel(m_controller.related());
    m_related->setItemDelegate(new ItemDelegate(m_related));
    m_related->setViewMode(QListView::IconMode);
    m_related->setFlow(QListView::LeftToRight);
    m_related->setWrapping(false);
    m_related->setMovement(QListView::Static);
    m_related->setSpacing(6);
    m_related->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_related->setFixedHeight(ItemDelegate::kCardHeight +
                              m_related->horizontalScrollBar()->sizeHint().height() + 20);
    m_related->setFrameShape(QFrame::NoFrame);
    m_related->setAccessibleName(tr("Frequently bought together"));
    passVerticalWheelToPage(m_related);
    connect(m_related, &QListView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT itemActivated(i.data(client::CatalogModel::IdRole).toLongLong());
    });
    connect(&m_controller, &client::ItemController::relatedLoaded, this, [this] {
        const bool any = m_controller.related()->rowCount() > 0;
        m_related->horizontalScrollBar()->setValue(0); // a new item's strip starts at its beginning
        m_relatedTitle->setVisible(any);
        m_related->setVisible(any);
    });
    m_relatedTitle->hide();
    m_related->hide();
    m_discussion->setMinimumHeight(380);
    // a review posted here moves the rating at the top too
    connect(&m_reviews, &client::ReviewsModel::submitted, this, [this] {
        connect(
            &m_reviews, &client::ReviewsModel::loaded, this, [this] { showRating(m_reviews.rating()); },
            Qt::SingleShotConnection);
    });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_status);
    contentLayout->addLayout(body, 1);
    contentLayout->addSpacing(16);
    contentLayout->addWidget(m_relatedTitle);
    contentLayout->addWidget(m_related);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_discussion);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_controller, &client::ItemController::loaded, this, &ItemPage::onLoaded);
    connect(&m_controller, &client::ItemController::imageLoaded, this, &ItemPage::onImage);
    connect(&m_controller, &client::ItemController::failed, this, [this](const QString &message) {
        m_status->setText(tr("Could not load this item: %1").arg(message));
        m_status->show();
    });
}

QString ItemPage::titleText() const
{
    return m_title->text();
}

void ItemPage::showItem(qint64 id)
{
    m_status->hide();
    m_title->setText(tr("Loading…"));
    for (QLabel *l : {m_price, m_seller, m_rating, m_stock, m_sold, m_arrival, m_viewers, m_description})
        l->clear();
    m_image->clear();
    m_images.clear();
    qDeleteAll(m_thumbButtons);
    m_thumbButtons.clear();
    m_relatedTitle->hide();
    m_related->hide();
    m_viewersPushed = false;
    m_controller.load(id);
    m_discussion->setItem(id);
}

void ItemPage::setSignedIn(bool signedIn)
{
    m_discussion->setSignedIn(signedIn);
}

void ItemPage::onLoaded(const protocol::ItemDetail &item)
{
    const auto &s = item.summary;
    m_title->setText(s.title);
    m_price->setText(client::formatMoney(s.priceCents, s.currency));
    m_seller->setText(
        tr("Sold by <b>%1</b> · %2").arg(s.shopName.toHtmlEscaped(), s.categoryName.toHtmlEscaped()));
    showRating(s.rating);
    m_quantity->setValue(1);
    showStock(s.stock, s.soldCount);
    showArrival(s.arrivesBy);
    // a count pushed since the request was sent is newer than the answer's
    if (!m_viewersPushed)
        showViewers(s.id, int(item.viewers));
    m_description->setText(item.description);
    m_images.resize(item.imageUrls.size());
    for (int i = 0; i < item.imageUrls.size(); ++i) {
        auto *b = new QToolButton;
        b->setIconSize(QSize(72, 54));
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Picture %1").arg(i + 1));
        connect(b, &QToolButton::clicked, this, [this, i] { showImage(i); });
        m_thumbs->addWidget(b);
        m_thumbButtons << b;
    }
}

void ItemPage::showRating(const protocol::Rating &rating)
{
    m_rating->setText(rating.count ? tr("%1 %2 (%n review(s))", nullptr, int(rating.count))
                                         .arg(ratingStars(rating.average))
                                         .arg(rating.average, 0, 'f', 1)
                                   : tr("No reviews yet"));
}

void ItemPage::showArrival(const QString &arrivesBy)
{
    const QString country = m_controller.deliveryCountry();
    const QString where = QLocale::territoryToString(QLocale::codeToTerritory(country));
    if (!arrivesBy.isEmpty())
        m_arrival->setText(client::arrivalText(arrivesBy));
    else if (!country.isEmpty())
        m_arrival->setText(tr("Does not ship to %1").arg(where));
    m_arrival->setToolTip(arrivesBy.isEmpty() ? QString() : tr("Delivered to %1").arg(where));
}

QString ItemPage::arrivalText() const
{
    return m_arrival->text();
}

qint64 ItemPage::currentId() const
{
    return m_controller.currentId();
}

void ItemPage::showStock(qint64 stock, qint64 soldCount)
{
    m_addToCart->setEnabled(stock > 0);
    m_quantity->setMaximum(int(std::clamp<qint64>(stock, 1, 99)));
    if (stock <= 0) {
        m_stock->setText(tr("Sold out"));
        m_stock->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    } else {
        m_stock->setText(tr("In stock: %1").arg(stock));
        m_stock->setStyleSheet(QStringLiteral("color:#2e7d32;font-weight:bold;"));
    }
    m_sold->setText(tr("Sold %n time(s)", nullptr, int(soldCount)));
}

void ItemPage::applyViewers(qint64 itemId, int count)
{
    if (itemId != m_controller.currentId())
        return;
    m_viewersPushed = true;
    showViewers(itemId, count);
}

void ItemPage::showViewers(qint64 itemId, int count)
{
    if (itemId != m_controller.currentId())
        return;
    // the count includes this window
    m_viewers->setText(count > 0 ? tr("%n people viewing", nullptr, count) : QString());
    m_viewers->setToolTip(tr("Windows showing this item right now, yours included"));
}

void ItemPage::applyStock(qint64 itemId, qint64 stock, qint64 soldCount)
{
    if (itemId == m_controller.currentId() && !m_title->text().isEmpty())
        showStock(stock, soldCount);
}

QString ItemPage::viewersText() const
{
    return m_viewers->text();
}

QString ItemPage::stockText() const
{
    return m_stock->text();
}

void ItemPage::onImage(int index, const QImage &image)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images[index] = image;
    m_thumbButtons[index]->setIcon(QIcon(QPixmap::fromImage(image)));
    if (index == 0)
        showImage(0);
}

void ItemPage::showImage(int index)
{
    const QImage &img = m_images.value(index);
    if (img.isNull())
        return;
    m_image->setPixmap(
        QPixmap::fromImage(img).scaled(m_image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace ui
} // namespace emporium
