// Raw bytes as a client would send them (requests, pipelines, bodies, chunked encoding, upgrades) to the
// real server: it answers or closes, never crashes, hangs, leaks or answers 5xx.
#include "tests/fuzz/FuzzServer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    bool closed = false;
    const QByteArray answer = emporium::fuzz::FuzzServer::instance().exchange(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &closed);
    emporium::fuzz::expectHandled(answer, closed);
    return 0;
}
