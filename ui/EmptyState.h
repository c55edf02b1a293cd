#pragma once
// What a page says when it has nothing to show yet (an empty cart, wishlist or list): a headline, a line on
// what to do, and the button that does it, in the middle of the page.
#include <QWidget>

class QLabel;
class QPushButton;

namespace emporium::ui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &headline, const QString &hint, const QString &action,
               QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_action; }
    QString headline() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_headline;
    QPushButton *m_action;
};

} // namespace emporium::ui
