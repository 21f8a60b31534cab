#include "processbatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace {

QByteArray takeFile(const QString &fileName)
{
    QFile file(fileName);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.close();
    QFile::remove(fileName);
    return bytes;
}

} // namespace

ProcessBatch::ProcessBatch(const QString &workDirectory, int watchdogMs)
    : m_workDirectory(workDirectory)
    , m_watchdogMs(watchdogMs)
{
}

QList<ProcessBatch::Result> ProcessBatch::run(const QList<Command> &commands, int parallel)
{
    struct Slot
    {
        QProcess process;
        QElapsedTimer timer;
        bool killed = false;
        bool ended = false;
        QString outFile;
        QString errFile;
    };
    QList<Result> results(commands.size());
    std::vector<std::unique_ptr<Slot>> processes(size_t(commands.size()));
    QEventLoop loop;
    qsizetype next = 0;
    qsizetype ended = 0;
    int running = 0;

    std::function<void()> startMore;
    auto end = [&](qsizetype index) {
        Slot &slot = *processes[size_t(index)];
        if (slot.ended)
            return;
        slot.ended = true;
        Result &result = results[index];
        result.milliseconds = slot.timer.elapsed();
        result.finished = !slot.killed;
        result.crashed = !slot.killed && slot.process.exitStatus() == QProcess::CrashExit;
        result.exitCode = slot.process.exitStatus() == QProcess::NormalExit ? slot.process.exitCode() : -1;
        result.out = takeFile(slot.outFile);
        result.err = takeFile(slot.errFile);
        --running;
        ++ended;
        startMore();
        if (ended == commands.size())
            loop.quit();
    };
    startMore = [&] {
        while (running < parallel && next < commands.size()) {
            const qsizetype index = next++;
            processes[size_t(index)] = std::make_unique<Slot>();
            Slot &slot = *processes[size_t(index)];
            slot.outFile = QDir(m_workDirectory).filePath(QStringLiteral("run-%1.out").arg(index));
            slot.errFile = QDir(m_workDirectory).filePath(QStringLiteral("run-%1.err").arg(index));
            slot.process.setProcessEnvironment(m_environment);
            slot.process.setStandardOutputFile(slot.outFile);
            slot.process.setStandardErrorFile(slot.errFile);
            slot.process.setStandardInputFile(QProcess::nullDevice());
            QObject::connect(&slot.process, &QProcess::finished, &loop, [&end, index] { end(index); },
                             Qt::QueuedConnection);
            QObject::connect(&slot.process, &QProcess::errorOccurred, &loop,
                             [&end, index](QProcess::ProcessError error) {
                                 if (error == QProcess::FailedToStart)
                                     end(index);
                             },
                             Qt::QueuedConnection);
            ++running;
            slot.timer.start();
            slot.process.start(commands.at(index).program, commands.at(index).arguments);
            results[index].started = slot.process.waitForStarted(m_watchdogMs);
            if (!results[index].started)
                results[index].startError = slot.process.errorString();
        }
    };

    QTimer watchdog;
    watchdog.setInterval(50);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        for (const std::unique_ptr<Slot> &slot : processes) {
            if (slot && !slot->ended && !slot->killed && slot->timer.elapsed() > m_watchdogMs) {
                slot->killed = true;
                slot->process.kill();
            }
        }
    });
    if (commands.isEmpty())
        return results;
    watchdog.start();
    startMore();
    if (ended < commands.size())
        loop.exec();
    for (const std::unique_ptr<Slot> &slot : processes) {
        if (slot && slot->process.state() != QProcess::NotRunning)
            slot->process.waitForFinished(-1);
    }
    return results;
}
