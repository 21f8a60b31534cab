#include "previewpage.h"

#include <QDesktopServices>

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame);
    if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about"))
        return true;
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        QDesktopServices::openUrl(url);
    return false;
}
