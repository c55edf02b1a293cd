#pragma once
// What the window tests share: one app's client objects (API, realtime, session with its own
// token store) and screenshots saved when EMPORIUM_SCREENSHOT_DIR is set.
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"

#include <QDir>
#include <QWidget>

namespace emporium::test {

struct Client
{
    explicit Client(const QString &tokenDir) : tokens(tokenDir), session(api, tokens)
    {
        session.setStorageKey(QStringLiteral("ui-test"));
    }
    client::ApiClient api;
    client::RealtimeClient realtime;
    client::TokenStore tokens;
    client::Session session;
};

inline void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EMPORIUM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace emporium::test
