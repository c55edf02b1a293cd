#include "ui/PurchaseBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace emporium {
namespace ui {

PurchaseBanner::PurchaseBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel), m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("purchaseBanner"));
    setStyleSheet(
        QStringLiteral("#purchaseBanner{background:#ede7f6;border:1px solid #b39ddb;border-radius:6px;}"
                       "#purchaseBanner QLabel, #purchaseBanner QToolButton{color:#4527a0;}"));
    setAccessibleName(tr("Recent purchases"));
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kVisibleMs);
    connect(m_hide, &QTimer::timeout, this, &PurchaseBanner::dismiss);
    connect(close, &QToolButton::clicked, this, &PurchaseBanner::dismiss);
    hide();
}

void PurchaseBanner::addPurchase(const QString &title, int quantity, bool own)
{
    ++m_count;
    m_titles.removeAll(title);
    m_titles.prepend(title);
    if (m_count == 1) {
        m_label->setText(own ? tr("You bought %1 × %2").arg(quantity).arg(title)
                             : tr("Someone bought %1 × %2").arg(quantity).arg(title));
    } else {
        // a burst becomes one line: the latest titles and how many more
        const QStringList shown = m_titles.mid(0, 2);
        const int more = int(m_titles.size()) - int(shown.size());
        m_label->setText(
            more > 0 ? tr("%1 purchases just now: %2 and %3 more")
                           .arg(m_count)
                           .arg(shown.join(QStringLiteral(", ")))
                           .arg(more)
                     : tr("%1 purchases just now: %2").arg(m_count).arg(shown.join(QStringLiteral(", "))));
    }
    show(); // one line at the top; a burst updates it instead of stacking
    m_hide->start();
}

void PurchaseBanner::dismiss()
{
    m_hide->stop();
    m_count = 0;
    m_titles.clear();
    hide();
}

QString PurchaseBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace ui
} // namespace emporium
