#include "ui/NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace emporium {
namespace ui {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel), m_view(new QPushButton(tr("View order"))), m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    // both colours given: readable on light and dark palettes alike
    setStyleSheet(QStringLiteral("#noticeBanner{background:#e8f5e9;border-bottom:1px solid #a5d6a7;}"
                                 "#noticeBanner QLabel, #noticeBanner QToolButton{color:#1b5e20;}"));
    setAccessibleName(tr("Order news"));
    m_label->setWordWrap(true);
    m_view->setAutoDefault(false);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_view);
    layout->addWidget(close);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kVisibleMs);
    connect(m_hide, &QTimer::timeout, this, &NoticeBanner::dismiss);
    connect(close, &QToolButton::clicked, this, &NoticeBanner::dismiss);
    connect(m_view, &QPushButton::clicked, this, [this] {
        const qint64 order = m_order;
        dismiss();
        Q_EMIT orderRequested(order);
    });
    hide();
}

void NoticeBanner::addNotice(qint64 orderId, const QString &text)
{
    ++m_count;
    m_order = orderId;
    m_label->setText(m_count == 1 ? text : tr("%1 (and %2 more)").arg(text).arg(m_count - 1));
    show();
    m_hide->start();
}

void NoticeBanner::dismiss()
{
    m_hide->stop();
    m_count = 0;
    m_order = 0;
    hide();
}

QString NoticeBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace ui
} // namespace emporium
