// Unsaved work survives a crash, and changes made on disk by another
// program reach the window.
#include "articledocument.h"
#include "articlepreview.h"
#include "mainwindow.h"
#include "recoverystore.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TestSupport;

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");

QString copySample(const QTemporaryDir &directory, const QString &name)
{
    const QString file = directory.filePath(name);
    QFile::remove(file);
    QFile::copy(sample, file);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return file;
}

void writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoveryFileFollowsEditsAndSaves();
    void crashedSessionIsRecovered();
    void cleanDocumentReloadsSilently();
    void dirtyDocumentAsksBeforeReloading();

private:
    QTemporaryDir m_data;
};

void TestRecovery::initTestCase()
{
    // Recovery files go to $XDG_DATA_HOME/Kiji/Kiji/recovery, here and in the
    // kiji-gui processes this test starts.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Kiji"));
    QCoreApplication::setApplicationName(QStringLiteral("Kiji"));
}

void TestRecovery::recoveryFileFollowsEditsAndSaves()
{
    QTemporaryDir directory;
    const QString file = copySample(directory, QStringLiteral("article.md"));
    ArticleDocument document;
    QString error;
    QVERIFY(document.load(file, &error));
    RecoveryStore store(&document);
    const QString recovery = RecoveryStore::recoveryFileName(file);
    QVERIFY(recovery.startsWith(m_data.path()));
    QVERIFY(!QFile::exists(recovery));

    QVERIFY(document.setSectionBody(0, QStringLiteral("未保存の本文\n")));
    QVERIFY(!QFile::exists(recovery)); // only after a pause
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 10000);
    QCOMPARE(readFile(recovery), document.data());
    QCOMPARE(RecoveryStore::leftOver(file, readFile(file)), document.data());

    QVERIFY(document.save(file, &error));
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(RecoveryStore::leftOver(file, readFile(file)).isEmpty());
}

void TestRecovery::crashedSessionIsRecovered()
{
    QTemporaryDir directory;
    const QString file = copySample(directory, QStringLiteral("crash.md"));
    const QByteArray original = readFile(file);
    const QString typed = QStringLiteral("落ちる前に書いた一文です。");
    const QString recovery = RecoveryStore::recoveryFileName(file);
    QFile::remove(recovery);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());

    QProcess writer;
    QProcessEnvironment typing = environment;
    typing.insert(QStringLiteral("KIJI_TEST_TYPE"), typed);
    writer.setProcessEnvironment(typing);
    writer.start(QStringLiteral(KIJI_BINARY_DIR "/kiji-gui"), {file});
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(readFile(recovery)).contains(typed), 60000);
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readFile(file), original); // nothing was saved

    QProcess reader;
    QProcessEnvironment recovering = environment;
    const QString copy = directory.filePath(QStringLiteral("after.md"));
    recovering.insert(QStringLiteral("KIJI_RECOVERY_ANSWER"), QStringLiteral("recover"));
    recovering.insert(QStringLiteral("KIJI_TEST_SAVE_AS"), copy);
    reader.setProcessEnvironment(recovering);
    reader.start(QStringLiteral(KIJI_BINARY_DIR "/kiji-gui"), {file});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QByteArray recovered = readFile(copy);
    QVERIFY(QString::fromUtf8(recovered).contains(typed));
    // The typed text, and at most the line break that keeps the next heading
    // on its own line.
    QVERIFY(recovered.size() >= original.size() + typed.toUtf8().size());
    QVERIFY(recovered.size() <= original.size() + typed.toUtf8().size() + 1);
    QCOMPARE(readFile(file), original);
}

void TestRecovery::cleanDocumentReloadsSilently()
{
    QTemporaryDir directory;
    const QString file = copySample(directory, QStringLiteral("watched.md"));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(file, &error));
    window.setReloadAnswer(MainWindow::Answer::No); // must not be asked at all
    const QByteArray changed = readFile(file).replace("まとめ", "おわりに");
    writeBytes(file, changed);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->data(), changed, 10000);
    QVERIFY(window.document()->undoStack()->isClean());
    QCOMPARE(window.document()->sections().last().heading, QStringLiteral("おわりに"));
}

void TestRecovery::dirtyDocumentAsksBeforeReloading()
{
    QTemporaryDir directory;
    const QString file = copySample(directory, QStringLiteral("dirty.md"));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(file, &error));
    QVERIFY(window.document()->setSectionBody(0, QStringLiteral("手元の変更\n")));
    const QByteArray mine = window.document()->data();

    window.setReloadAnswer(MainWindow::Answer::No);
    writeBytes(file, readFile(file).replace("まとめ", "結論"));
    QTest::qWait(1500);
    QCOMPARE(window.document()->data(), mine);

    window.setReloadAnswer(MainWindow::Answer::Yes);
    const QByteArray theirs = readFile(file).replace("結論", "最後に");
    writeBytes(file, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->data(), theirs, 10000);
    QVERIFY(window.document()->undoStack()->isClean());
    window.document()->undoStack()->setClean();
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
