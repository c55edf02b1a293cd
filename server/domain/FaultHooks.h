#pragma once
// Test hook: EMPORIUM_FAULT_CRASH_AT=<point> makes the server die at that point, as a power cut
// would (before-capture, after-capture, before-refund). Tests prove that nothing is lost.
#include <QLoggingCategory>
#include <QString>
#include <cstdlib>

namespace emporium::domain {

inline void crashIfAsked(const char *point, qint64 id)
{
    if (qEnvironmentVariable("EMPORIUM_FAULT_CRASH_AT") != QLatin1String(point))
        return;
    qCritical("emporium: EMPORIUM_FAULT_CRASH_AT: %s (%lld)", point, static_cast<long long>(id));
    std::_Exit(3);
}

} // namespace emporium::domain
