#pragma once
// The client suites' test server: the real emporium-server executable (EMPORIUM_SERVER_BINARY)
// run as a child process on 127.0.0.1 with its own temporary data folder, so that a client test
// talks to the server the way the app does and does not link it. start() returns once the server
// says it listens; stop() and the destructor end it (SIGTERM, then SIGKILL) and wait for it, and
// the child is killed by the kernel if the test process dies first, so none is left behind.
// The same interface as the server suites' in-process TestServer: on SQLite in the data folder, or with
// EMPORIUM_TEST_BACKEND=postgresql (the suites' *_postgresql twins) on a PostgreSQL database of its own on
// the private cluster (TestDatabase), kept across restarts and dropped with this object.
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QProcess;

namespace emporium::test {

class TestDatabase;

class ServerProcess
{
public:
    struct Options
    {
        bool demo = true;
        int threads = 2;
        int idleTimeoutMs = 30000; // whole seconds on the command line
        qint64 maxBodyBytes = 1 << 20;
        quint16 port = 0;
        QString dataDir;     // empty: a fresh temporary folder
        QString databaseUrl; // empty: its own (several servers on one PostgreSQL database: the same URL)
        QString tlsCertFile, tlsKeyFile; // both set: HTTPS and WSS (--tls-cert/--tls-key), url() is https://
    };
    static constexpr int kStartTimeoutMs = 60000;
    static constexpr int kStopTimeoutMs = 10000;

    ServerProcess();
    explicit ServerProcess(Options options);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts the server and waits until it listens; a restart keeps the port and the data.
    bool start(QString *error = nullptr);
    void stop();
    void kill(); // SIGKILL: a crash, nothing cleaned up
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const; // the SQLite file (none on PostgreSQL)
    // the child's --database: sqlite://<data dir>/emporium.db or the test's own PostgreSQL database
    QString databaseUrl() const;
    static bool onPostgresql();
    Options &options() { return m_options; } // change, then stop() and start() again

private:
    QStringList arguments() const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestDatabase> m_database;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace emporium::test
