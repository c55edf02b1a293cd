// emporium-server: the headless Emporium server. See --help.
#include "server/Server.h"
#include "server/storage/MigrateFrom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

QString env(const char *name, const QString &fallback = {})
{
    const QByteArray v = qgetenv(name);
    return v.isEmpty() ? fallback : QString::fromLocal8Bit(v);
}

// Reads one line from standard input, without echo when it is a terminal.
QString readPassword(const QString &prompt)
{
    QTextStream out(stderr);
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        out << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        out << Qt::endl;
    }
    return line;
}

// --migrate-from: copies a SQLite marketplace into an empty PostgreSQL database; a line per table.
int migrate(const QString &sourceUrl, const QString &targetUrl)
{
    QTextStream err(stderr);
    auto source = emporium::storage::DatabaseConfig::fromUrl(sourceUrl);
    auto target = emporium::storage::DatabaseConfig::fromUrl(targetUrl);
    if (!source || !target || targetUrl.isEmpty()) {
        err << "emporium-server: --migrate-from sqlite:///path/emporium.db needs --database postgresql://… "
               "(or EMPORIUM_DATABASE_URL)"
            << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    out << "Copying " << source->describe() << " into " << target->describe() << Qt::endl;
    auto report = emporium::storage::MigrateFrom::run(source.value(), target.value());
    if (!report) {
        err << "emporium-server: migration failed, nothing was copied: " << report.error().message
            << Qt::endl;
        return 1;
    }
    for (const auto &table : report->tables)
        out << QStringLiteral("  %1 %2 rows").arg(table.name, -16).arg(table.rows) << Qt::endl;
    out << QStringLiteral("Copied %1 rows in %2 s.")
               .arg(report->totalRows)
               .arg(report->elapsedMs / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

// What one client may take (http::ClientLimits): --max-connections-per-address and the others.
struct ClientLimitOptions
{
    const QCommandLineOption connections{
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("HTTP connections one client address may hold; one more is answered 429 (default 256, "
                       "0: no limit)."),
        QStringLiteral("n"), QStringLiteral("256")};
    const QCommandLineOption webSockets{
        QStringLiteral("max-websockets-per-address"),
        QStringLiteral("WebSockets one client address may hold; one more is closed with 1008 (default 64)."),
        QStringLiteral("n"), QStringLiteral("64")};
    const QCommandLineOption requests{
        QStringLiteral("rate-per-address"),
        QStringLiteral("Requests per second one client address may send, with bursts of four seconds' worth; "
                       "more are answered 429 with Retry-After (default 100, 0: no limit)."),
        QStringLiteral("n"), QStringLiteral("100")};
    const QCommandLineOption tokenRequests{
        QStringLiteral("rate-per-token"),
        QStringLiteral("Requests per second with one sign-in token, likewise (default 50)."),
        QStringLiteral("n"), QStringLiteral("50")};
    const QCommandLineOption messages{
        QStringLiteral("ws-message-rate"),
        QStringLiteral("Messages per second one WebSocket may send, likewise; a flood closes it with 1008 "
                       "(default 20)."),
        QStringLiteral("n"), QStringLiteral("20")};
    const QCommandLineOption exempt{
        QStringLiteral("limit-exempt"),
        QStringLiteral("Client addresses or subnets none of these limits count, comma-separated (default "
                       "127.0.0.0/8,::1; \"none\" for none)."),
        QStringLiteral("addresses"), QStringLiteral("127.0.0.0/8,::1")};

    QList<QCommandLineOption> all() const
    {
        return {connections, webSockets, requests, tokenRequests, messages, exempt};
    }

    bool read(const QCommandLineParser &cli, emporium::ServerConfig &config, QTextStream &err) const
    {
        config.maxConnectionsPerAddress = qMax(0, cli.value(connections).toInt());
        config.maxWebSocketsPerAddress = qMax(0, cli.value(webSockets).toInt());
        config.requestsPerSecondPerAddress = qMax(0.0, cli.value(requests).toDouble());
        config.requestsPerSecondPerToken = qMax(0.0, cli.value(tokenRequests).toDouble());
        config.webSocketMessagesPerSecond = qMax(0.0, cli.value(messages).toDouble());
        const QString spec = cli.value(exempt);
        const auto subnets = emporium::ServerConfig::parseSubnets(spec == u"none" ? QString() : spec);
        if (!subnets) {
            err << "emporium-server: --limit-exempt: " << subnets.error().message << Qt::endl;
            return false;
        }
        config.limitExempt = subnets.value();
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    // Without TZ, glibc looks at /etc/localtime again at every local-time conversion (Qt's PostgreSQL
    // driver makes one per timestamp read): the same zone, named once.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("emporium-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPORIUM_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Emporium marketplace server: REST under /api/v1 and WebSocket at /ws on one port.\n"
        "Secrets come only from the environment (EMPORIUM_SMTP_URL, EMPORIUM_SMTP_USER, "
        "EMPORIUM_SMTP_PASSWORD, "
        "EMPORIUM_MAIL_FROM, EMPORIUM_ADMIN_PASSWORD, EMPORIUM_DATABASE_URL, EMPORIUM_TLS_KEY_PASSPHRASE)."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to serve on (env EMPORIUM_LISTEN). Port 0 picks a free one."),
        QStringLiteral("host:port"), env("EMPORIUM_LISTEN", QStringLiteral("127.0.0.1:8080")));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral(
            "Database URL, sqlite:///path/emporium.db or postgresql://user@host:port/dbname "
            "(?host=/run/postgresql for a socket; the password from EMPORIUM_DATABASE_PASSWORD, "
            "PGPASSWORD or ~/.pgpass) (env EMPORIUM_DATABASE_URL; default: emporium.db in the data "
            "folder)."),
        QStringLiteral("url"), env("EMPORIUM_DATABASE_URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the database and pictures (env EMPORIUM_DATA_DIR)."),
        QStringLiteral("dir"),
        env("EMPORIUM_DATA_DIR", QDir::current().filePath(QStringLiteral("emporium-data"))));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Fill an empty database with the demo marketplace (accounts *@demo.test, "
                       "password demo1234)."));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Event-loop threads (env EMPORIUM_THREADS; default: one per core)."),
        QStringLiteral("n"), env("EMPORIUM_THREADS", QStringLiteral("0")));
    const QCommandLineOption backlog(QStringLiteral("listen-backlog"),
                                     QStringLiteral("Listen queue length (default 1024)."),
                                     QStringLiteral("n"), QStringLiteral("1024"));
    const QCommandLineOption currency(
        QStringLiteral("currency"),
        QStringLiteral("Store-wide ISO 4217 currency (env EMPORIUM_CURRENCY; default USD)."),
        QStringLiteral("code"), env("EMPORIUM_CURRENCY", QStringLiteral("USD")));
    const QCommandLineOption syncFull(
        QStringLiteral("sync-full"),
        QStringLiteral("SQLite synchronous=FULL: survive power loss at some write cost."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Seconds before an idle connection is closed (default 30)."),
                                  QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral(
            "Seconds a request's headers may take to arrive, and its body again plus its length at "
            "--min-body-rate; a client slower than that is answered 408 (default 10)."),
        QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption minBodyRate(
        QStringLiteral("min-body-rate"),
        QStringLiteral("Slowest body upload allowed, bytes per second (default 16384)."),
        QStringLiteral("bytes"), QStringLiteral("16384"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral(
            "Connections held at once (HTTP and WebSocket); one more is answered 503 with Retry-After "
            "(default 0: the open-file limit, raised to its maximum, less 128)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     QStringLiteral("Largest request body in bytes (default 1048576)."),
                                     QStringLiteral("bytes"), QStringLiteral("1048576"));
    const QCommandLineOption sessionDays(QStringLiteral("session-days"),
                                         QStringLiteral("Days a sign-in token stays valid (default 30)."),
                                         QStringLiteral("days"), QStringLiteral("30"));
    const QCommandLineOption createAdmin(
        QStringLiteral("create-admin"),
        QStringLiteral(
            "Create an admin account (or make an existing one admin) and exit. The password comes from "
            "EMPORIUM_ADMIN_PASSWORD, else it is asked for without echo."),
        QStringLiteral("email"));
    const QCommandLineOption migrateFrom(
        QStringLiteral("migrate-from"),
        QStringLiteral(
            "Copy the SQLite marketplace at this URL (sqlite:///path/emporium.db, at this version's schema: "
            "start the server on it once to upgrade it) into the empty PostgreSQL database of --database, "
            "in one transaction, and exit. Pictures stay in the data folder: serve the copy with the same "
            "--data-dir."),
        QStringLiteral("url"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral(
            "Addresses or subnets of the proxies in front (nginx), comma-separated: from these alone "
            "X-Forwarded-For names the client, for the per-address login throttle (env "
            "EMPORIUM_TRUSTED_PROXIES; default: none)."),
        QStringLiteral("addresses"), env("EMPORIUM_TRUSTED_PROXIES"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS and WSS on the port with this PEM certificate (its chain after it in the "
                       "file) (env EMPORIUM_TLS_CERT). TLS 1.2 or later, HTTP/1.1."),
        QStringLiteral("file"), env("EMPORIUM_TLS_CERT"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QStringLiteral(
            "The certificate's PEM private key (env EMPORIUM_TLS_KEY; its passphrase, if any, from "
            "EMPORIUM_TLS_KEY_PASSPHRASE)."),
        QStringLiteral("file"), env("EMPORIUM_TLS_KEY"));
    cli.addOptions({listen, database, dataDir, demo, threads, backlog, currency, syncFull, idle, maxBody,
                    sessionDays, createAdmin, migrateFrom, trustedProxy, requestTimeout, minBodyRate,
                    maxConnections, tlsCert, tlsKey});
    const ClientLimitOptions clientLimits;
    cli.addOptions(clientLimits.all());
    cli.process(app);

    QTextStream err(stderr);
    emporium::ServerConfig config;
    if (auto parsed = emporium::ServerConfig::parseListen(cli.value(listen), config.address, config.port);
        !parsed) {
        err << "emporium-server: " << parsed.error().message << Qt::endl;
        return 2;
    }
    config.databaseUrl = cli.value(database);
    config.dataDir = cli.value(dataDir);
    config.demo = cli.isSet(demo);
    config.threads = cli.value(threads).toInt();
    config.listenBacklog = qMax(16, cli.value(backlog).toInt());
    config.currency = cli.value(currency).toUpper();
    config.synchronousFull = cli.isSet(syncFull);
    config.idleTimeoutMs = qMax(1, cli.value(idle).toInt()) * 1000;
    config.maxBodyBytes = qMax(1024LL, cli.value(maxBody).toLongLong());
    config.requestTimeoutMs = qMax(1, cli.value(requestTimeout).toInt()) * 1000;
    config.minBodyBytesPerSecond = qMax(1LL, cli.value(minBodyRate).toLongLong());
    config.maxConnections = qMax(0, cli.value(maxConnections).toInt());
    config.sessionDays = qMax(1, cli.value(sessionDays).toInt());
    config.mailFromEnvironment();
    config.tlsCertFile = cli.value(tlsCert);
    config.tlsKeyFile = cli.value(tlsKey);
    config.tlsKeyPassphrase = qgetenv("EMPORIUM_TLS_KEY_PASSPHRASE");
    const auto proxies = emporium::ServerConfig::parseSubnets(cli.value(trustedProxy));
    if (!proxies) {
        err << "emporium-server: --trusted-proxy: " << proxies.error().message << Qt::endl;
        return 2;
    }
    config.trustedProxies = proxies.value();
    if (!clientLimits.read(cli, config, err))
        return 2;

    if (cli.isSet(migrateFrom))
        return migrate(cli.value(migrateFrom), config.databaseUrl);

    if (cli.isSet(createAdmin)) {
        const QString email = cli.value(createAdmin);
        QString password = env("EMPORIUM_ADMIN_PASSWORD");
        if (password.isEmpty()) {
            password = readPassword(QStringLiteral("Password for %1: ").arg(email));
            if (::isatty(STDIN_FILENO) && readPassword(QStringLiteral("Repeat the password: ")) != password) {
                err << "emporium-server: the passwords differ" << Qt::endl;
                return 2;
            }
        }
        auto admin = emporium::Server::createAdmin(config, email, password);
        if (!admin) {
            err << "emporium-server: " << admin.error().message << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "Admin " << admin->email << " is ready." << Qt::endl;
        return 0;
    }

    emporium::Server server(config);
    auto started = server.start();
    if (!started) {
        err << "emporium-server: " << started.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "emporium-server listening on " << started.value().toString() << Qt::endl;

    // SIGINT/SIGTERM: stop accepting, close connections, close the database, exit 0.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
            QTextStream(stdout) << "emporium-server stopping" << Qt::endl;
            server.stop();
            app.quit();
        });
    }
    return app.exec();
}
