// kiji-gui: the window. `kiji FILE` starts it with the same arguments.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kiji"));
    QApplication::setOrganizationName(QStringLiteral("Kiji"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("kiji"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Reader and editor for structured Japanese articles"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The article to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(application);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString errorString;
        if (!window.openFile(files.first(), &errorString)) {
            QMessageBox::critical(&window, QApplication::translate("main", "Kiji"), errorString);
            return 2;
        }
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::previewLoaded, &window, [&window, target] {
            QTimer::singleShot(500, &window, [&window, target] {
                window.grab().save(target);
                QApplication::quit();
            });
        });
        QTimer::singleShot(20000, &application, &QApplication::quit);
    }
    return application.exec();
}
