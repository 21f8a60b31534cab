// No data loss: a save that fails (a full disk, a folder that takes no new
// file) leaves the file on disk as it was and keeps the work in the window
// and in the recovery file; a kill while typing loses at most the last two
// seconds; a file open in another Kiji window is not edited twice unawares.
#include "articledocument.h"
#include "articlelock.h"
#include "articlepreview.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlineview.h"
#include "recoverystore.h"
#include "sectionform.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");
const QString kijiGui = QStringLiteral(KIJI_BINARY_DIR "/kiji-gui");
constexpr int Unprivileged = 65534; // nobody

QString copySample(const QString &directory, const QString &name)
{
    const QString file = QDir(directory).filePath(name);
    QFile::remove(file);
    QFile::copy(sample, file);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return file;
}

void writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every entry of a folder, hidden ones too: a temporary file left behind
// shows here.
QStringList listing(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QFile::Permissions openToAll()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
}

QFile::Permissions readAndEnterOnly()
{
    return QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::ExeOther;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The process that holds a lock file (0 when there is none).
qint64 lockHolder(const QString &articleFileName)
{
    QLockFile probe(ArticleLock::lockFileName(articleFileName));
    qint64 processId = 0;
    return probe.getLockInfo(&processId, nullptr, nullptr) ? processId : 0;
}

// Types text as an input method commits it, one character at a time.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QInputMethodEvent event;
        event.setCommitString(character);
        QApplication::sendEvent(widget, &event);
    }
}

MarkdownEditor *firstSectionBody(MainWindow *window)
{
    window->outline()->selectSection(0);
    MarkdownEditor *editor = window->sectionForm()->bodyEditor();
    editor->moveCursor(QTextCursor::End);
    return editor;
}

QAction *fileAction(MainWindow *window, const QString &text)
{
    auto *fileMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    for (QAction *action : fileMenu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Root writes anywhere: while this lives, the calling thread (the one that
// saves) has no CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH, so file permissions
// apply to it as to any user. Capabilities are per thread on Linux.
class PermissionsEnforced
{
public:
    PermissionsEnforced()
    {
        if (geteuid() != 0)
            return;
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2];
        std::memcpy(reduced, m_saved, sizeof reduced);
        reduced[0].effective &= ~(CAP_TO_MASK(CAP_DAC_OVERRIDE) | CAP_TO_MASK(CAP_DAC_READ_SEARCH));
        m_dropped = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~PermissionsEnforced()
    {
        if (m_dropped)
            syscall(SYS_capset, &m_header, m_saved);
    }
    bool isEnforced() const { return geteuid() != 0 || m_dropped; }

private:
    __user_cap_header_struct m_header {};
    __user_cap_data_struct m_saved[2] {};
    bool m_dropped = false;
};

struct CommandRun
{
    int exitCode = -1; // -1: crashed or hung
    QByteArray err;
};

CommandRun runCommand(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CommandRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

// Runs `program` as nobody when the test runs as root.
CommandRun runUnprivileged(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment)
{
    if (geteuid() != 0)
        return runCommand(program, arguments, environment);
    return runCommand(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=%1").arg(Unprivileged),
                                  QStringLiteral("--regid=%1").arg(Unprivileged), QStringLiteral("--clear-groups"),
                                  program}
                          + arguments,
                      environment);
}

} // namespace

class TestDataLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliLeavesAnUnwritableFolderAlone();
    void cliReportsAFullDisk();
    void windowKeepsTheWorkWhenTheDiskIsFull();
    void windowKeepsTheWorkWhenTheFolderIsUnwritable();
    void killWhileTypingLosesAtMostTwoSeconds();
    void fileOpenInAnotherKijiProcessAsks();
    void lockFollowsTheWindowsArticle();

private:
    QProcessEnvironment childEnvironment() const;

    QTemporaryDir m_data;
    QTemporaryDir m_config;
    QTemporaryDir m_fullDisk; // writes in here fail as on a full disk
};

void TestDataLoss::initTestCase()
{
    QVERIFY(m_data.isValid() && m_config.isValid() && m_fullDisk.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    // Read once, at the first write of this process.
    qputenv("KIJI_FAULT_SAVE", "disk-full:" + QFile::encodeName(m_fullDisk.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Kiji"));
    QCoreApplication::setApplicationName(QStringLiteral("Kiji"));
}

QProcessEnvironment TestDataLoss::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KIJI_FAULT_SAVE"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // messages in English
    return environment;
}

void TestDataLoss::cliLeavesAnUnwritableFolderAlone()
{
    QTemporaryDir directory;
    QVERIFY(QFile::setPermissions(directory.path(), openToAll()));
    // nobody may not be able to reach the build tree: a copy of kiji runs.
    const QString kiji = directory.filePath(QStringLiteral("kiji"));
    QVERIFY(QFile::copy(QStringLiteral(KIJI_BINARY_DIR "/kiji"), kiji));
    QVERIFY(QFile::setPermissions(kiji, openToAll()));
    const QString input = copySample(directory.path(), QStringLiteral("input.md"));

    const QString locked = directory.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    const QString existing = QDir(locked).filePath(QStringLiteral("out.md"));
    const QByteArray previous = "前の版\n";
    writeBytes(existing, previous);
    // The file itself may be written; the folder takes no new file, so no
    // temporary file can be made for an atomic save.
    QVERIFY(QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(locked, readAndEnterOnly()));
    const QStringList before = listing(locked);

    const QProcessEnvironment environment = childEnvironment();
    CommandRun run = runUnprivileged(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), existing},
                                     environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("kiji: error: " + QFile::encodeName(existing) + ": cannot write: Permission denied"),
             run.err.constData());
    QCOMPARE(readFile(existing), previous);
    QCOMPARE(listing(locked), before);

    const QString fresh = QDir(locked).filePath(QStringLiteral("new.md"));
    run = runUnprivileged(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), fresh}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Permission denied"), run.err.constData());
    QCOMPARE(listing(locked), before);

    // The same user, a folder it may write: the output is complete.
    const QString open = directory.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkpath(open));
    QVERIFY(QFile::setPermissions(open, openToAll() | QFile::WriteGroup | QFile::WriteOther));
    const QString written = QDir(open).filePath(QStringLiteral("out.md"));
    run = runUnprivileged(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), written}, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(written), readFile(input));
    QVERIFY(QFile::setPermissions(locked, openToAll()));
}

void TestDataLoss::cliReportsAFullDisk()
{
    QTemporaryDir directory;
    const QString input = copySample(directory.path(), QStringLiteral("input.md"));
    const QString kiji = QStringLiteral(KIJI_BINARY_DIR "/kiji");
    QProcessEnvironment environment = childEnvironment();

    // A device that is always full.
    const QString device = QStringLiteral("/dev/full");
    CommandRun run = runCommand(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), device}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("kiji: error: /dev/full: cannot write: No space left on device"), run.err.constData());

    // A folder on a full disk: the old output stays whole, nothing is left over.
    QTemporaryDir full;
    const QString existing = full.filePath(QStringLiteral("out.md"));
    const QByteArray previous = "前の版\n";
    writeBytes(existing, previous);
    environment.insert(QStringLiteral("KIJI_FAULT_SAVE"), QStringLiteral("disk-full:") + full.path());
    run = runCommand(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), existing}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("kiji: error: " + QFile::encodeName(existing)
                              + ": cannot write: No space left on device"),
             run.err.constData());
    QCOMPARE(readFile(existing), previous);
    QCOMPARE(listing(full.path()), QStringList{QStringLiteral("out.md")});

    const QString elsewhere = directory.filePath(QStringLiteral("out.md"));
    run = runCommand(kiji, {QStringLiteral("convert"), input, QStringLiteral("-o"), elsewhere}, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(elsewhere), readFile(input));
}

void TestDataLoss::windowKeepsTheWorkWhenTheDiskIsFull()
{
    const QString file = copySample(m_fullDisk.path(), QStringLiteral("full.md"));
    const QByteArray original = readFile(file);
    const QString recovery = RecoveryStore::recoveryFileName(file);
    QFile::remove(recovery);
    QTemporaryDir elsewhere; // outlives the window, which holds a lock in it
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    ArticleDocument *document = window.document();
    QUndoStack *undoStack = document->undoStack();

    const QString typed = QStringLiteral("満杯のディスクに保存しようとした一文。");
    MarkdownEditor *editor = firstSectionBody(&window);
    typeText(editor, typed);
    const QByteArray edited = document->data();
    QVERIFY(QString::fromUtf8(edited).contains(typed));
    const int steps = undoStack->count();
    QVERIFY(steps > 0);

    QAction *save = fileAction(&window, MainWindow::tr("&Save"));
    QVERIFY(save);
    save->trigger();

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("saveErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("No space left on device")), qPrintable(box->text()));
    QVERIFY(box->text().contains(file));
    // The file on disk is the old one, whole; no temporary file is left.
    QCOMPARE(readFile(file), original);
    QCOMPARE(listing(m_fullDisk.path()),
             (QStringList{QStringLiteral(".full.md.kiji-lock"), QStringLiteral("full.md")}));
    // The work is still in the window, unsaved, with its history...
    QVERIFY(editor->toPlainText().contains(typed));
    QCOMPARE(document->data(), edited);
    QVERIFY(!undoStack->isClean());
    QVERIFY(window.isWindowModified());
    QCOMPARE(undoStack->count(), steps);
    // ...and in the recovery file at once, not only after the next change.
    QCOMPARE(readFile(recovery), edited);
    box->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("saveErrorBox")));

    while (undoStack->canUndo())
        undoStack->undo();
    QCOMPARE(document->data(), original);
    while (undoStack->canRedo())
        undoStack->redo();
    QCOMPARE(document->data(), edited);

    // Saved elsewhere, the work is safe and the recovery file goes.
    const QString saved = elsewhere.filePath(QStringLiteral("saved.md"));
    window.setSaveAsAnswer(saved);
    QAction *saveAs = fileAction(&window, MainWindow::tr("Save &As…"));
    QVERIFY(saveAs);
    saveAs->trigger();
    QCOMPARE(readFile(saved), edited);
    QVERIFY(undoStack->isClean());
    QVERIFY(!window.isWindowModified());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!QFile::exists(RecoveryStore::recoveryFileName(saved)));
    QCOMPARE(readFile(file), original);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("saveErrorBox")));
}

void TestDataLoss::windowKeepsTheWorkWhenTheFolderIsUnwritable()
{
    QTemporaryDir directory;
    const QString locked = directory.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    const QString file = copySample(locked, QStringLiteral("article.md"));
    const QByteArray original = readFile(file);
    const QString recovery = RecoveryStore::recoveryFileName(file);
    QFile::remove(recovery);
    QVERIFY(QFile::setPermissions(locked, readAndEnterOnly()));
    const QStringList before = listing(locked);
    QTemporaryDir elsewhere;
    const QString saved = elsewhere.filePath(QStringLiteral("saved.md"));
    {
        const PermissionsEnforced enforced;
        QVERIFY(enforced.isEnforced());
        QFile probe(QDir(locked).filePath(QStringLiteral("probe")));
        QVERIFY(!probe.open(QIODevice::WriteOnly)); // the folder really takes no new file

        // A folder where no lock file can be made still opens.
        MainWindow window;
        window.setLockAnswer(MainWindow::LockAnswer::Cancel);
        QString error;
        QVERIFY2(window.openFile(file, &error), qPrintable(error));
        QVERIFY(!window.document()->isReadOnly());
        QCOMPARE(listing(locked), before);

        const QString typed = QStringLiteral("書き込めないフォルダーで書いた一文。");
        MarkdownEditor *editor = firstSectionBody(&window);
        typeText(editor, typed);
        const QByteArray edited = window.document()->data();
        const int steps = window.document()->undoStack()->count();
        fileAction(&window, MainWindow::tr("&Save"))->trigger();

        auto *box = window.findChild<QMessageBox *>(QStringLiteral("saveErrorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("Permission denied")), qPrintable(box->text()));
        QCOMPARE(readFile(file), original);
        QCOMPARE(listing(locked), before);
        QVERIFY(editor->toPlainText().contains(typed));
        QCOMPARE(window.document()->data(), edited);
        QVERIFY(!window.document()->undoStack()->isClean());
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->undoStack()->count(), steps);
        QCOMPARE(readFile(recovery), edited);
        box->close();

        window.setSaveAsAnswer(saved);
        fileAction(&window, MainWindow::tr("Save &As…"))->trigger();
        QCOMPARE(readFile(saved), edited);
        QVERIFY(window.document()->undoStack()->isClean());
        QVERIFY(!QFile::exists(recovery));
    }
    QCOMPARE(readFile(file), original);
    QVERIFY(QFile::setPermissions(locked, openToAll()));
}

void TestDataLoss::killWhileTypingLosesAtMostTwoSeconds()
{
    // The sample has no 【: every typed prefix is found only where it was typed.
    QString typed = QStringLiteral("【打鍵記録】");
    const QString syllables = QStringLiteral("あいうえおかきくけこさしすせそたちつてとなにぬねの");
    while (typed.size() < 200)
        typed += syllables.at(typed.size() % syllables.size());
    constexpr int typingIntervalMs = 25;
    constexpr qint64 allowedLossMs = 2000;
    QVERIFY(!QString::fromUtf8(readFile(sample)).contains(typed.front()));

    QTemporaryDir directory;
    qint64 worstLossMs = 0;
    // Killed at different moments of the one-second write cycle.
    const QList<qint64> killAfterMs = {2600, 3350, 4100};
    for (int run = 0; run < killAfterMs.size(); ++run) {
        const QString file = copySample(directory.path(), QStringLiteral("killed%1.md").arg(run));
        const QByteArray original = readFile(file);
        QFile::remove(RecoveryStore::recoveryFileName(file));

        QProcess writer;
        QProcessEnvironment environment = childEnvironment();
        environment.insert(QStringLiteral("KIJI_TEST_TYPE"), typed);
        environment.insert(QStringLiteral("KIJI_TEST_TYPE_INTERVAL"), QString::number(typingIntervalMs));
        writer.setProcessEnvironment(environment);
        QList<qint64> typedAt; // typedAt[n]: when character n was typed
        auto readReports = [&] {
            while (writer.canReadLine()) {
                const QList<QByteArray> fields = writer.readLine().trimmed().split(' ');
                if (fields.size() == 3 && fields.at(0) == "typed" && fields.at(1).toInt() == typedAt.size() + 1)
                    typedAt.append(fields.at(2).toLongLong());
            }
        };
        connect(&writer, &QProcess::readyReadStandardOutput, this, readReports);
        writer.start(kijiGui, {file});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!typedAt.isEmpty(), 60000);
        const qint64 killAt = typedAt.first() + killAfterMs.at(run);
        QTRY_VERIFY_WITH_TIMEOUT(steadyMs() >= killAt, 30000);
        const qint64 killedAt = steadyMs();
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        readReports();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readFile(file), original); // nothing was saved
        QVERIFY(QFile::exists(ArticleLock::lockFileName(file))); // left behind by the kill

        const int typedBeforeKill = int(std::count_if(typedAt.cbegin(), typedAt.cend(),
                                                      [&](qint64 at) { return at <= killedAt; }));
        const int mustBeKept = int(std::count_if(typedAt.cbegin(), typedAt.cend(),
                                                 [&](qint64 at) { return at <= killedAt - allowedLossMs; }));
        // Typing went on long enough for the bound to say something.
        QVERIFY2(mustBeKept > 0, qPrintable(QStringLiteral("%1 characters typed").arg(typedAt.size())));

        // What a new process finds: the recovery file.
        const QByteArray recovered = RecoveryStore::leftOver(file, original);
        const QString recoveredText = QString::fromUtf8(recovered);
        int kept = typedBeforeKill;
        while (kept > 0 && !recoveredText.contains(typed.left(kept)))
            --kept;
        if (kept > 0) {
            // The typed characters, and at most the line break that keeps the
            // next heading on its own line.
            const qsizetype added = recovered.size() - original.size() - typed.left(kept).toUtf8().size();
            QVERIFY2(added == 0 || added == 1, qPrintable(QString::number(added)));
        }
        const qint64 lostMs = kept < typedBeforeKill ? killedAt - typedAt.at(kept) : 0;
        worstLossMs = std::max(worstLossMs, lostMs);
        qInfo("killed %lld ms into typing: %d characters typed, %d recovered, the oldest lost one typed %lld ms "
              "before the kill",
              static_cast<long long>(killedAt - typedAt.first()), typedBeforeKill, kept,
              static_cast<long long>(lostMs));
        QVERIFY2(kept >= mustBeKept, qPrintable(QStringLiteral("%1 of the %2 characters typed 2 s before the kill were "
                                                               "recovered")
                                                    .arg(kept)
                                                    .arg(mustBeKept)));

        if (run == killAfterMs.size() - 1) {
            // A new window takes the dead process's lock over without asking
            // and offers the work back.
            MainWindow window;
            window.setLockAnswer(MainWindow::LockAnswer::Cancel);
            window.setRecoveryAnswer(MainWindow::Answer::Yes);
            QString error;
            QVERIFY2(window.openFile(file, &error), qPrintable(error));
            QCOMPARE(window.document()->data(), recovered);
            QVERIFY(!window.document()->undoStack()->isClean());
            QCOMPARE(lockHolder(file), QCoreApplication::applicationPid());
            window.document()->undoStack()->setClean();
        }
    }
    qInfo("worst loss over %lld kills: %lld ms of typing", static_cast<long long>(killAfterMs.size()),
          static_cast<long long>(worstLossMs));
}

void TestDataLoss::fileOpenInAnotherKijiProcessAsks()
{
    QTemporaryDir directory;
    const QString file = copySample(directory.path(), QStringLiteral("shared.md"));
    const QString mine = copySample(directory.path(), QStringLiteral("mine.md"));
    const QByteArray original = readFile(file);
    QProcess other;
    other.setProcessEnvironment(childEnvironment());
    other.start(kijiGui, {file});
    QVERIFY(other.waitForStarted());
    const qint64 otherProcess = other.processId();
    QTRY_COMPARE_WITH_TIMEOUT(lockHolder(file), otherProcess, 60000);

    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(mine, &error), qPrintable(error));
    QCOMPARE(lockHolder(mine), QCoreApplication::applicationPid());

    window.setLockAnswer(MainWindow::LockAnswer::Cancel);
    QVERIFY(!window.openFile(file, &error));
    QVERIFY(error.isEmpty()); // a cancel, not an error
    QCOMPARE(window.document()->fileName(), mine);
    QCOMPARE(lockHolder(mine), QCoreApplication::applicationPid());

    window.setLockAnswer(MainWindow::LockAnswer::OpenReadOnly);
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(MainWindow::tr(" (read-only)")));
    QVERIFY(!window.document()->setSectionBody(0, QStringLiteral("書き換え\n"), &error));
    MarkdownEditor *editor = firstSectionBody(&window);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(mine))); // switched files
    QCOMPARE(lockHolder(file), otherProcess);
    // Save saves a copy, which is this window's to edit.
    const QString copy = directory.filePath(QStringLiteral("copy.md"));
    window.setSaveAsAnswer(copy);
    fileAction(&window, MainWindow::tr("&Save"))->trigger();
    QCOMPARE(readFile(copy), original);
    QCOMPARE(window.document()->fileName(), copy);
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.document()->setSectionBody(0, QStringLiteral("写しの本文\n"), &error));
    QCOMPARE(lockHolder(copy), QCoreApplication::applicationPid());
    QCOMPARE(lockHolder(file), otherProcess);
    window.document()->undoStack()->setClean();

    window.setLockAnswer(MainWindow::LockAnswer::OpenAnyway);
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(copy)));
    // Closing this window leaves the other window's lock alone.
    QVERIFY(window.close());
    QCOMPARE(lockHolder(file), otherProcess);

    // Once the other Kiji is gone (killed: its lock stays behind), the file
    // opens without a question.
    ::kill(pid_t(other.processId()), SIGKILL);
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(lockHolder(file), otherProcess);
    MainWindow next;
    next.setLockAnswer(MainWindow::LockAnswer::Cancel);
    QVERIFY2(next.openFile(file, &error), qPrintable(error));
    QVERIFY(!next.document()->isReadOnly());
    QCOMPARE(lockHolder(file), QCoreApplication::applicationPid());
    QVERIFY(next.close());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(file)));
}

void TestDataLoss::lockFollowsTheWindowsArticle()
{
    QTemporaryDir directory;
    const QString first = copySample(directory.path(), QStringLiteral("first.md"));
    const QString second = copySample(directory.path(), QStringLiteral("second.md"));
    QString error;
    MainWindow window;
    QVERIFY2(window.openFile(first, &error), qPrintable(error));
    QCOMPARE(QFileInfo(ArticleLock::lockFileName(first)).fileName(), QStringLiteral(".first.md.kiji-lock"));
    QCOMPARE(lockHolder(first), QCoreApplication::applicationPid());
    // Opening the same file again in the same window is no conflict.
    window.setLockAnswer(MainWindow::LockAnswer::Cancel);
    QVERIFY2(window.openFile(first, &error), qPrintable(error));
    QCOMPARE(lockHolder(first), QCoreApplication::applicationPid());

    // A lock held by anything else in this process counts as another window,
    // and the question comes as a dialog with three answers.
    {
        QLockFile held(ArticleLock::lockFileName(second));
        held.setStaleLockTime(0);
        QVERIFY(held.tryLock(0));
        QVERIFY(!window.openFile(second, &error));
        QCOMPARE(window.document()->fileName(), first);

        // A window that only takes a picture neither asks nor locks.
        {
            MainWindow picture;
            picture.setArticleLocking(MainWindow::ArticleLocking::Off);
            picture.setLockAnswer(MainWindow::LockAnswer::Cancel);
            QVERIFY2(picture.openFile(second, &error), qPrintable(error));
            QVERIFY(!picture.document()->isReadOnly());
        }
        QCOMPARE(lockHolder(second), QCoreApplication::applicationPid());
        QVERIFY(held.isLocked());

        window.setLockAnswer(MainWindow::LockAnswer::Ask);
        QString question;
        QStringList buttons;
        bool canCancel = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            canCancel = box->button(QMessageBox::Cancel) != nullptr;
            QAbstractButton *readOnly = nullptr;
            for (QAbstractButton *button : box->buttons()) {
                buttons.append(button->text());
                if (button->text() == MainWindow::tr("Open &Read-Only"))
                    readOnly = button;
            }
            if (readOnly)
                readOnly->click();
        });
        QVERIFY2(window.openFile(second, &error), qPrintable(error));
        QVERIFY(question.contains(QStringLiteral("second.md")));
        QVERIFY(question.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(buttons.size(), 3);
        QVERIFY(buttons.contains(MainWindow::tr("Open &Anyway")));
        QVERIFY(canCancel);
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(!QFile::exists(ArticleLock::lockFileName(first)));
        window.setLockAnswer(MainWindow::LockAnswer::Cancel);
    }

    QVERIFY2(window.openFile(second, &error), qPrintable(error));
    QVERIFY(!window.document()->isReadOnly());
    QCOMPARE(lockHolder(second), QCoreApplication::applicationPid());

    // A lock left by a process that is gone is taken over without a question.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 deadProcess = gone.processId();
    QVERIFY(gone.waitForFinished());
    writeBytes(ArticleLock::lockFileName(first), QByteArray::number(deadProcess) + "\nkiji-gui\n"
                                                     + QSysInfo::machineHostName().toUtf8() + "\n");
    QVERIFY2(window.openFile(first, &error), qPrintable(error));
    QCOMPARE(lockHolder(first), QCoreApplication::applicationPid());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(second)));

    // Save As moves the lock to the new name; New lets go of it.
    const QString renamed = directory.filePath(QStringLiteral("renamed.md"));
    window.setSaveAsAnswer(renamed);
    fileAction(&window, MainWindow::tr("Save &As…"))->trigger();
    QCOMPARE(window.document()->fileName(), renamed);
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(first)));
    QCOMPARE(lockHolder(renamed), QCoreApplication::applicationPid());

    // A second window of this process is another Kiji window too.
    {
        MainWindow another;
        another.setLockAnswer(MainWindow::LockAnswer::Cancel);
        QVERIFY(!another.openFile(renamed, &error));
        QCOMPARE(lockHolder(renamed), QCoreApplication::applicationPid());
    }
    QVERIFY(QFile::exists(ArticleLock::lockFileName(renamed)));

    fileAction(&window, MainWindow::tr("&New"))->trigger();
    QVERIFY(window.document()->fileName().isEmpty());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(renamed)));

    QVERIFY2(window.openFile(first, &error), qPrintable(error));
    QVERIFY(QFile::exists(ArticleLock::lockFileName(first)));
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(ArticleLock::lockFileName(first)));
    QCOMPARE(listing(directory.path()),
             (QStringList{QStringLiteral("first.md"), QStringLiteral("renamed.md"), QStringLiteral("second.md")}));
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    TestDataLoss test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dataloss.moc"
