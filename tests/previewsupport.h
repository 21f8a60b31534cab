#pragma once

#include "articlepreview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

#include <memory>

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

// The value of the JavaScript expression `expression` in `page`'s main
// world, passed through JSON so that arrays and objects arrive whole.
// Undefined when the page did not answer within 10 s.
inline QJsonValue evaluateJson(QWebEnginePage *page, const QString &expression)
{
    // Shared with the callback, which may still come after a timeout.
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    page->runJavaScript(QStringLiteral("JSON.stringify([(() => { return (%1); })()])").arg(expression),
                        [answer](const QVariant &value) {
                            answer->value = value;
                            answer->done = true;
                        });
    QElapsedTimer timer;
    timer.start();
    while (!answer->done && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!answer->done) {
        qWarning("script did not answer: %s", qPrintable(expression));
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonDocument::fromJson(answer->value.toString().toUtf8()).array().first();
}

} // namespace PreviewSupport
