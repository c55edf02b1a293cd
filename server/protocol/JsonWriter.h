#pragma once
// A lean, append-only JSON writer: the server's hot routes write their bodies with it
// instead of building QJsonObject trees (measured ~5x cheaper for a 20-row page).
#include <QByteArray>
#include <QString>
#include <cstdint>

namespace emporium::protocol {

class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(1024); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *latin1);
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(static_cast<qint64>(n)); }
    JsonWriter &value(double d);
    JsonWriter &value(bool b);
    JsonWriter &null();
    // Inserts already-serialized JSON (e.g. a cached fragment) as one value.
    JsonWriter &raw(const QByteArray &json);

    template <typename T> JsonWriter &field(const char *name, const T &v) { return key(name).value(v); }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void appendEscaped(const QString &s);

    QByteArray m_out;
    bool m_needComma = false;
};

// The serialized form of a wire type (anything with write(JsonWriter&)); Paging.h adds pages.
template <typename T> QByteArray jsonBytes(const T &value)
{
    JsonWriter w;
    value.write(w);
    return w.take();
}

} // namespace emporium::protocol
