// The window's start beside the preview library's load: kiji-gui calls
// PreviewEngine::preload() (Qt WebEngine loads on a thread, ~100 ms), then
// builds the window, opens the article, shows and paints it while that load
// holds glibc's loader. Here a library whose load holds the loader until it
// is let go stands in for that long load, so that all of it surely happens
// inside it: none of it may wait for the loader.
// Its own process: the drawing threads must not have started before.
#include "loaderhold.h"
#include "mainwindow.h"
#include "previewengine.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");

// How long the held load waits for the paint before letting go anyway.
constexpr auto patience = std::chrono::seconds(20);

} // namespace

class TestWindowStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void longArticleIsReadBeforeTheLibraryLoads();
    void windowOpensWhileTheLibraryLoads();
};

// Loads libkiji_loaderhold.so on a thread of its own; from the constructor's
// return until release() (or `patience`), that load holds the loader.
class LoaderHold
{
public:
    LoaderHold()
    {
        if (pipe(m_started) != 0 || pipe(m_gate) != 0 || dup2(m_started[1], loaderHoldStartedFd) != loaderHoldStartedFd
            || dup2(m_gate[0], loaderHoldGateFd) != loaderHoldGateFd)
            return;
        // Started before the load: no thread can start once it holds the loader.
        m_releaser = std::thread([this] {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, patience, [this] { return m_releaseAsked; });
            m_letGo = true;
            const char byte = 1;
            (void)!write(m_gate[1], &byte, 1);
        });
        m_loader = std::thread([this] { m_library = dlopen(KIJI_LOADER_HOLD_LIBRARY, RTLD_NOW); });
        char byte = 0;
        m_holding = read(m_started[0], &byte, 1) == 1;
    }
    ~LoaderHold() { release(); }

    // Whether the load held the loader until now, as asked.
    bool holding() const { return m_holding && !m_letGo; }

    // Lets the load finish; whether it loaded.
    bool release()
    {
        if (m_releaser.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_releaseAsked = true;
            }
            m_wake.notify_one();
            m_releaser.join();
            m_loader.join();
            for (int fd : {m_started[0], m_started[1], m_gate[0], m_gate[1], loaderHoldStartedFd, loaderHoldGateFd})
                close(fd);
        }
        return m_library;
    }

private:
    int m_started[2] = {-1, -1};
    int m_gate[2] = {-1, -1};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_releaseAsked = false;
    std::atomic<bool> m_letGo = false;
    bool m_holding = false;
    void *m_library = nullptr;
    std::thread m_releaser;
    std::thread m_loader;
};

// Whether this process has mapped kiji_preview (or is mapping it).
static bool previewLibraryMapped()
{
    return TestSupport::readFile(QStringLiteral("/proc/self/maps")).contains("libkiji_preview.so");
}

// How many threads of Qt's thread pools this process has.
static int pooledThreads()
{
    const QList<TestSupport::Thread> threads = TestSupport::threads();
    return int(std::count_if(threads.cbegin(), threads.cend(),
                             [](const TestSupport::Thread &thread) { return thread.name == QLatin1String("Thread (pooled)"); }));
}

// Qt's raster engine hands the lines of a fill to Qt's global thread pool,
// which starts a thread for a job only while its threads are all busy, up
// to one for each core: as on a machine of 40, more than any fill asks for
// at once, so that how many a fill happened to start cannot hide one that
// the window's paint would have to start.
void TestWindowStart::initTestCase()
{
    QThreadPool::globalInstance()->setMaxThreadCount(40);
}

// Runs first: nothing has loaded the library yet.
void TestWindowStart::longArticleIsReadBeforeTheLibraryLoads()
{
    QVERIFY(!previewLibraryMapped());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString longArticle = folder.filePath(QStringLiteral("long.md"));
    QFile file(longArticle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray paragraph = QByteArray("本文の段落です。").repeated(40) + "\n\n";
    while (file.size() < 300 * 1024)
        QVERIFY(file.write(paragraph) == paragraph.size());
    file.close();
    PreviewEngine::preloadUnlessLong(longArticle);
    QTest::qWait(300);
    QVERIFY(!previewLibraryMapped());
    // Once it is open, preload() starts the load.
    PreviewEngine::preload();
    QTRY_VERIFY_WITH_TIMEOUT(previewLibraryMapped(), 20000);
}

void TestWindowStart::windowOpensWhileTheLibraryLoads()
{
    PreviewEngine::preloadUnlessLong(sample);
    QCOMPARE(pooledThreads(), QThreadPool::globalInstance()->maxThreadCount());
    LoaderHold hold;
    QVERIFY(hold.holding());
    {
        MainWindow window;
        window.setRecoveryAnswer(MainWindow::Answer::No);
        window.setArticleLocking(MainWindow::ArticleLocking::Off);
        QString error;
        QVERIFY2(window.openFile(sample, &error), qPrintable(error));
        window.resize(1400, 900);
        window.show();
        const QImage picture = window.grab().toImage();
        QVERIFY2(hold.holding(), "the window waited for a library to finish loading");
        QCOMPARE(picture.size(), QSize(1400, 900));
    }
    QVERIFY2(hold.release(), dlerror());
}

QTEST_MAIN(TestWindowStart)
#include "tst_windowstart.moc"
