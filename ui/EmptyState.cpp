#include "ui/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace emporium::ui {

EmptyState::EmptyState(const QString &headline, const QString &hint, const QString &action, QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(headline)), m_action(new QPushButton(action))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(hint);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addSpacing(6);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString EmptyState::headline() const
{
    return m_headline->text();
}

} // namespace emporium::ui
