#pragma once

#include "articlepreview.h"

#include <QElapsedTimer>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

// Helpers of the tests that read the preview's DOM.
namespace PreviewSupport {

// The value of `script` run in the preview's page; invalid when the page
// did not answer within 10 s.
inline QVariant evaluate(ArticlePreview *preview, const QString &script)
{
    QVariant result;
    bool done = false;
    preview->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!done)
        qWarning("script did not answer: %s", qPrintable(script));
    return result;
}

} // namespace PreviewSupport
