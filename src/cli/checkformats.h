#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The findings of one checked file, as the formats print them.
struct CheckedFile
{
    QString path;        // as given on the command line ("-" for stdin)
    QString reportedPath; // absolute path, or "<stdin>"
    Findings findings;
};

// `kiji check --format …` output.
namespace CheckFormats {

bool isKnown(const QString &format);
QByteArray format(const QString &format, const QList<CheckedFile> &files, const QStringList &ruleIds);

// textlint's `--format json`.
QByteArray json(const QList<CheckedFile> &files);
// textlint's default: findings under each file name, then a count.
QByteArray stylish(const QList<CheckedFile> &files);
// SARIF 2.1.0, one run with a rule descriptor per rule that ran.
QByteArray sarif(const QList<CheckedFile> &files, const QStringList &ruleIds);
// JUnit XML: one test suite per file, one test case per file and rule.
QByteArray junit(const QList<CheckedFile> &files, const QStringList &ruleIds);

} // namespace CheckFormats
