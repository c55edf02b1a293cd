#pragma once
// Paints one catalog card: picture, title, price, rating, stock and when it would arrive.
#include <QStyledItemDelegate>

class QAbstractScrollArea;

namespace emporium {
namespace ui {

class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kCardWidth = 220;
    static constexpr int kCardHeight = 298;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// "★★★★☆" for an average rating
QString ratingStars(double average);

// A horizontal strip of cards inside a page that scrolls up and down: the mouse wheel's up and down scrolls
// the page, as everywhere else on it (the strip would take it and scroll sideways); Shift+wheel and a
// touchpad's sideways swipe still scroll the strip.
void passVerticalWheelToPage(QAbstractScrollArea *strip);

} // namespace ui
} // namespace emporium
