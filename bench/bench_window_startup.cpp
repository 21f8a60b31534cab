// bench_window_startup FILE: one start of the window on FILE, as
// bench_preview_latency times it (usage there). It does what kiji-gui's main()
// does up to the event loop (QApplication, the preview's preload unless the
// article is long, MainWindow, openFile, show, the preload), without
// translators, and links what kiji-gui links: not Qt WebEngine, which it
// loads on a thread meanwhile and starts after the window's first paint. It
// prints CLOCK_MONOTONIC ns at the outline's first paint with the article's
// rows, when the preview is ready and when its first frame with the article
// is drawn (STARTUP), at each milestone on the way (STAGES), and the page's
// own milestones (PAGE).
#include "articledocument.h"
#include "articlepreview.h"
#include "benchloop.h"
#include "mainwindow.h"
#include "outlineview.h"
#include "previewengine.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QUndoStack>

#include <cstdio>
#include <ctime>

using BenchLoop::monotonicNs;
using BenchLoop::spinUntil;

namespace {

// The startup child's milestones, CLOCK_MONOTONIC ns; the parent prints each
// one's time from its QProcess::start().
struct StartupStages
{
    qint64 mainEntered = 0, application = 0, window = 0, opened = 0, shown = 0, previewCreated = 0;
};
StartupStages startupStages;

int startupChild(const QString &file)
{
    PreviewEngine::preloadUnlessLong(file);
    MainWindow window;
    startupStages.window = monotonicNs();
    window.setRecoveryAnswer(MainWindow::Answer::No);
    // Another window with the article open would otherwise be asked about.
    window.setArticleLocking(MainWindow::ArticleLocking::Off);
    qint64 treeShown = 0;
    qint64 previewReady = 0;
    qint64 previewPainted = 0;
    QString error;
    const bool opened = window.openFile(file, &error);
    startupStages.opened = monotonicNs();
    if (!opened) {
        std::fprintf(stderr, "bench_window_startup: cannot open %s: %s\n", qPrintable(file), qPrintable(error));
        return 2;
    }
    struct PaintFilter : QObject
    {
        qint64 *at;
        OutlineView *outline;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !*at && outline->model()->rowCount() > 0)
                *at = monotonicNs(); // taken as the paint starts; it ends within the same call
            return false;
        }
    } filter;
    filter.at = &treeShown;
    filter.outline = window.outline();
    window.outline()->viewport()->installEventFilter(&filter);
    // As kiji-gui does, the window creates its preview after the outline's
    // first paint; asking for window.preview() here would create it earlier.
    QObject::connect(&window, &MainWindow::previewCreated, [&](ArticlePreview *preview) {
        startupStages.previewCreated = monotonicNs();
        QObject::connect(preview, &ArticlePreview::ready, [&] {
            if (!previewReady)
                previewReady = monotonicNs();
        });
        // The page reports the end of the frame that first shows the article
        // (a timer set in that frame's animation callback).
        QObject::connect(preview, &ArticlePreview::drawn, [&] {
            if (!previewPainted)
                previewPainted = monotonicNs();
        });
    });
    window.show();
    PreviewEngine::preload();
    startupStages.shown = monotonicNs();
    if (!spinUntil([&] { return treeShown && previewReady && previewPainted; }, 60000)) {
        std::fprintf(stderr, "bench_window_startup: startup child timed out\n");
        return 3;
    }
    // The engine's own time for the article on screen: its first
    // largest-contentful-paint after the page loaded (a presentation time,
    // which an observer hands over asynchronously).
    window.preview()->runScript(QStringLiteral(
        "window.kijiBenchPaints = []; new PerformanceObserver(list => window.kijiBenchPaints.push("
        "...list.getEntries().map(e => e.startTime))).observe({type: 'largest-contentful-paint', buffered: true})"),
        [](const QVariant &) {});
    BenchLoop::sleepMs(100);
    // The page's own milestones, ms after its navigation started, which is
    // put on this clock through the wall clock both processes share.
    QString pageTimes;
    window.preview()->runScript(QStringLiteral(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " const p = window.kijiBenchPaints.find(t => t >= n.loadEventEnd);"
        " return [performance.timeOrigin, n.responseEnd, n.domInteractive, n.loadEventEnd, p === undefined ? -1 : p]"
        ".map(v => v.toFixed(3)).join('\\t'); })()"),
        [&](const QVariant &value) { pageTimes = value.toString(); });
    if (!spinUntil([&] { return !pageTimes.isEmpty(); }, 10000))
        pageTimes = QStringLiteral("0\t0\t0\t0\t0");
    timespec wall;
    clock_gettime(CLOCK_REALTIME, &wall);
    const qint64 now = monotonicNs();
    const double wallMs = wall.tv_sec * 1e3 + wall.tv_nsec / 1e6;
    const QStringList times = pageTimes.split(QLatin1Char('\t'));
    const double originMs = times.value(0).toDouble();
    auto onThisClock = [&](const QString &sinceOrigin) {
        const double at = sinceOrigin.toDouble();
        return at < 0 ? qint64(0) : now - qint64((wallMs - originMs - at) * 1e6);
    };
    std::printf("PAGE\t%lld\t%lld\t%lld\t%lld\t%lld\n", (long long)onThisClock(QStringLiteral("0")),
                (long long)onThisClock(times.value(1)), (long long)onThisClock(times.value(2)),
                (long long)onThisClock(times.value(3)), (long long)onThisClock(times.value(4)));
    std::printf("STARTUP\t%lld\t%lld\t%lld\n", (long long)treeShown, (long long)previewReady, (long long)previewPainted);
    std::printf("STAGES\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\n", (long long)startupStages.mainEntered,
                (long long)startupStages.application, (long long)startupStages.window, (long long)startupStages.opened,
                (long long)startupStages.shown, (long long)startupStages.previewCreated);
    std::fflush(stdout);
    window.document()->undoStack()->setClean();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    startupStages.mainEntered = monotonicNs();
    BenchLoop::useOffscreenDefaults();
    QApplication application(argc, argv);
    startupStages.application = monotonicNs();
    QApplication::setOrganizationName(QStringLiteral("KijiBench"));
    QApplication::setApplicationName(QStringLiteral("bench_window_startup"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_window_startup FILE\n");
        return 2;
    }
    return startupChild(QString::fromLocal8Bit(argv[1]));
}
