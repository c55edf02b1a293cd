#pragma once
// Orders and revenue per minute for the last hour, in memory (updated at each order, rebuilt
// from sale_events at start so a restart loses nothing). Thread-safe.
#include <QDateTime>
#include <QMutex>
#include <array>

namespace emporium::domain {

class MinuteSeries
{
public:
    static constexpr int kMinutes = 60;
    struct Point
    {
        qint64 minute = 0; // seconds since the epoch, at the minute
        qint64 orders = 0;
        qint64 revenueCents = 0;
    };

    void record(qint64 atSecs, qint64 revenueCents);
    // the last 60 minutes, oldest first, ending with the current minute
    std::array<Point, kMinutes> snapshot(qint64 nowSecs) const;

private:
    mutable QMutex m_mutex;
    std::array<Point, kMinutes> m_slots{};
};

} // namespace emporium::domain
