#pragma once
// A dot and a word in the status bar: is the client connected to its server?
#include "app/api/RealtimeClient.h"

#include <QWidget>

class QLabel;

namespace emporium {
namespace ui {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    void setState(client::RealtimeClient::State state);
    QString text() const;

private:
    QLabel *m_dot;
    QLabel *m_label;
};

} // namespace ui
} // namespace emporium
