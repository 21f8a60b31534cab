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
void addChromiumSwitch(const QByteArray &name, const QByteArray &value = {})
{
    const char *variable = "QTWEBENGINE_CHROMIUM_FLAGS";
    QByteArray flags = qgetenv(variable);
    for (const QByteArray &flag : flags.split(' ')) {
        if (flag == name || flag.startsWith(name + '='))
            return;
    }
    const QByteArray flag = value.isEmpty() ? name : name + '=' + value;
    qputenv(variable, flags.isEmpty() ? flag : flags + ' ' + flag);
}

} // namespace

extern "C" Q_DECL_EXPORT PreviewEngine *kijiCreatePreviewEngine(QWidget *parent)
{
    static const bool initialized = [] {
        // Chromium's renderer runs on a thread of this process rather than
        // in processes of its own, a zygote and a renderer forked from it.
        // Those start from nothing: the zygote loads and relocates Qt
        // WebEngine's library again (~85 ms, which the engine's start waits
        // for) and the renderer sets up Blink anew, so a preview drew its
        // first article ~100-150 ms later. The preview shows only what Kiji
        // rendered, reaches no network and runs no script but the
        // template's. Qt WebEngine then allows one profile: PreviewProfile.
        addChromiumSwitch("--single-process");
        // In that mode Chromium logs an error at each start that it has no
        // proxy resolver, which a preview without network never needs: only
        // fatal messages, unless the user asks for more (--log-level=0).
        addChromiumSwitch("--log-level", "3");
        PreviewSchemeHandler::registerScheme();
        QtWebEngineCore::initialize();
        return true;
    }();
    Q_UNUSED(initialized);
    return new WebPreview(parent);
}
