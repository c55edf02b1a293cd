#include "server/protocol/JsonWriter.h"

#include <QLocale>
#include <cmath>

namespace emporium::protocol {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    separate();
    appendEscaped(s);
    return *this;
}

JsonWriter &JsonWriter::value(const char *latin1)
{
    return value(QString::fromUtf8(latin1));
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(static_cast<qlonglong>(n)));
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    if (!std::isfinite(d)) {
        m_out.append("null");
        return *this;
    }
    // Not snprintf: QCoreApplication applies the user's LC_NUMERIC on Unix ("4,5" in German).
    // The shortest form that reads back to the same double.
    m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

void JsonWriter::appendEscaped(const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    m_out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
                m_out.append(esc, 6);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

} // namespace emporium::protocol
