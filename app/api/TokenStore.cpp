#include "app/api/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokens, "emporium.client.tokens")

namespace emporium {
namespace client {

namespace {
const QString kService = QStringLiteral("Emporium");
}

TokenStore::TokenStore(QString fileDirectory, QObject *parent)
    : QObject(parent), m_dir(std::move(fileDirectory)),
      m_keychain(qEnvironmentVariable("EMPORIUM_TOKEN_STORE") != u"file" &&
                 !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
{
}

QString TokenStore::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("session.json"));
}

QString TokenStore::fileLoad(const QString &key) const
{
    QFile f(filePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(key).toString();
}

void TokenStore::fileSave(const QString &key, const QString &token)
{
    QJsonObject all;
    {
        QFile in(filePath());
        if (in.open(QIODevice::ReadOnly))
            all = QJsonDocument::fromJson(in.readAll()).object();
    }
    if (token.isEmpty())
        all.remove(key);
    else
        all.insert(key, token);
    QDir().mkpath(m_dir);
    QFile out(filePath());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcTokens) << "cannot write" << filePath() << out.errorString();
        return;
    }
    // owner-only before the token is written
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void TokenStore::load(const QString &key, std::function<void(const QString &)> done)
{
    if (!m_keychain) {
        done(fileLoad(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else {
            if (job->error() != QKeychain::EntryNotFound) {
                qCInfo(lcTokens) << "keychain unavailable, using the settings file:" << job->errorString();
                m_keychain = false;
            }
            done(fileLoad(key));
        }
    });
    job->start();
}

void TokenStore::save(const QString &key, const QString &token)
{
    if (!m_keychain) {
        fileSave(key, token);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, token] {
        if (job->error() == QKeychain::NoError) {
            fileSave(key, QString()); // no stale copy in the file
        } else {
            qCInfo(lcTokens) << "keychain unavailable, using the settings file:" << job->errorString();
            m_keychain = false;
            fileSave(key, token);
        }
    });
    job->start();
}

void TokenStore::remove(const QString &key)
{
    fileSave(key, QString());
    if (!m_keychain)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->start();
}

} // namespace client
} // namespace emporium
