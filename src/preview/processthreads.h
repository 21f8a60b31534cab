#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMultiMap>

#include <sys/types.h>

// The threads of this process as Linux lists them. Header only: the tests
// find the engine's threads by name too.
namespace ProcessThreads {

// Each thread's id under its name, as the kernel keeps it: cut to 15 bytes
// ("Chrome_ChildIOThread" is "Chrome_ChildIOT").
inline QMultiMap<QByteArray, pid_t> byName()
{
    QMultiMap<QByteArray, pid_t> threads;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const pid_t thread = task.toInt(&isNumber);
        QFile comm(tasks.filePath(task) + QLatin1String("/comm"));
        if (isNumber && comm.open(QIODevice::ReadOnly))
            threads.insert(comm.readAll().trimmed(), thread);
    }
    return threads;
}

} // namespace ProcessThreads
