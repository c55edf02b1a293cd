// WebSocket messages to the real server's sessions, anonymous or signed in: the input's first byte says
// who, the rest (split at 0xFF bytes) are the text messages, sent as masked frames after a handshake and
// followed by a close. The server must complete the handshake and then answer or close, whatever they say.
#include "tests/fuzz/FuzzServer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QByteArray frame(quint8 opcode, const QByteArray &payload)
{
    QByteArray f;
    f += char(0x80 | opcode);
    const qsizetype n = payload.size();
    if (n < 126) {
        f += char(0x80 | n);
    } else if (n < 65536) {
        f += char(0x80 | 126);
        f += char(n >> 8);
        f += char(n & 0xff);
    } else {
        f += char(0x80 | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            f += char((quint64(n) >> shift) & 0xff);
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    f.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i)
        f += char(payload[i] ^ mask[i % 4]);
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    using namespace emporium::fuzz;
    if (size < 1)
        return 0;
    FuzzServer &server = FuzzServer::instance();
    static const QByteArray who[] = {"", "buyer@demo.test", "seller@demo.test", "admin@demo.test"};
    QByteArray bytes = "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (const QByteArray &email = who[data[0] & 3]; !email.isEmpty())
        bytes += frame(0x1, R"({"type":"auth","token":")" + server.token(email) + "\"}");
    const QByteArray messages(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    int n = 0;
    for (const QByteArray &m : messages.split('\xff'))
        if (n++ < 16)
            bytes += frame(0x1, m);
    bytes += frame(0x8, QByteArray("\x03\xe8", 2)); // close, 1000
    bool closed = false;
    const QByteArray answer = server.exchange(bytes, &closed);
    if (!answer.startsWith("HTTP/1.1 101")) {
        std::fprintf(stderr, "fuzz: the handshake was not answered 101:\n%s\n", answer.left(500).constData());
        std::abort();
    }
    if (!closed) {
        std::fprintf(stderr, "fuzz: the WebSocket was neither closed nor ended in time\n");
        std::abort();
    }
    return 0;
}
