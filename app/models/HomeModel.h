#pragma once
// The home page's content (GET /api/v1/home): a strip of item cards per best-selling category,
// and for a signed-in user "recommended for you" and "recently viewed". Each strip is an
// ItemListModel; strips are rebuilt on each load.
#include "app/models/ItemListModel.h"

#include <QObject>

namespace emporium {
namespace client {

struct HomeStrip
{
    QString key;   // "recommended", "recently_viewed" or "category:{id}"
    QString title; // shown above the strip
    qint64 categoryId = 0;
    ItemListModel *items = nullptr;
};

class HomeModel : public QObject
{
    Q_OBJECT
public:
    explicit HomeModel(ApiClient &api, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    const QList<HomeStrip> &strips() const { return m_strips; }
    const HomeStrip *strip(const QString &key) const;
    void applyStock(qint64 itemId, qint64 stock, qint64 soldCount);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    ApiClient &m_api;
    QList<HomeStrip> m_strips;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace client
} // namespace emporium
