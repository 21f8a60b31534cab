#include "previewengine.h"

#include <QAccessible>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLibrary>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThreadPool>
#include <QVariantAnimation>

#include <dlfcn.h>

#include <memory>
#include <mutex>
#include <thread>

namespace {

// Where kiji_preview lies from the executable: lib/kiji beside bin/, in
// the build tree as once installed.
QString libraryPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/kiji/libkiji_preview.so"));
}

// Loaded after the QApplication, Qt WebEngine warns that it "seems to be
// initialized from a plugin", and that the attribute it sets for sharing
// OpenGL contexts comes late; the library then sets it up as it would have
// before the QApplication (see kijiCreatePreviewEngine()). Those two are
// held back from the first preload() or create() until create() returns.
QtMessageHandler forwardedTo = nullptr;
bool quiet = false;

void quietLateStart(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("Qt WebEngine seems to be initialized from a plugin"))
        || message.startsWith(QLatin1String("Attribute Qt::AA_ShareOpenGLContexts must be set before")))
        return;
    forwardedTo(type, context, message);
}

void quietenLateStart()
{
    if (quiet)
        return;
    quiet = true;
    forwardedTo = qInstallMessageHandler(quietLateStart);
}

void endQuiet()
{
    if (!quiet)
        return;
    quiet = false;
    qInstallMessageHandler(forwardedTo);
}

// While a thread loads a library, glibc's loader holds locks that other
// threads need to start a thread, to load a plugin, or to make their first
// thread-local object of a kind. kiji_preview loads (~100 ms) while the GUI
// thread builds the window, opens the article and paints; what of that needs
// the loader is done here first, or it would wait for the whole load
// (tst_windowstart holds the loader to find any such wait).
void doLoaderWorkFirst()
{
    // Qt's raster engine hands the lines of a fill to Qt's global thread
    // pool, which starts a thread for a job only when its threads are all
    // busy (up to one for each core) and keeps it 30 s. Each thread is
    // started here, by jobs that wait until all have started: a paint must
    // not find one yet to start, however the jobs before it went.
    {
        struct Latch
        {
            QSemaphore started;
            QSemaphore go;
        };
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount() - pool->activeThreadCount();
        const auto latch = std::make_shared<Latch>();
        for (int i = 0; i < threads; ++i)
            pool->start([latch] {
                latch->started.release();
                latch->go.acquire();
            });
        // Should other work keep a thread busy, its share waits no longer.
        (void)latch->started.tryAcquire(threads, 1000);
        latch->go.release(threads);
    }
    // A first match makes the thread's JIT stack (the body's highlighter).
    static const QRegularExpression expression(QStringLiteral("^a+$"));
    (void)expression.match(QStringLiteral("aa")).hasMatch();
    // Reading a picture of no named format loads every image format plugin
    // to ask it (the style's icons are read so).
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage(1, 1, QImage::Format_ARGB32).save(&buffer, "PNG");
        (void)QImage::fromData(png);
    }
    // On X11, the first question to the accessibility bridge starts its
    // D-Bus thread (the window's widgets ask while they are made).
    (void)QAccessible::isActive();
    // A first animation makes the thread's animation timers (the window's
    // layout animates its docks).
    QVariantAnimation animation;
    animation.setStartValue(0);
    animation.setEndValue(1);
    animation.start();
    animation.stop();
}

std::once_flag preloadOnce;
std::thread preloader;

void waitForPreload()
{
    if (preloader.joinable())
        preloader.join();
}

PreviewEngineFactory loadFactory(QString *errorString)
{
    waitForPreload();
    QLibrary library(libraryPath());
    if (!library.load()) {
        *errorString = library.errorString();
        return nullptr;
    }
    auto factory = reinterpret_cast<PreviewEngineFactory>(library.resolve(KIJI_PREVIEW_ENGINE_FACTORY));
    if (!factory)
        *errorString = library.errorString();
    return factory;
}

} // namespace

void PreviewEngine::preload()
{
    std::call_once(preloadOnce, [] {
        quietenLateStart();
        doLoaderWorkFirst();
        // create() loads the library through QLibrary, which then finds it
        // loaded (or waits in the loader until it is) and reports errors.
        preloader = std::thread([path = QFile::encodeName(libraryPath())] { dlopen(path.constData(), RTLD_NOW); });
        qAddPostRoutine(waitForPreload);
    });
}

void PreviewEngine::preloadUnlessLong(const QString &articleFile)
{
    constexpr qint64 longArticleBytes = 256 * 1024;
    if (articleFile.isEmpty() || QFileInfo(articleFile).size() < longArticleBytes)
        preload();
}

PreviewEngine *PreviewEngine::create(QWidget *parent, QString *errorString)
{
    quietenLateStart();
    // Loaded once, and never unloaded: Qt WebEngine cannot start twice.
    static QString loadError;
    static const PreviewEngineFactory factory = loadFactory(&loadError);
    PreviewEngine *engine = factory ? factory(parent) : nullptr;
    endQuiet();
    if (!factory)
        *errorString = loadError;
    return engine;
}
