// kiji-gui: the window. `kiji FILE` starts it with the same arguments.
#include "articledocument.h"
#include "articleimport.h"
#include "articlepdfwriter.h"
#include "articlepreview.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlineview.h"
#include "previewengine.h"
#include "sectionform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputMethodEvent>
#include <QMessageBox>
#include <QTimer>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

// A screenshot is taken, and a PDF printed, without showing anything on
// screen.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        if (std::strcmp(argv[index], "--screenshot") == 0 || std::strcmp(argv[index], "--print-pdf") == 0)
            return true;
    }
    return false;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "kiji: error: %s\n", qPrintable(message));
}

// `kiji convert --to pdf` lands here: the article of `input` (Markdown, or
// text or HTML imported as the window imports them) printed to `output`.
int printPdf(const QString &input, const QString &output)
{
    ArticleDocument document;
    QString errorString;
    if (const std::optional<ArticleImport::Format> format = ArticleImport::formatOf(input)) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("%1: %2").arg(input, file.errorString()));
            return 2;
        }
        document.setData(ArticleImport::run(file.readAll(), *format).markdown);
        document.setFileName(input);
    } else if (!document.load(input, &errorString)) {
        fail(QStringLiteral("%1: %2").arg(input, errorString));
        return 2;
    }
    ArticlePdfWriter writer;
    int status = 2;
    QObject::connect(&writer, &ArticlePdfWriter::finished, &writer, [&](bool success, const QString &message) {
        status = success ? 0 : 2;
        if (!success)
            fail(QStringLiteral("%1: %2").arg(output, message));
        QApplication::quit();
    });
    writer.write(document, output);
    QApplication::exec();
    return status;
}

// Hooks for the crash-recovery tests, which drive a real kiji-gui process:
// KIJI_RECOVERY_ANSWER=recover|discard answers the recovery question,
// KIJI_TEST_TYPE=TEXT types TEXT at the end of the first section's body as
// an input method commits it, and KIJI_TEST_SAVE_AS=FILE saves a copy of
// the article to FILE once the window is up, then quits. With
// KIJI_TEST_TYPE_INTERVAL=MS the text is typed one character every MS
// milliseconds, and after the Nth character the process prints
// "typed N T" (T: the monotonic clock in ms), so that a test that kills it
// knows what was typed when.
void applyTestHooks(MainWindow *window)
{
    const QByteArray answer = qgetenv("KIJI_RECOVERY_ANSWER");
    if (!answer.isEmpty())
        window->setRecoveryAnswer(answer == "recover" ? MainWindow::Answer::Yes : MainWindow::Answer::No);
}

void typeCharacter(MarkdownEditor *editor, QChar character)
{
    QInputMethodEvent event;
    event.setCommitString(character);
    QApplication::sendEvent(editor, &event);
}

void runTestActions(MainWindow *window)
{
    const QString typed = qEnvironmentVariable("KIJI_TEST_TYPE");
    if (!typed.isEmpty() && !window->document()->sections().isEmpty()) {
        window->outline()->selectSection(0);
        MarkdownEditor *editor = window->sectionForm()->bodyEditor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        const int interval = qEnvironmentVariableIntValue("KIJI_TEST_TYPE_INTERVAL");
        if (interval > 0) {
            auto *timer = new QTimer(window);
            timer->setInterval(interval);
            QObject::connect(timer, &QTimer::timeout, window, [timer, editor, typed, count = 0]() mutable {
                typeCharacter(editor, typed.at(count++));
                const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                std::printf("typed %d %lld\n", count, static_cast<long long>(now.count()));
                std::fflush(stdout);
                if (count == typed.size())
                    timer->stop();
            });
            timer->start();
        } else {
            for (const QChar character : typed)
                typeCharacter(editor, character);
        }
    }
    const QString saveAs = qEnvironmentVariable("KIJI_TEST_SAVE_AS");
    if (!saveAs.isEmpty()) {
        QByteArray bytes = window->document()->data();
        QFile file(saveAs);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write %1").arg(saveAs));
        file.close();
        window->document()->undoStack()->setClean();
        QTimer::singleShot(0, window, &QWidget::close);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (runsWithoutWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    QCommandLineOption printPdfOption(QStringLiteral("print-pdf"), QString(), QStringLiteral("FILE"));
    printPdfOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, select, reader, language, printPdfOption});
    parser.process(application);
    if (parser.isSet(printPdfOption)) {
        if (parser.positionalArguments().size() != 1) {
            fail(QStringLiteral("--print-pdf needs one article"));
            return 2;
        }
        return printPdf(parser.positionalArguments().first(), parser.value(printPdfOption));
    }

    InterfaceLanguage::install(InterfaceLanguage::startLocale(parser.value(language)));

    // Qt WebEngine loads on another core while the window is built, opens
    // the article and paints (~100 ms); the preview starts after that.
    const QStringList files = parser.positionalArguments();
    PreviewEngine::preloadUnlessLong(files.value(0));
    MainWindow window;
    applyTestHooks(&window);
    // A picture changes nothing: it neither marks the file as open nor asks
    // about another window editing it.
    if (parser.isSet(screenshot))
        window.setArticleLocking(MainWindow::ArticleLocking::Off);
    if (!files.isEmpty()) {
        QString errorString;
        // A pasted-text or web-page article opens as a new, imported one.
        const bool imports = ArticleImport::formatOf(files.first()).has_value();
        if (!(imports ? window.importFile(files.first(), &errorString) : window.openFile(files.first(), &errorString))) {
            if (parser.isSet(screenshot)) {
                fail(QStringLiteral("%1: %2").arg(files.first(), errorString));
                return 2;
            }
            if (!errorString.isEmpty()) // empty: the user cancelled
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
        PreviewEngine::preload();
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
        if (const QString error = window.preview()->loadError(); !error.isEmpty()) {
            fail(error);
            return 2;
        }
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
    // A long article's window is on screen: now the library may load.
    PreviewEngine::preload();
    QTimer::singleShot(0, &window, [&window] { runTestActions(&window); });
    return application.exec();
}
