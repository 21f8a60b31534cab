// The window's start beside the preview library's load: kiji-gui shows the
// window, calls PreviewEngine::preload() (Qt WebEngine loads on a thread for
// ~100 ms) and the window paints while that load holds glibc's loader. Here a
// library whose load holds the loader until it is let go stands in for that
// long load, so that the window's first paint happens surely inside it.
// Its own process: the drawing threads must not have started before.
#include "loaderhold.h"
#include "mainwindow.h"
#include "previewengine.h"

#include <QImage>
#include <QTest>

#include <dlfcn.h>
#include <unistd.h>

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
    void firstPaintDoesNotWaitForTheLoader();
};

void TestWindowStart::firstPaintDoesNotWaitForTheLoader()
{
    MainWindow window;
    window.setRecoveryAnswer(MainWindow::Answer::No);
    window.setArticleLocking(MainWindow::ArticleLocking::Off);
    QString error;
    QVERIFY2(window.openFile(sample, &error), qPrintable(error));
    window.resize(1400, 900);
    // As kiji-gui's main() does; no event is handled before the grab below,
    // so that is the window's first paint.
    window.show();
    PreviewEngine::preload();

    int started[2];
    int gate[2];
    QCOMPARE(pipe(started), 0);
    QCOMPARE(pipe(gate), 0);
    QVERIFY(dup2(started[1], loaderHoldStartedFd) == loaderHoldStartedFd);
    QVERIFY(dup2(gate[0], loaderHoldGateFd) == loaderHoldGateFd);

    // Started before the load: no thread can start once it holds the loader.
    std::mutex mutex;
    std::condition_variable painted;
    bool paintDone = false;
    std::atomic<bool> letGo = false;
    std::thread releaser([&] {
        std::unique_lock lock(mutex);
        painted.wait_for(lock, patience, [&] { return paintDone; });
        letGo = true;
        const char byte = 1;
        (void)!write(gate[1], &byte, 1);
    });
    void *library = nullptr;
    std::thread loader([&] { library = dlopen(KIJI_LOADER_HOLD_LIBRARY, RTLD_NOW); });
    char byte = 0;
    QCOMPARE(read(started[0], &byte, 1), ssize_t(1));

    const QImage picture = window.grab().toImage();
    const bool paintedWhileHeld = !letGo;
    {
        std::lock_guard lock(mutex);
        paintDone = true;
    }
    painted.notify_one();
    releaser.join();
    loader.join();
    for (int fd : {started[0], started[1], gate[0], gate[1], loaderHoldStartedFd, loaderHoldGateFd})
        close(fd);

    QVERIFY2(library, dlerror());
    QCOMPARE(picture.size(), QSize(1400, 900));
    QVERIFY2(paintedWhileHeld, "the window's paint waited for a library to finish loading");
}

QTEST_MAIN(TestWindowStart)
#include "tst_windowstart.moc"
