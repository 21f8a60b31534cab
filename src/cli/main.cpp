// The `kiji` command: subcommands run here on Qt Core and Gui only, so that
// it starts in milliseconds; anything else opens the window by replacing
// this process with `kiji-gui` beside it.
#include "clioutput.h"
#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <climits>
#include <cstring>
#include <unistd.h>

namespace {

int openWindow(char **argv)
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        CliOutput::error(QString(), 0, QStringLiteral("cannot find where kiji is installed"));
        return ExitError;
    }
    self[length] = '\0';
    QByteArray gui(self);
    gui = gui.left(gui.lastIndexOf('/') + 1) + "kiji-gui";
    argv[0] = gui.data();
    execv(gui.constData(), argv);
    CliOutput::error(QString::fromLocal8Bit(gui), 0,
                     QStringLiteral("cannot start the window: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    return ExitError;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return openWindow(argv);
    const QString name = QString::fromLocal8Bit(argv[1]);
    QStringList arguments;
    for (int index = 2; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));

    if (name == QLatin1String("--help") || name == QLatin1String("-h"))
        return runHelp({});
    if (name == QLatin1String("--version")) {
        CliOutput::writeStdout("kiji " KIJI_VERSION "\n");
        return ExitOk;
    }
    if (const Command *command = findCommand(name)) {
        // Messages of the checker in the user's language (Japanese or English).
        QCoreApplication application(argc, argv);
        QTranslator translator;
        if (QLocale().language() == QLocale::Japanese
            && translator.load(QLocale(), QStringLiteral("kiji"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&translator);
        return command->run(arguments);
    }
    return openWindow(argv);
}
