#pragma once

#include <QByteArray>
#include <QObject>
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

    // The recovery file for an article path ("" for a new, unsaved article).
    static QString recoveryFileName(const QString &articleFileName);
    // What a previous session left for `articleFileName`, when it differs
    // from `onDisk`; empty otherwise.
    static QByteArray leftOver(const QString &articleFileName, const QByteArray &onDisk);

    // Writes now (also called by the timer).
    void writeRecovery();
    // Removes the recovery file of the current article (after a save, or
    // when the window closes with nothing left to keep).
    void discard();

Q_SIGNALS:
    void recoveryWritten(const QString &fileName);

private:
    void documentEdited();

    ArticleDocument *m_document;
    QTimer m_delay;
};
