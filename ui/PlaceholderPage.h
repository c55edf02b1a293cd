#pragma once
// A page whose feature is not built yet: says so plainly instead of showing an empty screen.
#include <QWidget>

namespace emporium {
namespace ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace ui
} // namespace emporium
