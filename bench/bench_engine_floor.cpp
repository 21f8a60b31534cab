// bench_engine_floor: the least any Qt WebEngine window takes here to show a
// page, the baseline bench_preview_latency runs beside each start of Kiji's
// window. A bare QWebEngineView (1400x900) is shown at once and given a
// heading and a paragraph of Japanese through setHtml(); it prints
// CLOCK_MONOTONIC ns when the page has loaded and when the first frame
// after its load has been drawn (FLOOR), as Kiji's page reports its first
// frame with the article. Chromium gets the switches Kiji's preview gives it
// (its renderer in this process), or with --default-processes none: the
// zygote and renderer processes any other Qt WebEngine application starts.
#include "benchloop.h"

#include <QApplication>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

using BenchLoop::monotonicNs;
using BenchLoop::spinUntil;

int main(int argc, char *argv[])
{
    BenchLoop::useOffscreenDefaults();
    const bool defaultProcesses = argc > 1 && qstrcmp(argv[1], "--default-processes") == 0;
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS") && !defaultProcesses)
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--single-process --log-level=3");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);

    QWebEngineView view;
    view.resize(1400, 900);
    qint64 loaded = 0;
    qint64 drawn = 0;
    QObject::connect(view.page(), &QWebEnginePage::titleChanged, [&](const QString &title) {
        if (title == QLatin1String("painted") && !drawn)
            drawn = monotonicNs();
    });
    QObject::connect(view.page(), &QWebEnginePage::loadFinished, [&](bool ok) {
        if (ok && !loaded)
            loaded = monotonicNs();
    });
    view.show();
    // The end of the first frame after the load, as Kiji's page reports it.
    view.setHtml(QStringLiteral("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><script>"
                                "addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => {"
                                " document.title = 'painted'; })));</script></head><body>"
                                "<h1>見出し</h1><p>日本語の段落です。</p></body></html>"));
    if (!spinUntil([&] { return loaded && drawn; }, 60000)) {
        std::fprintf(stderr, "bench_engine_floor: the page was not drawn\n");
        return 3;
    }
    std::printf("FLOOR\t%lld\t%lld\n", (long long)loaded, (long long)drawn);
    return 0;
}
