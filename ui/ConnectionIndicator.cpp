#include "ui/ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace emporium {
namespace ui {

using State = client::RealtimeClient::State;

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel), m_label(new QLabel)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    m_dot->setFixedSize(10, 10);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setState(State::Disconnected);
}

void ConnectionIndicator::setState(State state)
{
    QString color, text;
    switch (state) {
    case State::Connected:
        color = QStringLiteral("#2e7d32");
        text = tr("Connected");
        break;
    case State::Connecting:
        color = QStringLiteral("#f9a825");
        text = tr("Connecting…");
        break;
    case State::Reconnecting:
        color = QStringLiteral("#ef6c00");
        text = tr("Reconnecting…");
        break;
    case State::Disconnected:
        color = QStringLiteral("#9e9e9e");
        text = tr("Not connected");
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:5px;").arg(color));
    m_label->setText(text);
    setAccessibleName(tr("Server connection: %1").arg(text));
    setToolTip(accessibleName());
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

} // namespace ui
} // namespace emporium
