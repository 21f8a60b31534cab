#pragma once

#include <QLockFile>
#include <QString>

// Tells other Kiji windows that an article is open for editing here: a lock
// file beside it, `.NAME.kiji-lock`, held while the window has the article
// open. A lock left behind by a process that no longer runs (a crash, a
// kill) is taken over silently; a folder where no file can be created
// (read-only) simply gets no lock.
class ArticleLock
{
public:
    enum class Result {
        Locked, // this object holds the lock
        HeldByAnother, // another Kiji window, in this process or another, has the article open
        Unavailable, // no lock file can be created there; the article opens without one
    };

    explicit ArticleLock(const QString &articleFileName);

    Result tryLock();
    QString articleFileName() const { return m_articleFileName; }
    // The process that holds the lock after HeldByAnother (0 when unknown).
    qint64 holderProcessId() const;

    static QString lockFileName(const QString &articleFileName);

private:
    QString m_articleFileName;
    QLockFile m_lock;
};
