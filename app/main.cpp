// emporium: the desktop marketplace. Starts its own server in-process (embedded mode,
// SQLite and demo data under the user's data folder) unless --server URL is given.
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"
#include "app/embedded/EmbeddedServer.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char **argv)
{
    // --help and --version need no display.
    for (int i = 1; i < argc; ++i)
        if (!qstrcmp(argv[i], "--help") || !qstrcmp(argv[i], "-h") || !qstrcmp(argv[i], "--version"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Emporium"));
    QApplication::setApplicationName(QStringLiteral("emporium"));
    QApplication::setApplicationDisplayName(QStringLiteral("Emporium"));
    QApplication::setApplicationVersion(QStringLiteral(EMPORIUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.emporium.Emporium"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Emporium marketplace desktop client"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Use the server at URL instead of starting the embedded one."), QStringLiteral("url"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder of the embedded server (default: the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language, e.g. de."),
                                  QStringLiteral("code"));
    const QCommandLineOption caCert(
        QStringLiteral("ca-cert"),
        QStringLiteral("Also trust the certificate authority in this PEM file (a shop with a private one)."),
        QStringLiteral("file"));
    cli.addOptions({server, dataDir, lang, caCert});
    cli.process(app);
    QString caCertError;
    if (cli.isSet(caCert)) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(cli.value(caCert));
        if (authorities.isEmpty())
            caCertError = QObject::tr("No PEM certificate in %1 (--ca-cert).").arg(cli.value(caCert));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // HTTPS and WSS alike
        tls.addCaCertificates(authorities);
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    QTranslator qtTranslator, appTranslator;
    const QLocale locale = cli.isSet(lang) ? QLocale(cli.value(lang)) : QLocale();
    if (cli.isSet(lang))
        QLocale::setDefault(locale);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the source language; its catalogue only holds plural forms ("1 review", "2 reviews").
    const QLocale uiLocale = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    if (appTranslator.load(uiLocale, QStringLiteral("emporium"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    emporium::client::ApiClient api;
    emporium::client::RealtimeClient realtime;
    emporium::client::TokenStore tokens(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    emporium::client::Session session(api, tokens);
    std::unique_ptr<emporium::client::EmbeddedServer> embedded;
    const QString embeddedDir = cli.isSet(dataDir)
                                    ? cli.value(dataDir)
                                    : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                          .filePath(QStringLiteral("server"));
    // The token belongs to one server: a remote one by URL, the embedded one by its folder.
    session.setStorageKey(cli.isSet(server) ? QUrl::fromUserInput(cli.value(server)).toString()
                                            : QStringLiteral("embedded:") + QDir(embeddedDir).absolutePath());
    int rc = 0;
    {
        emporium::ui::MainWindow::Options options;
        options.showDemoAccounts = !cli.isSet(server);
        emporium::ui::MainWindow window(api, realtime, session, options);
        window.show();
        if (!caCertError.isEmpty()) {
            window.showStartupError(caCertError);
        } else if (cli.isSet(server)) {
            const QUrl url = QUrl::fromUserInput(cli.value(server));
            if (!url.isValid() || url.host().isEmpty()) {
                window.showStartupError(QObject::tr("Not a server address: %1").arg(cli.value(server)));
            } else {
                window.connectTo(url);
            }
        } else {
            embedded = std::make_unique<emporium::client::EmbeddedServer>(
                emporium::client::EmbeddedServer::defaultConfig(embeddedDir));
            QObject::connect(embedded.get(), &emporium::client::EmbeddedServer::started, &window,
                             &emporium::ui::MainWindow::connectTo);
            QObject::connect(embedded.get(), &emporium::client::EmbeddedServer::failed, &window,
                             &emporium::ui::MainWindow::showStartupError);
            embedded->start();
        }
        rc = QApplication::exec();
        realtime.close();
    } // windows first, then the server, then its thread
    if (embedded)
        embedded->stop();
    return rc;
}
