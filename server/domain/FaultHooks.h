#pragma once
// Test hooks: EMPORIUM_FAULT_CRASH_AT=<point> makes the server die at that point, as a power cut
// would (before-capture, after-capture, before-refund); EMPORIUM_FAULT_PAUSE_AT=<point>:<ms> makes it
// wait there, as a slow payment gateway would. Tests prove that nothing is lost or done twice.
#include <QLoggingCategory>
#include <QString>
#include <QThread>
#include <cstdlib>

namespace emporium::domain {

inline void crashIfAsked(const char *point, qint64 id)
{
    if (qEnvironmentVariable("EMPORIUM_FAULT_CRASH_AT") != QLatin1String(point))
        return;
    qCritical("emporium: EMPORIUM_FAULT_CRASH_AT: %s (%lld)", point, static_cast<long long>(id));
    std::_Exit(3);
}

inline void pauseIfAsked(const char *point)
{
    const QString asked = qEnvironmentVariable("EMPORIUM_FAULT_PAUSE_AT");
    if (asked.section(u':', 0, 0) == QLatin1String(point))
        QThread::msleep(asked.section(u':', 1).toULong());
}

} // namespace emporium::domain
