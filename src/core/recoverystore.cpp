#include "recoverystore.h"

#include "articledocument.h"
#include "filewriting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

RecoveryStore::RecoveryStore(ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, &RecoveryStore::writeRecovery);
    // indexChanged, not textEdited: during a push the stack is still clean.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryStore::documentEdited);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            m_delay.stop();
            discard();
        }
    });
}

QString RecoveryStore::recoveryFileName(const QString &articleFileName)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
    const QString key = articleFileName.isEmpty() ? QStringLiteral("untitled")
                                                  : QFileInfo(articleFileName).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString base = articleFileName.isEmpty() ? QStringLiteral("untitled")
                                                   : QFileInfo(articleFileName).completeBaseName();
    return directory + QLatin1Char('/') + base + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".md");
}

QByteArray RecoveryStore::leftOver(const QString &articleFileName, const QByteArray &onDisk)
{
    QFile file(recoveryFileName(articleFileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return bytes == onDisk ? QByteArray() : bytes;
}

void RecoveryStore::documentEdited()
{
    if (!m_document->undoStack()->isClean() && !m_delay.isActive())
        m_delay.start();
}

void RecoveryStore::writeRecovery()
{
    if (m_document->undoStack()->isClean())
        return;
    const QString fileName = recoveryFileName(m_document->fileName());
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    if (writeFileAtomically(fileName, m_document->data(), nullptr))
        Q_EMIT recoveryWritten(fileName);
}

void RecoveryStore::discard()
{
    QFile::remove(recoveryFileName(m_document->fileName()));
}
