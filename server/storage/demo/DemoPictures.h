#pragma once
// Generated product pictures for the demo: a colour gradient and a few shapes, seeded
// by the item, drawn with QPainter on a QImage (no fonts, so it runs headless too).
#include <QImage>

namespace emporium::demo {

QImage demoPicture(int hue, unsigned seed, int variant);

} // namespace emporium::demo
