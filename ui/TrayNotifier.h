#pragma once
// Messages through the system tray, when the desktop has one (the seller's low-stock alerts, the
// buyer's shipped orders): the icon appears with the first message, and a click on a message says
// which page it was about.
#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>

namespace emporium {
namespace ui {

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(const QIcon &icon, const QString &toolTip, QObject *parent = nullptr);

    // `page`: the navigation entry the message is about (given back by messageClicked)
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon,
                const QString &page);
    void hide();

Q_SIGNALS:
    void messageClicked(const QString &page);

private:
    QIcon m_icon;
    QString m_toolTip;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_page;
};

} // namespace ui
} // namespace emporium
