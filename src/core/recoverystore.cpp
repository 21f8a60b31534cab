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
    connect(&m_delay, &QTimer::timeout, this, &RecoveryStore::writeInBackground);
    m_writer.setMaxThreadCount(1);
    // indexChanged, not textEdited: during a push the stack is still clean.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryStore::documentEdited);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            m_delay.stop();
            discard();
        }
    });
}

RecoveryStore::~RecoveryStore()
{
    m_writer.waitForDone();
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
    if (write(++m_taken, fileName, m_document->data()))
        Q_EMIT recoveryWritten(fileName);
}

void RecoveryStore::writeInBackground()
{
    if (m_document->undoStack()->isClean())
        return;
    const quint64 number = ++m_taken;
    const QString fileName = recoveryFileName(m_document->fileName());
    // Shared with the document until its next edit: taking the bytes costs
    // nothing here.
    const QByteArray bytes = m_document->data();
    m_writer.start([this, number, fileName, bytes] {
        if (write(number, fileName, bytes))
            QMetaObject::invokeMethod(this, [this, fileName] { Q_EMIT recoveryWritten(fileName); }, Qt::QueuedConnection);
    });
}

bool RecoveryStore::write(quint64 number, const QString &fileName, const QByteArray &bytes)
{
    QMutexLocker lock(&m_fileMutex);
    if (number <= m_written)
        return false;
    m_written = number;
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    return writeFileAtomically(fileName, bytes, nullptr);
}

void RecoveryStore::discard()
{
    // A write still waiting, taken before, must not bring the file back.
    QMutexLocker lock(&m_fileMutex);
    m_written = ++m_taken;
    QFile::remove(recoveryFileName(m_document->fileName()));
}
