#include "ui/TrayNotifier.h"

namespace emporium {
namespace ui {

TrayNotifier::TrayNotifier(const QIcon &icon, const QString &toolTip, QObject *parent)
    : QObject(parent), m_icon(icon), m_toolTip(toolTip)
{
}

void TrayNotifier::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon,
                          const QString &page)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setToolTip(m_toolTip);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT messageClicked(m_page); });
    }
    m_page = page;
    m_tray->show();
    m_tray->showMessage(title, text, icon, 8000);
}

void TrayNotifier::hide()
{
    if (m_tray)
        m_tray->hide();
}

} // namespace ui
} // namespace emporium
