#pragma once

#include <QList>
#include <QString>

// A problem found while reading an article, with its 1-based file line.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    int line = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;
