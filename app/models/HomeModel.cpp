#include "app/models/HomeModel.h"

#include "app/api/ApiClient.h"

namespace emporium {
namespace client {

HomeModel::HomeModel(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

const HomeStrip *HomeModel::strip(const QString &key) const
{
    for (const HomeStrip &s : m_strips)
        if (s.key == key)
            return &s;
    return nullptr;
}

void HomeModel::reload()
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_api.home(this, [this, generation](Result<protocol::Home> r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        for (const HomeStrip &s : std::as_const(m_strips))
            s.items->deleteLater();
        m_strips.clear();
        const auto add = [this](const QString &key, const QString &title, qint64 category,
                                const QList<protocol::ItemSummary> &items) {
            if (items.isEmpty())
                return;
            auto *model = new ItemListModel(m_api, this);
            model->setItems(items);
            m_strips.append({key, title, category, model});
        };
        add(QStringLiteral("recommended"), tr("Recommended for you"), 0, r->recommended);
        add(QStringLiteral("recently_viewed"), tr("Recently viewed"), 0, r->recentlyViewed);
        for (const protocol::HomeSection &section : std::as_const(r->sections)) {
            const protocol::Category &c = section.category;
            add(QStringLiteral("category:%1").arg(c.id), tr("Best sellers in %1").arg(c.name), c.id,
                section.items);
        }
        Q_EMIT loaded();
    });
}

void HomeModel::applyStock(qint64 itemId, qint64 stock, qint64 soldCount)
{
    for (const HomeStrip &s : std::as_const(m_strips))
        s.items->applyStock(itemId, stock, soldCount);
}

} // namespace client
} // namespace emporium
