#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

class ArticleDocument;

// Keeps unsaved work safe: at most a second after a change it writes the
// article's bytes to a recovery file (in the application's data folder,
// named after the article's path), removes it once the article is saved or
// closed normally, and finds what a crashed session left behind.
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    // How long a change waits before it is written. The timer is not
    // restarted by further changes: one that waited for a pause would never
    // write while the user keeps typing, and a crash then would lose it all.
    static constexpr int DelayMs = 1000;

    explicit RecoveryStore(ArticleDocument *document, QObject *parent = nullptr);
    ~RecoveryStore() override;

    // The recovery file for an article path ("" for a new, unsaved article).
    static QString recoveryFileName(const QString &articleFileName);
    // What a previous session left for `articleFileName`, when it differs
    // from `onDisk`; empty otherwise.
    static QByteArray leftOver(const QString &articleFileName, const QByteArray &onDisk);

    // Writes now, on this thread. The timer's writes take the bytes when it
    // fires and write them on a thread of their own, so that writing a long
    // article does not hold up typing.
    void writeRecovery();
    // Removes the recovery file of the current article (after a save, or
    // when the window closes with nothing left to keep).
    void discard();

Q_SIGNALS:
    void recoveryWritten(const QString &fileName);

private:
    void documentEdited();
    void writeInBackground();
    // Writes `bytes` taken as write `number` (any thread); false when a
    // later write or discard() came first, or the write failed.
    bool write(quint64 number, const QString &fileName, const QByteArray &bytes);

    ArticleDocument *m_document;
    QTimer m_delay;
    quint64 m_taken = 0;     // writes and discards asked for (GUI thread)
    QMutex m_fileMutex;      // held while the recovery file is written or removed
    quint64 m_written = 0;   // the last write or discard done (under m_fileMutex)
    QThreadPool m_writer;    // one thread: writes land in the order they were taken
};
