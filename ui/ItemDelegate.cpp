#include "ui/ItemDelegate.h"

#include "app/models/CatalogModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace emporium {
namespace ui {

using client::CatalogModel;

QString ratingStars(double average)
{
    const int full = qBound(0, int(average + 0.5), 5);
    return QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606));
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {kCardWidth, kCardHeight};
}

void ItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;

    QPainterPath shape;
    shape.addRoundedRect(card, 10, 10);
    p->fillPath(shape, pal.color(QPalette::Base));
    p->setPen(QPen(selected  ? pal.color(QPalette::Highlight)
                   : hovered ? pal.color(QPalette::Mid)
                             : pal.color(QPalette::Midlight),
                   selected ? 2.5 : 1));
    p->drawPath(shape);

    // picture
    const QRectF imageRect(card.left() + 8, card.top() + 8, card.width() - 16, 150);
    const QImage image = index.data(CatalogModel::ThumbnailRole).value<QImage>();
    if (!image.isNull()) {
        const QSizeF scaled = QSizeF(image.size()).scaled(imageRect.size(), Qt::KeepAspectRatio);
        const QRectF target(imageRect.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
        QPainterPath clip;
        clip.addRoundedRect(target, 6, 6);
        p->setClipPath(clip);
        p->drawImage(target, image);
        p->setClipping(false);
    } else {
        QPainterPath ph;
        ph.addRoundedRect(imageRect, 6, 6);
        p->fillPath(ph, pal.color(QPalette::AlternateBase));
    }

    const qint64 stock = index.data(CatalogModel::StockRole).toLongLong();
    const QRectF text = card.adjusted(10, 166, -10, -8);
    QFont titleFont = option.font;
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    p->setFont(titleFont);
    p->setPen(pal.color(QPalette::Text));
    const QFontMetrics tfm(titleFont);
    const QString title = index.data(CatalogModel::TitleRole).toString();
    const QRectF titleRect(text.left(), text.top(), text.width(), tfm.height() * 2 + 2);
    p->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                tfm.elidedText(title, Qt::ElideRight, int(text.width() * 2 - 20)));

    QFont priceFont = option.font;
    priceFont.setBold(true);
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.2);
    p->setFont(priceFont);
    const QFontMetrics pfm(priceFont);
    const qreal priceY = titleRect.bottom() + 4;
    p->drawText(QRectF(text.left(), priceY, text.width(), pfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                index.data(CatalogModel::PriceTextRole).toString());

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    const QFontMetrics sfm(small);
    const qreal lineY = priceY + pfm.height() + 2;
    const qint64 ratingCount = index.data(CatalogModel::RatingCountRole).toLongLong();
    p->setPen(QColor(0xd9, 0x8c, 0x00));
    const QString stars =
        ratingCount ? ratingStars(index.data(CatalogModel::RatingRole).toDouble()) : QString();
    p->drawText(QRectF(text.left(), lineY, text.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                stars);
    p->setPen(pal.color(QPalette::PlaceholderText));
    const QString count =
        ratingCount ? QStringLiteral(" (%1)").arg(ratingCount) : QObject::tr("No reviews yet");
    p->drawText(QRectF(text.left() + sfm.horizontalAdvance(stars), lineY, text.width(), sfm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, count);

    QString stockText;
    QColor stockColor = QColor(0x2e, 0x7d, 0x32);
    if (stock <= 0) {
        stockText = QObject::tr("Out of stock");
        stockColor = QColor(0xc6, 0x28, 0x28);
    } else if (stock <= 5) {
        stockText = QObject::tr("Only %1 left").arg(stock);
        stockColor = QColor(0xef, 0x6c, 0x00);
    } else {
        stockText = QObject::tr("%1 in stock").arg(stock);
    }
    p->setPen(stockColor);
    p->drawText(QRectF(text.left(), lineY + sfm.height() + 2, text.width(), sfm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, stockText);
    p->restore();
}

} // namespace ui
} // namespace emporium
