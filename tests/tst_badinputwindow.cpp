// The window on the bad-input catalogue (badinputcases.h): every file opens
// in the real kiji-gui, which takes its picture and exits under the hang
// watchdog without touching the file; in this process, a damaged file
// opens read-only with its reason in the status bar and the title, and a
// part too large for the editor shows why in its place.
#include "articledocument.h"
#include "articlelimits.h"
#include "badinputcases.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "processbatch.h"
#include "sectionform.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace TestSupport;
using namespace BadInput;

namespace {

// In this process: the committed files, and the generated ones small
// enough to open quickly over and over in one window.
constexpr qsizetype InProcessBytes = 3 * 1024 * 1024;

} // namespace

class TestBadInputWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void picture_data();
    void picture();
    void messages_data();
    void messages();

private:
    QString sourcePath(const QString &name) const { return m_work.filePath(QStringLiteral("src/") + name); }
    QString picturePath(const QString &name) const
    {
        return m_work.filePath(QStringLiteral("out/") + QFileInfo(name).completeBaseName() + QStringLiteral(".png"));
    }

    QTemporaryDir m_work;
    QList<ProcessBatch::Result> m_pictures; // per case
    QMap<QString, QByteArray> m_originals;
    MainWindow *m_window = nullptr;
};

void TestBadInputWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    for (const char *folder : {"src", "out", "run", "home"})
        QVERIFY(QDir(m_work.path()).mkpath(QString::fromLatin1(folder)));
    QString error;
    QVERIFY2(writeAll(m_work.filePath(QStringLiteral("src")), &error), qPrintable(error));
    for (const Case &testCase : cases()) {
        const QString name = QString::fromLatin1(testCase.name);
        m_originals.insert(name, readFile(sourcePath(name)));
    }

    // One kiji-gui per file, as `kiji FILE` starts it, taking its picture
    // offscreen. Small files open four at a time (WebEngine starting is
    // mostly waiting); bigger ones two at a time, and the biggest alone, so
    // that each watchdog measures its own window. Settings, recovery files
    // and caches go to a home of their own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    const QString home = m_work.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    ProcessBatch batch(m_work.filePath(QStringLiteral("run")), WatchdogMs);
    batch.setEnvironment(environment);
    struct Group
    {
        qsizetype maximumBytes;
        int parallel;
        QList<int> cases;
    };
    Group groups[] = {{512 * 1024, 4, {}}, {20 * 1024 * 1024, 2, {}}, {std::numeric_limits<qsizetype>::max(), 1, {}}};
    for (int index = 0; index < cases().size(); ++index) {
        const qsizetype size = m_originals.value(QString::fromLatin1(cases().at(index).name)).size();
        std::find_if(std::begin(groups), std::end(groups), [size](const Group &group) {
            return size <= group.maximumBytes;
        })->cases.append(index);
    }
    QElapsedTimer timer;
    timer.start();
    m_pictures.resize(cases().size());
    for (const Group &group : groups) {
        QList<ProcessBatch::Command> commands;
        for (int index : group.cases) {
            const QString name = QString::fromLatin1(cases().at(index).name);
            commands.append({QStringLiteral(KIJI_BINARY_DIR "/kiji-gui"),
                             {sourcePath(name), QStringLiteral("--screenshot"), picturePath(name)}});
        }
        const QList<ProcessBatch::Result> results = batch.run(commands, group.parallel);
        for (qsizetype at = 0; at < group.cases.size(); ++at)
            m_pictures[group.cases.at(at)] = results.at(at);
    }
    qInfo("%lld pictures in %lld ms", qlonglong(cases().size()), timer.elapsed());

    // Not shown: the preview is the pictures' part, and WebEngine would
    // start in this process too.
    m_window = new MainWindow;
    new QAbstractItemModelTester(m_window->outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
}

void TestBadInputWindow::cleanupTestCase()
{
    if (m_window)
        m_window->document()->undoStack()->setClean(); // no unsaved-changes prompt
    delete m_window;
}

void TestBadInputWindow::picture_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < cases().size(); ++index)
        QTest::newRow(cases().at(index).name) << index;
}

void TestBadInputWindow::picture()
{
    QFETCH(int, index);
    const QString name = QString::fromLatin1(cases().at(index).name);
    const ProcessBatch::Result &run = m_pictures.at(index);
    if (run.milliseconds > 1000)
        qInfo("kiji-gui FILE --screenshot: %lld ms", run.milliseconds);
    QVERIFY2(run.started, qPrintable(QStringLiteral("kiji-gui did not start: ") + run.startError));
    QVERIFY2(run.finished, qPrintable(QStringLiteral("did not finish in %1 s").arg(WatchdogMs / 1000)));
    QVERIFY2(!run.crashed, qPrintable(QStringLiteral("crashed; stderr: ") + QString::fromUtf8(run.err.right(2000))));
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1; stderr: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err.right(2000)))));
    QVERIFY2(!run.err.contains("kiji: error:"), run.err.constData());
    const QImage image(picturePath(name));
    QVERIFY2(!image.isNull(), "no PNG written");
    QVERIFY2(readFile(picturePath(name)).startsWith("\x89PNG\r\n"), "not a PNG");
    QVERIFY(image.width() >= 800 && image.height() >= 600);
    QVERIFY2(readFile(sourcePath(name)) == m_originals.value(name), "the window changed the file's bytes");
}

void TestBadInputWindow::messages_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < cases().size(); ++index) {
        const Case &testCase = cases().at(index);
        if (!testCase.generate || m_originals.value(QString::fromLatin1(testCase.name)).size() <= InProcessBytes)
            QTest::newRow(testCase.name) << index;
    }
}

void TestBadInputWindow::messages()
{
    QFETCH(int, index);
    const Case &testCase = cases().at(index);
    const QString name = QString::fromLatin1(testCase.name);
    const QString file = sourcePath(name);
    if (!m_pictures.at(index).finished || m_pictures.at(index).crashed)
        QFAIL("not opened in-process: kiji-gui hung or crashed on this file (see picture)");

    QString error;
    QElapsedTimer timer;
    timer.start();
    // One window opens the files one after another, as a user would: what
    // the window said about one file must not stay for the next.
    QVERIFY2(m_window->openFile(file, &error), qPrintable(error));
    QTest::qWait(0);
    if (timer.elapsed() > 1000)
        qInfo("openFile: %lld ms", timer.elapsed());
    const ArticleDocument *document = m_window->document();
    const bool damaged = testCase.expect == Damaged || (testCase.expect == Either && document->hasErrors());
    const QString message = m_window->statusBar()->currentMessage();
    const bool titleSaysReadOnly = m_window->windowTitle().contains(QStringLiteral("(read-only)"));
    if (damaged) {
        QVERIFY(document->isReadOnly());
        QVERIFY2(titleSaysReadOnly, qPrintable(m_window->windowTitle()));
        QVERIFY(!document->diagnostics().isEmpty());
        // The first error, as the file's diagnostics give it.
        const auto firstError = std::find_if(document->diagnostics().cbegin(), document->diagnostics().cend(),
                                             [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
        QVERIFY(firstError != document->diagnostics().cend());
        QVERIFY2(message == QStringLiteral("Opened read-only: line %1: %2").arg(firstError->line).arg(firstError->message),
                 qPrintable(QStringLiteral("status bar: \"%1\"; first error: \"%2\"").arg(message, firstError->message)));
    } else {
        QVERIFY(!document->isReadOnly());
        QVERIFY2(!titleSaysReadOnly, qPrintable(m_window->windowTitle()));
        QVERIFY2(!message.contains(QStringLiteral("read-only")), qPrintable(QStringLiteral("status bar: ") + message));
    }

    // The lead is on show first: too large for the editor, it says why
    // there, read-only, and the editor holds nothing.
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    QCOMPARE(m_window->sectionForm()->section(), int(SectionForm::Lead));
    const ArticleStructure &structure = document->structure();
    const bool refused = ArticleLimits::editRefusal(document->text(), structure.markdownBegin, structure.leadEnd).has_value();
    if (!damaged)
        QCOMPARE(refused, bool(testCase.limits & TooLargeToEdit));
    if (refused) {
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->document()->isEmpty());
        QVERIFY2(editor->placeholderText().contains(QStringLiteral("too large to edit here"))
                     || editor->placeholderText().contains(QStringLiteral("too long to edit here")),
                 qPrintable(editor->placeholderText()));
    } else {
        QVERIFY(editor->placeholderText().isEmpty());
        QCOMPARE(editor->isReadOnly(), document->isReadOnly());
    }
    // The tree holds every section.
    int rows = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_window->outlineModel()->rowCount(parent); ++row) {
            const QModelIndex child = m_window->outlineModel()->index(row, 0, parent);
            if (m_window->outlineModel()->kindOf(child) == OutlineModel::SectionNode)
                ++rows;
            count(child);
        }
    };
    count({});
    QCOMPARE(rows, int(document->sections().size()));
    QVERIFY2(readFile(file) == m_originals.value(name), "the window changed the file's bytes");
}

QTEST_MAIN(TestBadInputWindow)
#include "tst_badinputwindow.moc"
