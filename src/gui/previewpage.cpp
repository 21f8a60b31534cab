#include "previewpage.h"

#include "previewschemehandler.h"

#include <QDesktopServices>

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // A click never moves the preview itself: a `javascript:` link, a
    // relative link to another file or a `file:` link goes nowhere.
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        return false;
    }
    // The loads the application itself starts. Frames are refused: an
    // article has no business embedding anything.
    if (!isMainFrame)
        return false;
    return url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about")
        || url.scheme() == QLatin1String(PreviewSchemeHandler::schemeName());
}
