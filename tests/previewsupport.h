#pragma once

#include "articlepreview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSignalSpy>
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
// Undefined when the page did not answer within 30 s.
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
    while (!answer->done && timer.elapsed() < 30000)
        QTest::qWait(5);
    if (!answer->done) {
        qWarning("script did not answer: %s", qPrintable(expression));
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonDocument::fromJson(answer->value.toString().toUtf8()).array().first();
}

// Shows `article` and waits until the page reports that revision applied.
inline bool showAndWait(ArticlePreview &preview, const RenderedArticle &article, int timeoutMs = 30000)
{
    QSignalSpy patched(&preview, &ArticlePreview::patched);
    preview.showArticle(article);
    const int revision = preview.revision();
    return QTest::qWaitFor([&] {
        for (const QList<QVariant> &arguments : std::as_const(patched)) {
            if (arguments.first().toInt() == revision)
                return true;
        }
        return false;
    }, timeoutMs);
}

} // namespace PreviewSupport
