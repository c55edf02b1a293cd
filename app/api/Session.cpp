#include "app/api/Session.h"

#include "app/api/ApiClient.h"
#include "app/api/TokenStore.h"

namespace emporium {
namespace client {

Session::Session(ApiClient &api, TokenStore &store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store)
{
    connect(&m_api, &ApiClient::unauthorized, this, [this] {
        if (m_token.isEmpty())
            return;
        drop();
        Q_EMIT expired(tr("Your session has ended. Please sign in again."));
    });
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Session::accept(const protocol::AuthResult &result)
{
    m_token = result.token;
    m_user = result.user;
    m_api.setToken(m_token);
    m_store.save(m_key, m_token);
    Q_EMIT changed();
}

void Session::drop()
{
    m_token.clear();
    m_user = {};
    m_api.setToken({});
    m_store.remove(m_key);
    Q_EMIT changed();
}

void Session::restore()
{
    setBusy(true);
    m_store.load(m_key, [this](const QString &token) {
        if (token.isEmpty()) {
            setBusy(false);
            return;
        }
        m_api.setToken(token);
        m_api.me(this, [this, token](Result<protocol::User> r) {
            setBusy(false);
            if (!r) {
                // Refused: forget it. Anything else (server down): keep it for the next start,
                // but stay signed out now.
                m_api.setToken({});
                if (r.error().code == u"unauthenticated")
                    m_store.remove(m_key);
                return;
            }
            accept({token, r.value()});
        });
    });
}

void Session::signIn(const QString &email, const QString &password)
{
    setBusy(true);
    m_api.login(email, password, this, [this](Result<protocol::AuthResult> r) {
        setBusy(false);
        if (!r) {
            Q_EMIT failed(r.error());
            return;
        }
        accept(r.value());
    });
}

void Session::signUp(const SignUpForm &form)
{
    setBusy(true);
    m_api.registerUser(form.email, form.password, form.displayName, form.role, form.shopName, this,
                       [this](Result<protocol::AuthResult> r) {
                           setBusy(false);
                           if (!r) {
                               Q_EMIT failed(r.error());
                               return;
                           }
                           accept(r.value());
                       });
}

void Session::signOut()
{
    if (m_token.isEmpty())
        return;
    m_api.logout(this, [](Result<bool>) {}); // the server forgets the token; locally it is gone now
    drop();
}

} // namespace client
} // namespace emporium
