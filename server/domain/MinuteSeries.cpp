#include "server/domain/MinuteSeries.h"

namespace emporium::domain {

void MinuteSeries::record(qint64 atSecs, qint64 revenueCents)
{
    const qint64 minute = atSecs / 60 * 60;
    QMutexLocker lock(&m_mutex);
    Point &slot = m_slots[size_t((minute / 60) % kMinutes)];
    if (slot.minute != minute)
        slot = {minute, 0, 0};
    ++slot.orders;
    slot.revenueCents += revenueCents;
}

std::array<MinuteSeries::Point, MinuteSeries::kMinutes> MinuteSeries::snapshot(qint64 nowSecs) const
{
    const qint64 current = nowSecs / 60 * 60;
    std::array<Point, kMinutes> out{};
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < kMinutes; ++i) {
        const qint64 minute = current - qint64(kMinutes - 1 - i) * 60;
        const Point &slot = m_slots[size_t((minute / 60) % kMinutes)];
        out[size_t(i)] = slot.minute == minute ? slot : Point{minute, 0, 0};
    }
    return out;
}

} // namespace emporium::domain
