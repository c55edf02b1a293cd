// Every route of the API with a body of the fuzzer's choosing, as a visitor, a buyer, a seller or an
// admin: each route's JSON decoder and handler through the real server. The input's first byte picks
// the route, the second who asks and the number put in the path; the rest is the body.
#include "tests/fuzz/FuzzServer.h"

#include <QRegularExpression>
#include <cstdint>

namespace {

QList<emporium::RouteInfo> fuzzedRoutes()
{
    QList<emporium::RouteInfo> out;
    for (const emporium::RouteInfo &r : emporium::fuzz::FuzzServer::instance().routes()) {
        // not the ones that would take the fuzzer's own accounts away
        if (r.pattern.endsWith(u"/logout") || r.pattern.startsWith(u"/api/v1/admin/users/"))
            continue;
        out << r;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    using namespace emporium::fuzz;
    static const QList<emporium::RouteInfo> routes = fuzzedRoutes();
    static const QByteArray who[] = {"", "buyer@demo.test", "seller@demo.test", "admin@demo.test"};
    if (size < 2 || routes.isEmpty())
        return 0;
    FuzzServer &server = FuzzServer::instance();
    const emporium::RouteInfo &route = routes[data[0] % routes.size()];
    const QByteArray &email = who[data[1] & 3];
    static const QRegularExpression param(QStringLiteral("\\{[a-z_]+\\}"));
    QString path = route.pattern;
    path.replace(param, QString::number(1 + (data[1] >> 2)));
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QByteArray request = route.method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
    if (!email.isEmpty())
        request += "Authorization: Bearer " + server.token(email) + "\r\n";
    request +=
        path.endsWith(u"/import") ? "Content-Type: text/csv\r\n" : "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    bool closed = false;
    const QByteArray answer = server.exchange(request, &closed);
    expectHandled(answer, closed);
    if (statusOf(answer) == 401 && !email.isEmpty())
        server.forget(email); // (a role changed, a token ran out: sign in again next time)
    return 0;
}
