#pragma once

#include <QWebEnginePage>

// The preview shows the rendered article only: it follows no navigation;
// http and https links open in the system browser when clicked.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};
