#pragma once
// Domain results are values: either T or an Error naming what went wrong. The HTTP layer
// turns Error::code into a status (ErrorMapping); nothing here knows about HTTP.
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <utility>
#include <variant>

namespace emporium {

struct Error
{
    QString code;    // API.md error codes: validation_failed, not_found, conflict, internal, ...
    QString message; // human readable
    QJsonObject details;

    static Error validation(const QString &field, const QString &why)
    {
        QJsonObject fields;
        fields.insert(field, why);
        return {QStringLiteral("validation_failed"), QStringLiteral("%1: %2").arg(field, why),
                QJsonObject{{QStringLiteral("fields"), fields}}};
    }
    static Error notFound(const QString &what)
    {
        return {QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what), {}};
    }
    static Error internal(const QString &why = QStringLiteral("internal error"))
    {
        return {QStringLiteral("internal"), why, {}};
    }
};

template <typename T> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_v); }
    const T &value() const { return std::get<T>(m_v); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

} // namespace emporium

Q_DECLARE_METATYPE(emporium::Error)

namespace emporium {

struct Done
{
};

} // namespace emporium
