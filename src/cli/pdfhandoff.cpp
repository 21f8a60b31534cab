#include "pdfhandoff.h"

#include "clioutput.h"

#include <QCoreApplication>
#include <QProcess>
#include <QString>

int printPdfInWindowProgram(const QString &input, const QString &output)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/kiji-gui");
    QProcess process;
    // kiji-gui's messages already read `kiji: error: …`.
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, {QStringLiteral("--print-pdf"), output, QStringLiteral("--"), input});
    if (!process.waitForStarted()) {
        CliOutput::error(program, 0, QStringLiteral("cannot start: %1").arg(process.errorString()));
        return ExitError;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit) {
        CliOutput::error(program, 0, QStringLiteral("stopped before the PDF was written"));
        return ExitError;
    }
    return process.exitCode() == 0 ? ExitOk : ExitError;
}
