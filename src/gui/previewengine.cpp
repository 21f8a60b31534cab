#include "previewengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLibrary>
#include <QPainter>

#include <dlfcn.h>

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

// A thread cannot start while another thread loads a library: glibc's
// loader holds the lock that guards each new thread's TLS while it maps and
// relocates. Qt's raster engine hands a fill of many lines to its GUI thread
// pool, which starts its threads on first use (and keeps them 30 s), so the
// window's first paint, done while kiji_preview loads, would wait for the
// whole load (50-100 ms here). A fill of a tall, thin picture through that
// path starts them beforehand.
void startDrawingThreads()
{
    QImage picture(1, 2048, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 128));
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
        startDrawingThreads();
        // create() loads the library through QLibrary, which then finds it
        // loaded (or waits in the loader until it is) and reports errors.
        preloader = std::thread([path = QFile::encodeName(libraryPath())] { dlopen(path.constData(), RTLD_NOW); });
        qAddPostRoutine(waitForPreload);
    });
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
