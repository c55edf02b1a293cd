#pragma once
// Writes each receipt as receipt-<order>.eml into a folder (the embedded demo's default):
// the same bytes an SMTP server would get, ready to open in any mail program.
#include "server/mail/Transport.h"

namespace emporium::mail {

class FileTransport : public Transport
{
public:
    explicit FileTransport(QString directory) : m_dir(std::move(directory)) {}
    SendResult send(const OutgoingMail &mail) override;
    QString describe() const override { return QStringLiteral("files in %1").arg(m_dir); }

private:
    QString m_dir;
};

} // namespace emporium::mail
