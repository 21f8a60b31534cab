#include "previewengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace {

// Where kiji_preview lies from the executable: lib/kiji beside bin/, in
// the build tree as once installed.
QString libraryPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/kiji/libkiji_preview.so"));
}

QtMessageHandler previousHandler = nullptr;

// Loaded after the QApplication, Qt WebEngine warns that it "seems to be
// initialized from a plugin", and that the attribute it sets for sharing
// OpenGL contexts comes late; the library then sets it up as it would have
// before the QApplication (see kijiCreatePreviewEngine()).
void quietLateStart(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("Qt WebEngine seems to be initialized from a plugin"))
        || message.startsWith(QLatin1String("Attribute Qt::AA_ShareOpenGLContexts must be set before")))
        return;
    previousHandler(type, context, message);
}

PreviewEngineFactory loadFactory(QString *errorString)
{
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

PreviewEngine *PreviewEngine::create(QWidget *parent, QString *errorString)
{
    // Loaded once, and never unloaded: Qt WebEngine cannot start twice.
    previousHandler = qInstallMessageHandler(quietLateStart);
    static QString loadError;
    static const PreviewEngineFactory factory = loadFactory(&loadError);
    PreviewEngine *engine = factory ? factory(parent) : nullptr;
    qInstallMessageHandler(previousHandler);
    if (!factory)
        *errorString = loadError;
    return engine;
}
