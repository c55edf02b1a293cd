#include "app/models/ItemController.h"

#include "app/api/ApiClient.h"

namespace emporium {
namespace client {

ItemController::ItemController(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

void ItemController::load(qint64 id)
{
    m_id = id;
    const quint64 generation = ++m_generation;
    m_api.item(id, this, [this, generation](Result<protocol::ItemDetail> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        m_item = r.value();
        Q_EMIT loaded(m_item);
        for (int i = 0; i < m_item.imageUrls.size(); ++i) {
            m_api.image(m_item.imageUrls[i], this, [this, generation, i](Result<QImage> img) {
                if (generation == m_generation && img)
                    Q_EMIT imageLoaded(i, img.value());
            });
        }
    });
}

} // namespace client
} // namespace emporium
