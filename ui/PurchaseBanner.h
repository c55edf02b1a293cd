#pragma once
// "Someone bought 2 × Wireless Headphones": a slim banner at the top of the window that can be
// dismissed, hides by itself, and folds a burst of purchases into one line instead of a wall.
#include <QFrame>
#include <QStringList>

class QLabel;
class QTimer;

namespace emporium {
namespace ui {

class PurchaseBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kVisibleMs = 6000;

    explicit PurchaseBanner(QWidget *parent = nullptr);
    // own: the user's own purchase in this window ("You bought …"), not someone else's
    void addPurchase(const QString &title, int quantity, bool own = false);
    QString text() const;
    int purchasesShown() const { return m_count; }

private:
    void dismiss();

    QLabel *m_label;
    QTimer *m_hide;
    QStringList m_titles;
    int m_count = 0;
};

} // namespace ui
} // namespace emporium
