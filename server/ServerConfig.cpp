#include "server/ServerConfig.h"

#include <algorithm>

namespace emporium {

Result<Done> ServerConfig::parseListen(const QString &spec, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon < 0)
        return Error::validation(QStringLiteral("listen"),
                                 QStringLiteral("expected HOST:PORT, got '%1'").arg(spec));
    QString host = spec.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = spec.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return Error::validation(QStringLiteral("listen"), QStringLiteral("bad port in '%1'").arg(spec));
    QHostAddress a;
    if (host.isEmpty() || host == u"*")
        a = QHostAddress::Any;
    else if (host == u"localhost")
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return Error::validation(QStringLiteral("listen"),
                                 QStringLiteral("bad address '%1' (use an IP address)").arg(host));
    address = a;
    port = quint16(p);
    return Done{};
}

void ServerConfig::mailFromEnvironment()
{
    smtpUrl = qEnvironmentVariable("EMPORIUM_SMTP_URL");
    smtpUser = qEnvironmentVariable("EMPORIUM_SMTP_USER");
    smtpPassword = qEnvironmentVariable("EMPORIUM_SMTP_PASSWORD");
    if (qEnvironmentVariableIsSet("EMPORIUM_MAIL_FROM"))
        mailFrom = qEnvironmentVariable("EMPORIUM_MAIL_FROM");
    bool ok = false;
    const int retry = qEnvironmentVariableIntValue("EMPORIUM_MAIL_RETRY_MS", &ok);
    if (ok && retry > 0)
        mailRetryBaseMs = retry;
}

Result<QList<Subnet>> ServerConfig::parseSubnets(const QString &spec)
{
    QList<Subnet> out;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        Subnet subnet =
            entry.contains(u'/') ? QHostAddress::parseSubnet(entry) : Subnet{QHostAddress(entry), -1};
        if (subnet.first.isNull())
            return Error::validation(QStringLiteral("trusted-proxy"),
                                     QStringLiteral("%1 is not an address or a subnet").arg(entry));
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        out.append(subnet);
    }
    return out;
}

bool ServerConfig::inSubnets(const QHostAddress &address, const QList<Subnet> &subnets)
{
    return std::any_of(subnets.cbegin(), subnets.cend(),
                       [&](const Subnet &s) { return address.isInSubnet(s); });
}

} // namespace emporium
