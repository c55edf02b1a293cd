#pragma once
// The page the window opens on: "recommended for you" and "recently viewed" for a signed-in
// user, then the best-selling categories with their best sellers, each a row of item cards
// (Tab moves between rows, arrows within one, Enter opens an item).
#include <QMap>
#include <QWidget>

class QLabel;
class QListView;
class QVBoxLayout;

namespace emporium {
namespace client {
class HomeModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(client::HomeModel &home, QWidget *parent = nullptr);

    // the row of a strip by its key ("recommended", "recently_viewed", "category:{id}"), or nullptr
    QListView *strip(const QString &key) const { return m_views.value(key); }
    QStringList stripTitles() const;

Q_SIGNALS:
    void itemActivated(qint64 id);
    void categoryRequested(qint64 categoryId);

private:
    void rebuild();

    client::HomeModel &m_home;
    QVBoxLayout *m_strips;
    QLabel *m_status;
    QMap<QString, QListView *> m_views;
    QList<QWidget *> m_built;
};

} // namespace ui
} // namespace emporium
