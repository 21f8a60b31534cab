// The entry point the window resolves in libkiji_preview.so (see
// PreviewEngine::create()).
#include "previewschemehandler.h"
#include "webpreview.h"

// The library is loaded after the QApplication exists, where the engine
// would otherwise have set itself up before it: its URL scheme, and the
// OpenGL context it shares with the window (QtWebEngineCore::initialize(),
// exported for that, does nothing when it already ran).
namespace QtWebEngineCore {
Q_DECL_IMPORT void initialize();
}

namespace {

// Chromium reads its switches from this variable when the engine starts
// (the first profile); a switch the user already gave stays as given.
void addChromiumSwitch(const QByteArray &name)
{
    const char *variable = "QTWEBENGINE_CHROMIUM_FLAGS";
    QByteArray flags = qgetenv(variable);
    for (const QByteArray &flag : flags.split(' ')) {
        if (flag == name || flag.startsWith(name + '='))
            return;
    }
    qputenv(variable, flags.isEmpty() ? name : flags + ' ' + name);
}

} // namespace

extern "C" Q_DECL_EXPORT PreviewEngine *kijiCreatePreviewEngine(QWidget *parent)
{
    static const bool initialized = [] {
        // Qt WebEngine runs Chromium's network service and GPU work inside
        // this process, so the unsandboxed zygote Chromium starts beside the
        // renderers' one, for utility processes, would only cost: ~150 ms of
        // CPU while the preview starts, and ~8 MB.
        addChromiumSwitch("--no-unsandboxed-zygote");
        PreviewSchemeHandler::registerScheme();
        QtWebEngineCore::initialize();
        return true;
    }();
    Q_UNUSED(initialized);
    return new WebPreview(parent);
}
