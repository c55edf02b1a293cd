#pragma once
// Loads one item for the item page: its details, then its pictures one by one, and the items
// frequently bought together with it.
#include "server/protocol/CatalogTypes.h"

#include <QImage>
#include <QObject>

namespace emporium {
namespace client {

class ApiClient;
class ItemListModel;

class ItemController : public QObject
{
    Q_OBJECT
public:
    explicit ItemController(ApiClient &api, QObject *parent = nullptr);

    void load(qint64 id);
    qint64 currentId() const { return m_id; }
    const protocol::ItemDetail &item() const { return m_item; }
    // the country the item's arrival date is for ("" when unknown)
    QString deliveryCountry() const;
    // "frequently bought together" of the current item
    ItemListModel *related() const { return m_related; }

Q_SIGNALS:
    void loaded(const emporium::protocol::ItemDetail &item);
    void imageLoaded(int index, const QImage &image);
    void failed(const QString &message);
    void relatedLoaded();

private:
    ApiClient &m_api;
    qint64 m_id = 0;
    quint64 m_generation = 0;
    protocol::ItemDetail m_item;
    ItemListModel *m_related;
};

} // namespace client
} // namespace emporium
