#include "filewriting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

// The folder that KIJI_FAULT_SAVE=disk-full:FOLDER declares full ("" for
// none), read once so that a test sets it before the first write.
const QString &fullDiskFolder()
{
    static const QString folder = [] {
        const QString fault = qEnvironmentVariable("KIJI_FAULT_SAVE");
        const QString prefix = QStringLiteral("disk-full:");
        if (!fault.startsWith(prefix) || fault.size() == prefix.size())
            return QString();
        return QDir::cleanPath(QFileInfo(fault.mid(prefix.size())).absoluteFilePath());
    }();
    return folder;
}

bool isOnFullDisk(const QString &fileName)
{
    const QString &folder = fullDiskFolder();
    if (folder.isEmpty())
        return false;
    const QString path = QDir::cleanPath(QFileInfo(fileName).absoluteFilePath());
    return path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *errorString)
{
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) {
        QFile file(fileName);
        // QFile buffers: only flush() tells whether a device such as
        // /dev/full took the bytes.
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush())
            return true;
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    if (isOnFullDisk(fileName)) {
        // Half the bytes reach the temporary file, then the disk is full;
        // QSaveFile removes the temporary file when it goes out of scope.
        file.write(bytes.left(bytes.size() / 2));
        file.flush();
        file.cancelWriting();
        if (errorString)
            *errorString = QString::fromLocal8Bit(std::strerror(ENOSPC));
        return false;
    }
    if (file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (errorString)
        *errorString = file.errorString();
    return false;
}
