#include "ui/ItemDelegate.h"

#include "app/models/CatalogModel.h"
#include "app/models/OrderStatus.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

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

namespace {

void drawPicture(QPainter *p, const QRectF &area, const QImage &image, const QPalette &pal)
{
    if (image.isNull()) {
        QPainterPath placeholder;
        placeholder.addRoundedRect(area, 6, 6);
        p->fillPath(placeholder, pal.color(QPalette::AlternateBase));
        return;
    }
    const QSizeF scaled = QSizeF(image.size()).scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
    QPainterPath clip;
    clip.addRoundedRect(target, 6, 6);
    p->setClipPath(clip);
    p->drawImage(target, image);
    p->setClipping(false);
}

std::pair<QString, QColor> stockWords(qint64 stock)
{
    if (stock <= 0)
        return {QObject::tr("Out of stock"), QColor(0xc6, 0x28, 0x28)};
    if (stock <= 5)
        return {QObject::tr("Only %1 left").arg(stock), QColor(0xef, 0x6c, 0x00)};
    return {QObject::tr("%1 in stock").arg(stock), QColor(0x2e, 0x7d, 0x32)};
}

// Title (two lines at most) and price; returns where the next line starts.
qreal drawTitleAndPrice(QPainter *p, const QRectF &text, const QFont &font, const QModelIndex &index)
{
    QFont titleFont = font;
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    p->setFont(titleFont);
    const QFontMetrics tfm(titleFont);
    const QString title = index.data(CatalogModel::TitleRole).toString();
    const QRectF titleRect(text.left(), text.top(), text.width(), tfm.height() * 2 + 2);
    p->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                tfm.elidedText(title, Qt::ElideRight, int(text.width() * 2 - 20)));

    QFont priceFont = font;
    priceFont.setBold(true);
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.2);
    p->setFont(priceFont);
    const QFontMetrics pfm(priceFont);
    const qreal priceY = titleRect.bottom() + 4;
    p->drawText(QRectF(text.left(), priceY, text.width(), pfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                index.data(CatalogModel::PriceTextRole).toString());
    return priceY + pfm.height() + 2;
}

// Rating, stock and arrival date, a small line each, from `top`.
void drawSmallLines(QPainter *p, const QRectF &text, qreal top, const QStyleOptionViewItem &option,
                    const QModelIndex &index)
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    const QFontMetrics sfm(small);
    const auto line = [&](int n) {
        return QRectF(text.left(), top + n * (sfm.height() + 2), text.width(), sfm.height());
    };
    const qint64 ratingCount = index.data(CatalogModel::RatingCountRole).toLongLong();
    p->setPen(QColor(0xd9, 0x8c, 0x00));
    const QString stars =
        ratingCount ? ratingStars(index.data(CatalogModel::RatingRole).toDouble()) : QString();
    p->drawText(line(0), Qt::AlignLeft | Qt::AlignVCenter, stars);
    p->setPen(option.palette.color(QPalette::PlaceholderText));
    const QString count =
        ratingCount ? QStringLiteral(" (%1)").arg(ratingCount) : QObject::tr("No reviews yet");
    p->drawText(line(0).adjusted(sfm.horizontalAdvance(stars), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                count);

    const auto [stockText, stockColor] = stockWords(index.data(CatalogModel::StockRole).toLongLong());
    p->setPen(stockColor);
    p->drawText(line(1), Qt::AlignLeft | Qt::AlignVCenter, stockText);
    p->setPen(option.palette.color(QPalette::Text));
    const QString arrival = client::arrivalText(index.data(CatalogModel::ArrivesByRole).toString());
    p->drawText(line(2), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(arrival, Qt::ElideRight, int(text.width())));
}

} // namespace

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

    drawPicture(p, QRectF(card.left() + 8, card.top() + 8, card.width() - 16, 150),
                index.data(CatalogModel::ThumbnailRole).value<QImage>(), pal);
    const QRectF text = card.adjusted(10, 166, -10, -8);
    p->setPen(pal.color(QPalette::Text));
    const qreal below = drawTitleAndPrice(p, text, option.font, index);
    drawSmallLines(p, text, below, option, index);
    p->restore();
}

namespace {

class VerticalWheelToPage : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->angleDelta().x() != 0 || (wheel->modifiers() & Qt::ShiftModifier))
            return false; // sideways: the strip's own
        for (QWidget *w = static_cast<QWidget *>(watched)->parentWidget(); w; w = w->parentWidget())
            if (auto *page = qobject_cast<QAbstractScrollArea *>(w); page && w != parent())
                return QCoreApplication::sendEvent(page->verticalScrollBar(), event), true;
        return false;
    }
};

} // namespace

void passVerticalWheelToPage(QAbstractScrollArea *strip)
{
    strip->viewport()->installEventFilter(new VerticalWheelToPage(strip));
}

} // namespace ui
} // namespace emporium
