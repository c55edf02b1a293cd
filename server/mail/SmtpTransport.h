#pragma once
// SMTP through libcurl: smtp:// upgrades with STARTTLS when the server offers it, smtps://
// is TLS from the start. Credentials come from the environment only and are never logged.
#include "server/mail/Transport.h"

namespace emporium::mail {

class SmtpTransport : public Transport
{
public:
    SmtpTransport(QString url, QString user, QString password, int timeoutSeconds = 30);
    SendResult send(const OutgoingMail &mail) override;
    QString describe() const override;

private:
    QString m_url;
    QString m_user;
    QString m_password;
    int m_timeout;
};

} // namespace emporium::mail
