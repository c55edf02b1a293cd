#pragma once
// Loads one item for the item page: its details, then its pictures one by one.
#include "server/protocol/CatalogTypes.h"

#include <QImage>
#include <QObject>

namespace emporium {
namespace client {

class ApiClient;

class ItemController : public QObject
{
    Q_OBJECT
public:
    explicit ItemController(ApiClient &api, QObject *parent = nullptr);

    void load(qint64 id);
    qint64 currentId() const { return m_id; }
    const protocol::ItemDetail &item() const { return m_item; }

Q_SIGNALS:
    void loaded(const emporium::protocol::ItemDetail &item);
    void imageLoaded(int index, const QImage &image);
    void failed(const QString &message);

private:
    ApiClient &m_api;
    qint64 m_id = 0;
    quint64 m_generation = 0;
    protocol::ItemDetail m_item;
};

} // namespace client
} // namespace emporium
