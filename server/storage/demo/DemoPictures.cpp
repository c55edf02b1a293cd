#include "server/storage/demo/DemoPictures.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <cmath>
#include <random>

namespace emporium::demo {

QImage demoPicture(int hue, unsigned seed, int variant)
{
    std::mt19937 rng(seed * 7919u + unsigned(variant));
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    QImage image(480, 360, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient bg(0, 0, 480, 360);
    bg.setColorAt(0, QColor::fromHsv(hue, 60 + uni(0, 40), 250));
    bg.setColorAt(1, QColor::fromHsv((hue + 25) % 360, 120 + uni(0, 60), 200));
    p.fillRect(image.rect(), bg);

    // soft background bubbles
    for (int i = 0; i < 6; ++i) {
        const int r = uni(20, 70);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, uni(25, 60)));
        p.drawEllipse(QPoint(uni(0, 480), uni(0, 360)), r, r);
    }
    // the "product": a shape chosen by the seed, with a highlight and a shadow
    const QColor body = QColor::fromHsv((hue + uni(-20, 20) + 360) % 360, 180, 170 + uni(0, 60));
    const QRectF box(140 + uni(-20, 20), 80 + uni(-10, 10), 200, 200);
    p.setBrush(QColor(0, 0, 0, 45));
    p.drawEllipse(QRectF(box.left() + 20, box.bottom() - 5, box.width() - 40, 28));
    QRadialGradient shade(box.center() - QPointF(40, 40), 180);
    shade.setColorAt(0, body.lighter(150));
    shade.setColorAt(1, body.darker(130));
    p.setBrush(shade);
    QPainterPath path;
    switch ((seed + unsigned(variant)) % 4) {
    case 0:
        path.addEllipse(box);
        break;
    case 1:
        path.addRoundedRect(box, 36, 36);
        break;
    case 2: {
        QPolygonF star;
        for (int k = 0; k < 10; ++k) {
            const double a = M_PI / 5 * k - M_PI / 2;
            const double rr = (k % 2 ? 45 : 105);
            star << box.center() + QPointF(std::cos(a) * rr, std::sin(a) * rr);
        }
        path.addPolygon(star);
        path.closeSubpath();
        break;
    }
    default: {
        QPolygonF hex;
        for (int k = 0; k < 6; ++k) {
            const double a = M_PI / 3 * k;
            hex << box.center() + QPointF(std::cos(a) * 100, std::sin(a) * 100);
        }
        path.addPolygon(hex);
        path.closeSubpath();
    }
    }
    p.drawPath(path);
    p.setBrush(QColor(255, 255, 255, 90));
    p.drawEllipse(QRectF(box.left() + 45, box.top() + 35, 50, 30));
    p.end();
    return image;
}

} // namespace emporium::demo
