#include "app/models/ItemController.h"

#include "app/api/ApiClient.h"
#include "app/models/ItemListModel.h"

namespace emporium {
namespace client {

ItemController::ItemController(ApiClient &api, QObject *parent)
    : QObject(parent), m_api(api), m_related(new ItemListModel(api, this))
{
}

void ItemController::load(qint64 id)
{
    m_id = id;
    const quint64 generation = ++m_generation;
    m_related->setItems({});
    m_api.item(id, this, [this, generation](Result<protocol::ItemDetail> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        m_item = r.value();
        Q_EMIT loaded(m_item);
        m_api.related(m_id, this, [this, generation](Result<QList<protocol::ItemSummary>> related) {
            if (generation != m_generation)
                return;
            m_related->setItems(related ? related.value() : QList<protocol::ItemSummary>());
            Q_EMIT relatedLoaded();
        });
        for (int i = 0; i < m_item.imageUrls.size(); ++i) {
            m_api.image(m_item.imageUrls[i], this, [this, generation, i](Result<QImage> img) {
                if (generation == m_generation && img)
                    Q_EMIT imageLoaded(i, img.value());
            });
        }
    });
}

QString ItemController::deliveryCountry() const
{
    return m_api.deliveryCountry();
}

} // namespace client
} // namespace emporium
