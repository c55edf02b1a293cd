#pragma once
// What the window tests share: one app's client objects (API, realtime, session with its own
// token store) and screenshots saved when EMPORIUM_SCREENSHOT_DIR is set.
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTranslator>
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

// How screenshots look, for checking them in other palettes and languages (call before building
// windows; nothing changes unless asked): EMPORIUM_SCREENSHOT_PALETTE=dark gives Fusion a dark palette,
// EMPORIUM_SCREENSHOT_LANG=de loads the app's emporium_de.qm from EMPORIUM_TRANSLATIONS_DIR (by default
// the build's translations folder beside the tests') and makes German the default locale.
inline void applyScreenshotLook()
{
    static bool applied = false;
    if (applied)
        return;
    applied = true;
    if (qEnvironmentVariable("EMPORIUM_SCREENSHOT_PALETTE") == u"dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        p.setColor(QPalette::Window, QColor(45, 45, 48));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(60, 60, 64));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        p.setColor(QPalette::Highlight, QColor(42, 130, 218));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(100, 170, 255));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        QApplication::setPalette(p);
    }
    const QString lang = qEnvironmentVariable("EMPORIUM_SCREENSHOT_LANG");
    if (lang.isEmpty())
        return;
    QLocale::setDefault(QLocale(lang));
    QString dir = qEnvironmentVariable("EMPORIUM_TRANSLATIONS_DIR");
    if (dir.isEmpty())
        dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations"));
    static QTranslator translator;
    if (translator.load(QStringLiteral("emporium_") + lang, dir))
        QCoreApplication::installTranslator(&translator);
}

} // namespace emporium::test
