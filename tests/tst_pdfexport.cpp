// PDF export: `kiji convert --to pdf` without a display, read back with
// poppler's pdftotext and pdffonts; File → Export… in the window for HTML
// WordPress and PDF, with the file dialog answered by the test hook.
#include "articlepreview.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace TestSupport;

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");

// A sentence of the sample's lead, as pdftotext must give it back once
// line breaks are taken out.
const QString leadSentence = QStringLiteral("ダーマペンは、極細の針で肌に微細な穴を開け、肌がもともと持っている修復の力を引き出す治療です。");

QString withoutSpace(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                   QStringLiteral("-")}));
}

// The headings of the sample as written in its Markdown, in order.
QStringList sampleHeadings()
{
    QStringList headings;
    const QList<QByteArray> lines = readFile(sample).split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        static const QRegularExpression atx(QStringLiteral("^#{1,6}\\s+(.*?)\\s*$"));
        const QRegularExpressionMatch match = atx.match(text);
        if (match.hasMatch())
            headings.append(match.captured(1));
    }
    return headings;
}

// Each of `headings` found in `text` in order after `from`; the offset after
// the last one, or -1 with the missing heading in `missing`.
qsizetype findInOrder(const QString &text, const QStringList &headings, qsizetype from, QString *missing)
{
    for (const QString &heading : headings) {
        const qsizetype at = text.indexOf(withoutSpace(heading), from);
        if (at < 0) {
            *missing = heading;
            return -1;
        }
        from = at + withoutSpace(heading).size();
    }
    return from;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertWithoutDisplay();
    void convertAcceptsSuggestions();
    void convertMissingInput();
    void windowExportsHtml();
    void windowExportsPdf();
    void windowHasIcon();

private:
    QTemporaryDir m_directory;
};

void TestPdfExport::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // The command line must not need a display.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
                 && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(),
             "pdftotext and pdffonts (poppler-utils) are needed");
    QSettings().remove(QStringLiteral("export"));
    umask(022);
}

void TestPdfExport::convertWithoutDisplay()
{
    const QString pdf = m_directory.filePath(QStringLiteral("sample.pdf"));
    const Run run = runKiji({QStringLiteral("convert"), sample, QStringLiteral("--to"), QStringLiteral("pdf"),
                             QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    // Readable by others, as any new file under the test's umask (022).
    QVERIFY(QFileInfo(pdf).permissions() & QFileDevice::ReadOther);

    const QString text = withoutSpace(pdfText(pdf));
    QVERIFY(!text.isEmpty());
    const QStringList headings = sampleHeadings();
    QVERIFY(headings.size() > 10);
    // Once in the table of contents, then again over the sections.
    QString missing;
    const qsizetype afterContents = findInOrder(text, headings, 0, &missing);
    QVERIFY2(afterContents >= 0, qPrintable(missing));
    QVERIFY2(findInOrder(text, headings, afterContents, &missing) >= 0, qPrintable(missing));
    QVERIFY(readFile(sample).contains(leadSentence.toUtf8()));
    QVERIFY(text.contains(leadSentence));

    const QList<QByteArray> fonts = runTool(QStringLiteral("pdffonts"), {pdf}).split('\n');
    int fontCount = 0;
    for (const QByteArray &line : fonts.mid(2)) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() < 6)
            continue;
        // name type… encoding emb sub uni object ID: emb is fifth from the end.
        QVERIFY2(columns.at(columns.size() - 5) == "yes", line.constData());
        ++fontCount;
    }
    QVERIFY(fontCount > 0);
}

void TestPdfExport::convertAcceptsSuggestions()
{
    const QString markdown = m_directory.filePath(QStringLiteral("marks.md"));
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("## 施術後の過ごし方\n\n"
               "保湿を{++しっかりと++}続けます。{--古い説明です。--}紫外線を避けます。{>>表現を確認<<}\n\n"
               "| 日数 | 経過 |\n|---|---|\n| 1日目 | 赤み |\n");
    file.close();
    const QString pdf = m_directory.filePath(QStringLiteral("marks.pdf"));
    // Without QT_QPA_PLATFORM too: kiji-gui chooses offscreen itself.
    qunsetenv("QT_QPA_PLATFORM");
    const Run run = runKiji({QStringLiteral("convert"), markdown, QStringLiteral("--to"), QStringLiteral("pdf"),
                             QStringLiteral("-o"), pdf});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = withoutSpace(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("施術後の過ごし方")));
    QVERIFY(text.contains(QStringLiteral("保湿をしっかりと続けます。紫外線を避けます。")));
    QVERIFY(!text.contains(QStringLiteral("古い説明")));
    QVERIFY(!text.contains(QStringLiteral("表現を確認")));
    QVERIFY(text.contains(QStringLiteral("1日目")));
}

void TestPdfExport::convertMissingInput()
{
    const QString pdf = m_directory.filePath(QStringLiteral("never.pdf"));
    const QString missing = m_directory.filePath(QStringLiteral("missing.md"));
    const Run run = runKiji({QStringLiteral("convert"), missing, QStringLiteral("--to"), QStringLiteral("pdf"),
                             QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("kiji: error: "));
    QVERIFY(run.err.contains(missing.toUtf8()));
    QVERIFY(!QFile::exists(pdf));
}

static QAction *exportAction(MainWindow *window)
{
    return window->menuBar()->findChild<QAction *>(QStringLiteral("exportAction"));
}

void TestPdfExport::windowExportsHtml()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(sample, &error), qPrintable(error));
    QAction *action = exportAction(&window);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));

    QSignalSpy exported(window.exporter(), &ExportController::exported);
    const QString html = m_directory.filePath(QStringLiteral("window/sample.html"));
    QVERIFY(QDir().mkpath(m_directory.filePath(QStringLiteral("window"))));
    window.exporter()->setFileAnswer(html, ExportController::Format::Html);
    action->trigger();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), html);
    const QString page = QString::fromUtf8(readFile(html));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (const QString &heading : sampleHeadings())
        QVERIFY2(page.contains(heading.toHtmlEscaped()), qPrintable(heading));
    QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(),
             m_directory.filePath(QStringLiteral("window")));
    QCOMPARE(window.exporter()->lastFolder(), m_directory.filePath(QStringLiteral("window")));

    const QString blocks = m_directory.filePath(QStringLiteral("window/sample-wordpress.html"));
    window.exporter()->setFileAnswer(blocks, ExportController::Format::WordPress);
    action->trigger();
    QCOMPARE(exported.size(), 2);
    const QString markup = QString::fromUtf8(readFile(blocks));
    QVERIFY(markup.startsWith(QStringLiteral("<!-- wp:")));
    QCOMPARE(markup.count(QStringLiteral("<!-- wp:heading")), sampleHeadings().size());
    QVERIFY(!markup.contains(QStringLiteral("<!DOCTYPE")));

    // A cancelled dialog writes nothing.
    window.exporter()->setFileAnswer(QString(), ExportController::Format::Html);
    action->trigger();
    QCOMPARE(exported.size(), 2);
}

void TestPdfExport::windowExportsPdf()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(sample, &error), qPrintable(error));
    QSignalSpy exported(window.exporter(), &ExportController::exported);
    QSignalSpy failed(window.exporter(), &ExportController::exportFailed);
    const QString pdf = m_directory.filePath(QStringLiteral("window-sample.pdf"));
    window.exporter()->setFileAnswer(pdf, ExportController::Format::Pdf);
    exportAction(&window)->trigger();
    QVERIFY(window.exporter()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(exported.first().first().toString(), pdf);
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    const QString text = withoutSpace(pdfText(pdf));
    QString missing;
    QVERIFY2(findInOrder(text, sampleHeadings(), 0, &missing) >= 0, qPrintable(missing));
    QVERIFY(text.contains(leadSentence));
    QCOMPARE(window.exporter()->lastFolder(), m_directory.path());
}

void TestPdfExport::windowHasIcon()
{
    MainWindow window;
    const QIcon icon = window.windowIcon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 48, 256})
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
    // The accent colour of the picture, not a blank square.
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    QCOMPARE(image.pixelColor(6, 24).name(), QStringLiteral("#2b8a78"));
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    QApplication::setApplicationName(QStringLiteral("tst_pdfexport"));
    TestPdfExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfexport.moc"
