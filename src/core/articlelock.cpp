#include "articlelock.h"

#include <QDir>
#include <QFileInfo>

ArticleLock::ArticleLock(const QString &articleFileName)
    : m_articleFileName(QFileInfo(articleFileName).absoluteFilePath())
    , m_lock(lockFileName(articleFileName))
{
    // An article stays open for hours: only a dead holder makes a lock
    // stale, never its age.
    m_lock.setStaleLockTime(0);
}

ArticleLock::Result ArticleLock::tryLock()
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return Result::Locked;
    return m_lock.error() == QLockFile::LockFailedError ? Result::HeldByAnother : Result::Unavailable;
}

qint64 ArticleLock::holderProcessId() const
{
    qint64 processId = 0;
    return m_lock.getLockInfo(&processId, nullptr, nullptr) ? processId : 0;
}

QString ArticleLock::lockFileName(const QString &articleFileName)
{
    const QFileInfo info(articleFileName);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".kiji-lock"));
}
