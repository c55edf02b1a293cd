#include "server/mail/SmtpTransport.h"

#include <QUrl>
#include <cstring>
#include <curl/curl.h>

namespace emporium::mail {
namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *u = static_cast<Upload *>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(u->data->size() - u->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, u->data->constData() + u->offset, n);
    u->offset += qsizetype(n);
    return n;
}

bool curlReady()
{
    static const bool ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ok;
}

} // namespace

SmtpTransport::SmtpTransport(QString url, QString user, QString password, int timeoutSeconds)
    : m_url(std::move(url)), m_user(std::move(user)), m_password(std::move(password)),
      m_timeout(timeoutSeconds)
{
}

QString SmtpTransport::describe() const
{
    QUrl u(m_url);
    u.setUserInfo(QString()); // no secrets in logs
    return QStringLiteral("SMTP %1").arg(u.toString());
}

SendResult SmtpTransport::send(const OutgoingMail &mail)
{
    if (!curlReady())
        return {false, false, QStringLiteral("libcurl could not start")};
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, false, QStringLiteral("libcurl could not start")};
    const QByteArray url = m_url.toUtf8();
    const QByteArray user = m_user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray from = '<' + mail.from.toUtf8() + '>';
    const QByteArray to = '<' + mail.to.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&mail.message};
    char errorBuffer[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    if (m_url.startsWith(u"smtp://"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY)); // STARTTLS when offered
    if (!m_user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(mail.message.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_timeout));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode rc = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (rc == CURLE_OK)
        return {true, false, {}};
    const QString why = QStringLiteral("%1 (%2%3)")
                            .arg(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc)))
                            .arg(reply ? QStringLiteral("SMTP %1, ").arg(reply) : QString())
                            .arg(QStringLiteral("curl %1").arg(int(rc)));
    // 5xx answers (and a refused login) will fail the same way until the configuration changes;
    // 4xx answers, timeouts and refused connections are worth retrying.
    const bool permanent = (reply >= 500 && reply < 600) || rc == CURLE_LOGIN_DENIED;
    return {false, permanent, why};
}

} // namespace emporium::mail
