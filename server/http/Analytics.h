#pragma once
// The admin's live analytics (API.md "Admin"): the per-minute window from memory, the day's
// figures and searches from SQL, viewers and connections from the realtime hub. The same JSON
// answers GET /api/v1/admin/analytics and is pushed once a second on the admin topic.
#include <QByteArray>

namespace emporium::http {

class RequestContext;

QByteArray analyticsJson(RequestContext &ctx, bool asEvent);

} // namespace emporium::http
