#include "ui/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace ui
} // namespace emporium
