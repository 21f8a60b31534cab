// kiji-gui: the window. `kiji FILE` starts it with the same arguments.
#include "articlepreview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

// A screenshot is taken without showing anything on screen.
bool wantsScreenshot(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        if (std::strcmp(argv[index], "--screenshot") == 0)
            return true;
    }
    return false;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "kiji: error: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ArticlePreview::registerUrlScheme();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kiji"));
    QApplication::setOrganizationName(QStringLiteral("Kiji"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Reader and editor for structured Japanese articles"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The article to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select the section with this heading."),
                                    QStringLiteral("HEADING"));
    const QCommandLineOption reader(QStringLiteral("reader"), QApplication::translate("main", "Start in reader mode."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Interface language: ja or en."),
                                      QStringLiteral("LANGUAGE"));
    parser.addOptions({screenshot, select, reader, language});
    parser.process(application);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("kiji"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString errorString;
        if (!window.openFile(files.first(), &errorString)) {
            if (parser.isSet(screenshot)) {
                fail(QStringLiteral("%1: %2").arg(files.first(), errorString));
                return 2;
            }
            QMessageBox::critical(&window, QApplication::translate("main", "Kiji"), errorString);
        }
    }
    if (parser.isSet(select)) {
        QString errorString;
        if (!window.selectHeading(parser.value(select), &errorString)) {
            fail(errorString);
            return 2;
        }
    }
    window.setReaderMode(parser.isSet(reader));

    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        window.resize(1400, 900);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        int status = 2;
        const auto capture = [&] {
            // One more moment for the compositor to paint the patched page.
            QTimer::singleShot(400, &window, [&] {
                QImage image = window.grab().toImage();
                image.setDevicePixelRatio(1);
                status = image.save(target) ? 0 : 2;
                if (status != 0)
                    fail(QStringLiteral("cannot write %1").arg(target));
                QApplication::quit();
            });
        };
        if (window.preview()->isReady())
            capture();
        else
            QObject::connect(window.preview(), &ArticlePreview::ready, &window, capture, Qt::SingleShotConnection);
        QTimer::singleShot(30000, &application, [&] {
            fail(QStringLiteral("the preview did not load within 30 s"));
            QApplication::exit(2);
        });
        application.exec();
        return status;
    }
    window.show();
    return application.exec();
}
