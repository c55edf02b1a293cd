// The catalog's query string (q, sort, page, filters) through the real server: its parsing, the search
// planner's corrections and completions, and the index in memory.
#include "tests/fuzz/FuzzServer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    using namespace emporium::fuzz;
    const QByteArray query = targetSafe(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    bool closed = false;
    const QByteArray answer = FuzzServer::instance().exchange(
        "GET /api/v1/items?" + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &closed);
    expectHandled(answer, closed);
    return 0;
}
