#pragma once
// The admin's view of the market: a live dashboard fed once a second by the `admin` topic
// (orders per minute over the last hour, revenue by category today, revenue and refunds today,
// orders waiting to ship, top searches of the hour and of the day, most viewed items right now,
// viewers and connections now), and a users page (search, change role, disable).
#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace emporium {
namespace client {
class AdminAnalytics;
class AdminUsersModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class BarChart;
class TimeChart;

class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(client::AdminAnalytics &analytics, client::AdminUsersModel &users, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    TimeChart *ordersChart() const { return m_orders; }
    BarChart *categoryChart() const { return m_categories; }
    // the figure shown on a card: revenue_today, orders_hour, orders_to_ship, refunds_today, viewers,
    // connections
    QString figure(const QString &name) const;
    QTableWidget *topSearchesHour() const { return m_searchesHour; }
    QTableWidget *topSearchesDay() const { return m_searchesDay; }
    QTableWidget *topViewed() const { return m_viewed; }
    QLineEdit *userSearch() const { return m_search; }
    QTableView *usersTable() const { return m_usersTable; }
    QLabel *usersStatus() const { return m_usersStatus; }

private:
    void refresh();
    QWidget *card(const QString &name, const QString &title);

    client::AdminAnalytics &m_analytics;
    client::AdminUsersModel &m_users;
    QTabWidget *m_tabs;
    TimeChart *m_orders;
    BarChart *m_categories;
    QList<std::pair<QString, QLabel *>> m_cards;
    QTableWidget *m_searchesHour;
    QTableWidget *m_searchesDay;
    QTableWidget *m_viewed;
    QLabel *m_updated;
    QLineEdit *m_search;
    QTableView *m_usersTable;
    QLabel *m_usersStatus;
    QTimer *m_searchDelay;
};

} // namespace ui
} // namespace emporium
