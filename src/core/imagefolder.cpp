#include "imagefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>

namespace {

const QString folderName = QStringLiteral("images");

void setError(QString *errorString, const QString &error)
{
    if (errorString)
        *errorString = error;
}

} // namespace

ImageFolder::ImageFolder(const QString &articleDirectory)
    : m_articleDirectory(articleDirectory)
{
}

QString ImageFolder::path() const
{
    return QDir(m_articleDirectory).filePath(folderName);
}

bool ImageFolder::isImageFileName(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg")};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

QString ImageFolder::safeFileName(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName().normalized(QString::NormalizationForm_C);
    QString safe;
    for (const char32_t character : base.toUcs4()) {
        const bool kept = QChar::isLetterOrNumber(character) || QChar::isMark(character) || character == U'_'
            || character == U'-' || character == U'.';
        if (kept)
            safe += QChar::fromUcs4(character);
        else if (!safe.endsWith(u'-'))
            safe += u'-';
    }
    // Leading dots hide a file; trailing ones vanish on Windows.
    while (!safe.isEmpty() && (safe.front() == u'-' || safe.front() == u'.'))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.back() == u'-' || safe.back() == u'.'))
        safe.chop(1);
    if (safe.isEmpty())
        safe = QStringLiteral("image");
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() ? safe : safe + u'.' + suffix;
}

QString ImageFolder::uniqueFileName(const QString &fileName) const
{
    QSet<QString> taken;
    const QStringList entries = QDir(path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
        taken.insert(entry.toLower());
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate = fileName;
    for (int number = 2; taken.contains(candidate.toLower()); ++number)
        candidate = base + u'-' + QString::number(number) + suffix;
    return candidate;
}

bool ImageFolder::makeFolder(QString *errorString) const
{
    // An empty directory would put the folder in the working directory.
    if (m_articleDirectory.isEmpty()) {
        setError(errorString, tr("the article has not been saved yet, so it has no folder for images"));
        return false;
    }
    if (QDir(m_articleDirectory).mkpath(folderName))
        return true;
    setError(errorString, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(path())));
    return false;
}

QString ImageFolder::addFile(const QString &sourcePath, QString *errorString) const
{
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable()) {
        setError(errorString, tr("cannot read %1").arg(QDir::toNativeSeparators(sourcePath)));
        return QString();
    }
    const QFileInfo folder(path());
    if (folder.exists() && source.canonicalPath() == folder.canonicalFilePath())
        return folderName + u'/' + source.fileName();
    if (!makeFolder(errorString))
        return QString();
    const QString name = uniqueFileName(safeFileName(source.fileName()));
    QFile file(sourcePath);
    if (!file.copy(QDir(path()).filePath(name))) {
        setError(errorString, tr("cannot copy %1 into %2: %3")
                                  .arg(QDir::toNativeSeparators(sourcePath), QDir::toNativeSeparators(path()),
                                       file.errorString()));
        return QString();
    }
    return folderName + u'/' + name;
}

QString ImageFolder::addImage(const QImage &image, const QDateTime &time, QString *errorString) const
{
    if (image.isNull()) {
        setError(errorString, tr("the pasted image is empty"));
        return QString();
    }
    if (!makeFolder(errorString))
        return QString();
    const QString name = uniqueFileName(QStringLiteral("image-%1.png").arg(time.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString target = QDir(path()).filePath(name);
    if (!image.save(target, "PNG")) {
        QFile::remove(target);
        setError(errorString, tr("cannot save %1").arg(QDir::toNativeSeparators(target)));
        return QString();
    }
    return folderName + u'/' + name;
}
