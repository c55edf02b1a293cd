#pragma once
// "Your order #12 from Demo Goods has shipped (UPS 1Z…)": a banner at the top of the window for
// news about the user's own orders. It keeps the latest notice (and says how many came before it),
// hides by itself after a while, ✕ dismisses it, and *View order* says which order to show.
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace emporium {
namespace ui {

class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kVisibleMs = 20000;

    explicit NoticeBanner(QWidget *parent = nullptr);
    void addNotice(qint64 orderId, const QString &text);
    // what it shows ("" when hidden)
    QString text() const;
    QPushButton *viewButton() const { return m_view; }
    void dismiss();

Q_SIGNALS:
    void orderRequested(qint64 orderId);

private:
    QLabel *m_label;
    QPushButton *m_view;
    QTimer *m_hide;
    qint64 m_order = 0;
    int m_count = 0;
};

} // namespace ui
} // namespace emporium
