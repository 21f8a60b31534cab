#include "filewriting.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *errorString)
{
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) {
        QFile file(fileName);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
            return true;
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (errorString)
        *errorString = file.errorString();
    return false;
}
