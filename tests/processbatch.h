#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs programs a few at a time, each under its own hang watchdog, and
// keeps what each printed. Output goes to files, not pipes, so that a
// program printing 50 MB never waits for the test to read it.
class ProcessBatch
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
    };
    struct Result
    {
        bool started = false;
        bool finished = false; // false: killed by the watchdog
        bool crashed = false;  // ended by a signal
        int exitCode = -1;
        qint64 milliseconds = 0;
        QByteArray out;
        QByteArray err;
        QString startError; // why it did not start
    };

    // `workDirectory` holds the output files while a program runs.
    ProcessBatch(const QString &workDirectory, int watchdogMs);

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Runs every command, at most `parallel` at once; results in the
    // commands' order.
    QList<Result> run(const QList<Command> &commands, int parallel);

private:
    QString m_workDirectory;
    int m_watchdogMs;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
