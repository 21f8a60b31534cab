#pragma once

#include <QByteArray>
#include <QString>

// Writes `bytes` to `fileName` atomically (a temporary file renamed over the
// target), so that a crash never leaves half a file. A target that exists
// and is not a regular file (/dev/null, a pipe, a terminal) is written in
// place: renaming over it would replace the device.
bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *errorString);
