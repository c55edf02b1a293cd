#include "server/mail/FileTransport.h"

#include <QDir>
#include <QSaveFile>

namespace emporium::mail {

SendResult FileTransport::send(const OutgoingMail &mail)
{
    if (!QDir().mkpath(m_dir))
        return {false, false, QStringLiteral("cannot create %1").arg(m_dir)};
    QSaveFile f(QDir(m_dir).filePath(
        mail.fileName.isEmpty() ? QStringLiteral("receipt-%1.eml").arg(mail.orderId) : mail.fileName));
    if (!f.open(QIODevice::WriteOnly) || f.write(mail.message) != mail.message.size() || !f.commit())
        return {false, false, QStringLiteral("cannot write the receipt: %1").arg(f.errorString())};
    return {true, false, {}};
}

} // namespace emporium::mail
