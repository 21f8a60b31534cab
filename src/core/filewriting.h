#pragma once

#include <QByteArray>
#include <QString>

// Writes `bytes` to `fileName` atomically (a temporary file renamed over the
// target), so that a crash, a full disk or a folder that takes no new file
// never leaves half a file and never touches the old one. A target that
// exists and is not a regular file (/dev/null, a pipe, a terminal) is
// written in place: renaming over it would replace the device.
//
// For tests, KIJI_FAULT_SAVE=disk-full:FOLDER (read once) makes every write
// of a regular file inside FOLDER stop half way with the error of a full
// disk, as a real ENOSPC would.
bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *errorString);
