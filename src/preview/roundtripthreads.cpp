#include "roundtripthreads.h"

#include "threadslice.h"

#include <QDir>
#include <QFile>

namespace {

// Chromium's names for its IO threads, cut as the kernel keeps them (15
// bytes): the browser's, and the child IO threads of the renderer and of
// the GPU thread.
const QByteArray ioThreadNames[] = {QByteArrayLiteral("Chrome_IOThread"), QByteArrayLiteral("Chrome_ChildIOT")};

bool isIoThread(const QString &taskDirectory)
{
    QFile comm(taskDirectory + QLatin1String("/comm"));
    if (!comm.open(QIODevice::ReadOnly))
        return false;
    const QByteArray name = comm.readAll().trimmed();
    for (const QByteArray &ioName : ioThreadNames) {
        if (name == ioName)
            return true;
    }
    return false;
}

} // namespace

int RoundTripThreads::shortenSlices()
{
    int shortened = ThreadSlice::shorten(gettid()) ? 1 : 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const pid_t thread = task.toInt(&isNumber);
        if (isNumber && thread != gettid() && isIoThread(tasks.filePath(task)) && ThreadSlice::shorten(thread))
            ++shortened;
    }
    return shortened;
}
