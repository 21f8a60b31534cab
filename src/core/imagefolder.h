#pragma once

#include <QCoreApplication>
#include <QString>

class QDateTime;
class QImage;

// The `images/` folder beside an article, where pasted and dropped images
// are copied, so that the article's `![](images/NAME)` references travel
// with it. Names are safe in a Markdown destination (no spaces, no
// brackets) and unique in the folder.
class ImageFolder
{
    Q_DECLARE_TR_FUNCTIONS(ImageFolder)

public:
    explicit ImageFolder(const QString &articleDirectory);

    QString path() const;

    // png, jpg, jpeg, gif, webp and svg, by the name's suffix.
    static bool isImageFileName(const QString &fileName);
    // `fileName` with every run of characters other than letters, digits,
    // `-`, `_` and `.` turned into one `-`, NFC-normalised (macOS writes
    // names decomposed) and with a lower-case suffix; "image" when nothing
    // is left of the base name.
    static QString safeFileName(const QString &fileName);
    // `fileName` (already safe), or NAME-2.EXT, NAME-3.EXT…, whichever the
    // folder does not hold yet. Names differing only in case clash, as they
    // do on the file systems an article may be synced to.
    QString uniqueFileName(const QString &fileName) const;

    // Copies an image file into the folder and returns the destination to
    // write in the article ("images/NAME"), or "" with `errorString` set. A
    // file already in the folder is referenced, not copied again.
    QString addFile(const QString &sourcePath, QString *errorString) const;
    // Saves image data as image-YYYYMMDD-HHMMSS.png, `time` giving the name.
    QString addImage(const QImage &image, const QDateTime &time, QString *errorString) const;

private:
    bool makeFolder(QString *errorString) const;

    QString m_articleDirectory;
};
