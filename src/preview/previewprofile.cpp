#include "previewprofile.h"

#include "previewrequestinterceptor.h"
#include "previewschemehandler.h"

#include <QCoreApplication>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace {

struct Shared
{
    QWebEngineProfile *profile;
    PreviewRequestInterceptor *interceptor;
};

Shared createProfile()
{
    // No storage name: off the record. Never deleted before the
    // application ends: Qt WebEngine would then refuse another profile.
    auto *profile = new QWebEngineProfile(QCoreApplication::instance());
    PreviewSchemeHandler::install(profile);
    auto *interceptor = new PreviewRequestInterceptor(profile);
    profile->setUrlRequestInterceptor(interceptor);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setSpellCheckEnabled(false);

    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    // Dropping a file on the preview would otherwise try to open it.
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    // Loading must not take the keyboard away from the editor.
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    return {profile, interceptor};
}

const Shared &sharedProfile()
{
    static const Shared made = createProfile();
    return made;
}

} // namespace

QWebEngineProfile *PreviewProfile::shared()
{
    return sharedProfile().profile;
}

PreviewRequestInterceptor *PreviewProfile::interceptor()
{
    return sharedProfile().interceptor;
}
