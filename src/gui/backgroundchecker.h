#pragma once

#include "finding.h"

#include <QObject>
#include <QThread>

class CheckWorker;

// Checks the article off the GUI thread: each check() hands a copy of the
// text to a worker thread that keeps one Checker (and so its per-block
// cache: an edit re-reads only the blocks it changed). A check asked for
// while one runs replaces any that waits; findingsReady() carries the
// revision it was asked for, so stale results can be told apart.
class BackgroundChecker : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundChecker(QObject *parent = nullptr);
    ~BackgroundChecker() override;

    // `fileName` chooses the project configuration (.kiji/config.yml in its
    // folder or a parent); "" for a new article uses the default presets.
    void check(const QByteArray &text, quint64 revision, const QString &fileName);
    quint64 latestRevision() const { return m_requested; }

Q_SIGNALS:
    void findingsReady(quint64 revision, const Findings &findings);
    // The configuration or the dictionary could not be read.
    void checkFailed(const QString &message);

private:
    QThread m_thread;
    CheckWorker *m_worker;
    quint64 m_requested = 0;
};
