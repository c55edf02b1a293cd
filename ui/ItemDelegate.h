#pragma once
// Paints one catalog card: picture, title, price, rating, stock and when it would arrive.
#include <QStyledItemDelegate>

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

} // namespace ui
} // namespace emporium
