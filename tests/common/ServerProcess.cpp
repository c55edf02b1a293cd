#include "tests/common/ServerProcess.h"

#include "tests/common/TestDatabase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <csignal>
#include <iostream>
#include <sys/prctl.h>
#include <unistd.h>

namespace emporium::test {

ServerProcess::ServerProcess() : ServerProcess(Options{}) {}

ServerProcess::ServerProcess(Options options) : m_options(std::move(options)) {}

ServerProcess::~ServerProcess()
{
    stop();
}

QStringList ServerProcess::arguments() const
{
    const quint16 port = m_options.port ? m_options.port : m_port; // a restart keeps its port
    QStringList args{
        QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--data-dir"),     m_dataDir,
        QStringLiteral("--threads"),      QString::number(m_options.threads),
        QStringLiteral("--idle-timeout"), QString::number(qMax(1, (m_options.idleTimeoutMs + 999) / 1000)),
        QStringLiteral("--max-body"),     QString::number(m_options.maxBodyBytes)};
    if (!m_options.databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_options.databaseUrl;
    else if (m_database)
        args << QStringLiteral("--database") << m_database->url();
    if (m_options.demo)
        args << QStringLiteral("--demo");
    if (!m_options.tlsCertFile.isEmpty())
        args << QStringLiteral("--tls-cert") << m_options.tlsCertFile << QStringLiteral("--tls-key")
             << m_options.tlsKeyFile;
    return args;
}

bool ServerProcess::start(QString *error)
{
    stop();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        stop();
        return false;
    };
    const QString binary = qEnvironmentVariable("EMPORIUM_SERVER_BINARY");
    if (binary.isEmpty())
        return fail(QStringLiteral("EMPORIUM_SERVER_BINARY is not set (emporium_add_test sets it)"));
    if (m_options.dataDir.isEmpty()) {
        if (!m_tmp) {
            m_tmp = std::make_unique<QTemporaryDir>();
            m_tmp->setAutoRemove(qEnvironmentVariableIsEmpty("EMPORIUM_KEEP_TEST_DATA"));
        }
        m_dataDir = m_tmp->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
    const bool own = m_options.databaseUrl.isEmpty();
    if (own && onPostgresql() && !m_database)
        m_database = std::make_unique<TestDatabase>();
    if (own && onPostgresql() && m_database->url().isEmpty()) // never SQLite under a PostgreSQL suite's name
        return fail(TestDatabase::why());

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments(arguments());
    // the flags alone configure it: nothing from the developer's own EMPORIUM_* settings (SMTP above all)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(u"EMPORIUM_"))
            env.remove(name);
    env.insert(QStringLiteral("EMPORIUM_MAIL_FROM"),
               QStringLiteral("Emporium Test Shop <receipts@shop.test>"));
    m_process->setProcessEnvironment(env);
    // its log goes straight to the test's stderr: no pipe that could fill while a test blocks
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // a crashed or killed test takes its server with it
        if (::getppid() != parent)
            ::_exit(127);
    });
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs))
        return fail(QStringLiteral("could not run %1: %2").arg(binary, m_process->errorString()));

    // The waits below block without running the event loop: nothing of the test moves meanwhile
    // (a client reconnecting, say) until start() has returned.
    static const QRegularExpression listening(
        QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)\\D"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    QString out;
    for (;;) {
        out += QString::fromUtf8(m_process->readAllStandardOutput());
        if (const QRegularExpressionMatch m = listening.match(out); m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            break;
        }
        if (m_process->state() == QProcess::NotRunning)
            return fail(QStringLiteral("emporium-server exited with code %1 before it listened (its messages "
                                       "are above); it said: %2")
                            .arg(m_process->exitCode())
                            .arg(out));
        if (deadline.hasExpired())
            return fail(QStringLiteral("emporium-server did not say it listens within %1 s; it said: %2")
                            .arg(kStartTimeoutMs / 1000)
                            .arg(out));
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_process->waitForFinished(100); // it may have exited: let the state say so
    }
    QObject::connect(m_process.get(), &QProcess::finished, [](int code, QProcess::ExitStatus status) {
        std::cerr << "emporium-server ended while the test still used it: ";
        if (status == QProcess::CrashExit)
            std::cerr << "it crashed" << std::endl;
        else
            std::cerr << "exit code " << code << std::endl;
    });
    return true;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(); // an exit asked for is no news
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: it closes its connections and the database, then exits
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            std::cerr << "emporium-server did not stop within " << kStopTimeoutMs / 1000 << " s: killed"
                      << std::endl;
            m_process->kill();
            m_process->waitForFinished(-1);
        }
    }
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->disconnect();
    m_process->kill();
    m_process->waitForFinished(-1);
    m_process.reset();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_options.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(m_port));
}

QString ServerProcess::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("emporium.db"));
}

QString ServerProcess::databaseUrl() const
{
    if (!m_options.databaseUrl.isEmpty())
        return m_options.databaseUrl;
    return m_database ? m_database->url() : QStringLiteral("sqlite://") + databasePath();
}

bool ServerProcess::onPostgresql()
{
    return qEnvironmentVariable("EMPORIUM_TEST_BACKEND") == u"postgresql";
}

} // namespace emporium::test
