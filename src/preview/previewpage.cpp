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
    // Only the loads the application starts (load() is "typed") and the
    // view's own Reload. Not a refresh, a redirect, a form or history: were
    // such markup ever to get into the page, it could take the preview to
    // about:blank or to a file of the template. Frames are refused: an
    // article has no business embedding anything.
    if (!isMainFrame || (type != NavigationTypeTyped && type != NavigationTypeReload))
        return false;
    return PreviewSchemeHandler::isPageOrigin(url);
}
