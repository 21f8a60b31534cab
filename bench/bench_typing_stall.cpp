// bench_typing_stall: whether typing stays responsive in a large article.
// The longest stall of the GUI thread's event loop while a writer types into
// a section of a ~5 MB article, side by side with a ~50 KB article in the
// same run (goal: large / small <= 2), and each keystroke's own time on the
// GUI thread (p50, p95).
//
// usage: bench_typing_stall [--rounds N] [--keys N] [--interval MIN MAX]
//                           [--probe MS] SMALL.md LARGE.md
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen, QTWEBENGINE_DISABLE_SANDBOX=1
// unless already set; settings and recovery files go to a temporary
// XDG_DATA_HOME / XDG_CONFIG_HOME). Both articles are opened in a real
// MainWindow each (1400x900, shown), and the benchmark waits until the
// outline tree is filled, the preview has loaded the article and the
// checker's findings are shown (so that they are marked in the preview and
// the editor, as for a writer who opened the file a moment ago). In each
// window a section in the middle half of the outline is selected, the one
// whose body is nearest to 2,500 bytes (so that both articles type into a
// body of the same size), and the text cursor put at the end of the body's
// first paragraph.
//
// Then, in --rounds rounds (default 5), --keys characters (default 40) are
// typed into each article's section body editor, the two articles taking
// turns (odd rounds the small article first, even rounds the large one), so
// that a busy stretch of a shared machine falls on both. Keys come at
// intervals drawn from [MIN, MAX] ms (default 30-50 ms; the same sequence
// for both articles in a round), scheduled from the previous key's time as
// a keyboard sends them, not from when the window finished the last one:
//   - a Japanese character is an input method's work: a preedit event that
//     shows it (QInputMethodEvent with preedit text), then on the next key
//     the commit event that inserts it;
//   - ASCII letters, digits, spaces and punctuation are key presses and
//     releases (QTest::keyClick), and a line break is Return.
// Between turns the benchmark waits until the window is idle again: its
// preview patched, the checker's findings for the new text shown, and more
// than the recovery file's delay passed since the last key.
//
// Measured per article:
//   stall      a QTimer (Qt::PreciseTimer) fires every --probe ms (default
//              5) while the keys are typed and 300 ms after the last one;
//              a stall is the time between two of its calls beyond the
//              interval: the longest time the event loop could not handle
//              anything (the keystroke's own work, layout and painting of
//              the editor, the preview's patch, timers that fire during the
//              typing). The maximum over all rounds, and the p99.
//   key        the time sendEvent() of a key that changes the text takes on
//              the GUI thread (key press and release, or the commit): the
//              editor, the document's edit and every synchronous handler
//              (outline, forms, rendering and the preview's patch script).
// Printed side by side, with the ratios large / small and the goal, and one
// machine-readable line starting with "SUMMARY typing-stall".
//
// With KIJI_BENCH_SLOW_KEYS set, each key that takes more than 8 ms of the
// GUI thread's CPU time is named on stderr, to find what costs.
//
// A benchmark, not a test: it never fails on slow numbers.

#include "articledocument.h"
#include "benchloop.h"
#include "articlepreview.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "sectionform.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using BenchLoop::monotonicNs;
using BenchLoop::sleepMs;
using BenchLoop::spinUntil;

namespace {

// Nearest rank.
double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

double maximum(const std::vector<double> &samples)
{
    return samples.empty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}

[[noreturn]] void fail(const char *message, const QString &detail = {})
{
    std::fprintf(stderr, "bench_typing_stall: %s%s%s\n", message, detail.isEmpty() ? "" : ": ",
                 qPrintable(detail));
    std::exit(3);
}

// What is typed: Japanese prose with a few ASCII words, digits and line
// breaks, as in a technical article.
const QString &typedText()
{
    static const QString text = QStringLiteral(
        "ここでは入力の速さを確かめます。Kiji 2026 で長い記事を書くときも、"
        "一文字ずつ遅れずに表示されることが大切です。\n"
        "例えば cmark-gfm の解析は節ごとに行われ、全体は読み直しません。"
        "見出しの数が多くても、本文の編集は軽いままです。\n");
    return text;
}

struct Key
{
    enum Kind { Preedit, Commit, Click, Return } kind;
    QChar character;
};

// The keys that type `text`: a preedit and a commit per Japanese
// character, one key click per ASCII character.
std::vector<Key> keysFor(const QString &text)
{
    std::vector<Key> keys;
    for (const QChar character : text) {
        if (character == QLatin1Char('\n')) {
            keys.push_back({Key::Return, character});
        } else if (character.unicode() < 0x80) {
            keys.push_back({Key::Click, character});
        } else {
            keys.push_back({Key::Preedit, character});
            keys.push_back({Key::Commit, character});
        }
    }
    return keys;
}

// The size of the section body typed into, as near as the article has one.
constexpr double SectionBytes = 2500;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Article
{
    QString label;
    QString fileName;
    qint64 bytes = 0;
    std::unique_ptr<MainWindow> window;
    int section = -1;
    int lastPatched = 0;
    quint64 findingsRevision = 0;
    qint64 lastKeyNs = 0;
    std::vector<double> keyMs;
    std::vector<double> keyCpuMs;    // the GUI thread's CPU time of the same keys
    std::vector<double> stallMs;     // every probe gap beyond the interval
    std::vector<double> roundMaxMs;  // the longest stall of each round
    double openMs = 0, treeMs = 0, previewMs = 0, findingsMs = 0;
    int typed = 0;
};

bool isIdle(Article &article)
{
    ArticlePreview *preview = article.window->preview();
    ArticleDocument *document = article.window->document();
    return article.lastPatched >= preview->revision() && article.findingsRevision == document->revision()
        && (monotonicNs() - article.lastKeyNs) / 1000000 > 1300;
}

void open(Article &article)
{
    const qint64 start = monotonicNs();
    article.window = std::make_unique<MainWindow>();
    MainWindow *window = article.window.get();
    window->setRecoveryAnswer(MainWindow::Answer::No);
    QObject::connect(window, &MainWindow::findingsShown, window,
                     [&article](quint64 revision) { article.findingsRevision = revision; });
    QString error;
    if (!window->openFile(article.fileName, &error))
        fail("cannot open", article.fileName + QStringLiteral(": ") + error);
    article.openMs = double(monotonicNs() - start) / 1e6;
    window->resize(1400, 900);
    window->show();
    ArticleDocument *document = window->document();
    OutlineModel *model = window->outlineModel();
    // The tree: three fixed rows, then the top-level sections.
    if (model->rowCount() != 3 + document->structure().topLevel.size())
        fail("the outline tree is not filled", article.label);
    article.treeMs = double(monotonicNs() - start) / 1e6;
    ArticlePreview *preview = window->preview();
    QObject::connect(preview, &ArticlePreview::patched, window,
                     [&article](int revision) { article.lastPatched = std::max(article.lastPatched, revision); });
    if (!spinUntil([&] { return preview->isReady() && article.lastPatched >= preview->revision(); }, 300000))
        fail("the preview did not load the article", article.label);
    article.previewMs = double(monotonicNs() - start) / 1e6;
    if (!spinUntil([&] { return article.findingsRevision == document->revision(); }, 600000))
        fail("the checker's findings did not arrive", article.label);
    article.findingsMs = double(monotonicNs() - start) / 1e6;

    // A section in the middle half of the article whose body is nearest to
    // SectionBytes, so that both articles type into a body of the same size
    // (the editor's layout and the part's parse grow with it).
    const QList<Section> &sections = document->sections();
    const int count = int(sections.size());
    auto distance = [&](int index) {
        const Section &section = sections.at(index);
        return std::abs(double(section.end - section.bodyBegin) - SectionBytes) + std::abs(index - count / 2) * 1e-3;
    };
    article.section = count / 2;
    for (int index = count / 4; index <= (3 * count) / 4 && index < count; ++index) {
        if (distance(index) < distance(article.section))
            article.section = index;
    }
    window->outline()->selectSection(article.section);
    MarkdownEditor *editor = window->sectionForm()->bodyEditor();
    QTextCursor cursor(editor->document());
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().size() > 10) {
            cursor.setPosition(block.position() + block.length() - 1);
            break;
        }
    }
    editor->setTextCursor(cursor);
    editor->setFocus();
    sleepMs(300);
}

// Types `count` characters of the text into the article's editor, keys
// `intervals` apart, and records the stalls and key times.
void typeRound(Article &article, const std::vector<Key> &keys, size_t *next, int count,
               const std::vector<int> &intervals, int probeMs)
{
    MarkdownEditor *editor = article.window->sectionForm()->bodyEditor();
    ArticleDocument *document = article.window->document();
    article.window->activateWindow();
    editor->setFocus();

    std::vector<double> gaps;
    qint64 lastProbe = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = monotonicNs();
        if (lastProbe)
            gaps.push_back(std::max(0.0, double(now - lastProbe) / 1e6 - probeMs));
        lastProbe = now;
    });

    int typed = 0;
    size_t interval = 0;
    qint64 due = monotonicNs();
    bool done = false;
    QTimer keyTimer;
    keyTimer.setSingleShot(true);
    keyTimer.setTimerType(Qt::PreciseTimer);
    std::function<void()> press = [&] {
        const Key key = keys[*next % keys.size()];
        ++*next;
        const quint64 revision = document->revision();
        const qint64 startCpu = threadCpuNs();
        const qint64 start = monotonicNs();
        switch (key.kind) {
        case Key::Preedit: {
            QInputMethodEvent event(QString(key.character), {});
            QApplication::sendEvent(editor, &event);
            break;
        }
        case Key::Commit: {
            QInputMethodEvent event;
            event.setCommitString(QString(key.character));
            QApplication::sendEvent(editor, &event);
            break;
        }
        case Key::Click:
            QTest::keyClick(editor, key.character.toLatin1());
            break;
        case Key::Return:
            QTest::keyClick(editor, Qt::Key_Return);
            break;
        }
        const qint64 end = monotonicNs();
        const qint64 endCpu = threadCpuNs();
        article.lastKeyNs = end;
        if (key.kind != Key::Preedit) {
            if (document->revision() == revision)
                fail("a key did not change the article", article.label);
            article.keyMs.push_back(double(end - start) / 1e6);
            article.keyCpuMs.push_back(double(endCpu - startCpu) / 1e6);
            if (qEnvironmentVariableIsSet("KIJI_BENCH_SLOW_KEYS") && double(endCpu - startCpu) / 1e6 > 8)
                std::fprintf(stderr, "bench_typing_stall: %s key %d ('%s'): %.1f ms, %.1f ms CPU\n",
                             qPrintable(article.label), typed, qPrintable(QString(key.character)),
                             double(end - start) / 1e6, double(endCpu - startCpu) / 1e6);
            ++typed;
        }
        if (typed >= count) {
            done = true;
            return;
        }
        due += intervals[interval++ % intervals.size()] * 1000000LL;
        keyTimer.start(int(std::max<qint64>(0, (due - monotonicNs()) / 1000000)));
    };
    QObject::connect(&keyTimer, &QTimer::timeout, press);

    probe.start();
    due = monotonicNs() + 50 * 1000000LL;
    keyTimer.start(50);
    if (!spinUntil([&] { return done; }, 600000))
        fail("typing did not finish", article.label);
    // The last key's layout, painting and patch.
    sleepMs(300);
    probe.stop();
    article.typed += typed;
    article.stallMs.insert(article.stallMs.end(), gaps.begin(), gaps.end());
    article.roundMaxMs.push_back(maximum(gaps));
}

} // namespace

int main(int argc, char *argv[])
{
    BenchLoop::useOffscreenDefaults();
    // Settings and recovery files of this run stay in a folder of its own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KijiBench"));
    QApplication::setApplicationName(QStringLiteral("bench_typing_stall"));

    int rounds = 5;
    int keysPerRound = 40;
    int minInterval = 30;
    int maxInterval = 50;
    int probeMs = 5;
    QStringList files;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--keys") && i + 1 < args.size())
            keysPerRound = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--interval") && i + 2 < args.size()) {
            minInterval = std::max(0, args.at(++i).toInt());
            maxInterval = std::max(minInterval, args.at(++i).toInt());
        } else if (arg == QLatin1String("--probe") && i + 1 < args.size())
            probeMs = std::max(1, args.at(++i).toInt());
        else if (!arg.startsWith(QLatin1String("--")))
            files.append(arg);
        else
            files.clear(), i = int(args.size());
    }
    if (files.size() != 2) {
        std::fprintf(stderr, "usage: bench_typing_stall [--rounds N] [--keys N] [--interval MIN MAX] [--probe MS] "
                             "SMALL.md LARGE.md\n");
        return 2;
    }

    Article articles[2];
    articles[0].label = QStringLiteral("small");
    articles[1].label = QStringLiteral("large");
    for (int index = 0; index < 2; ++index) {
        articles[index].fileName = files.at(index);
        articles[index].bytes = QFileInfo(files.at(index)).size();
    }

    std::printf("== Kiji typing stall: %d rounds of %d characters per article, keys %d-%d ms apart, probe every %d ms\n",
                rounds, keysPerRound, minInterval, maxInterval, probeMs);
    for (Article &article : articles) {
        open(article);
        const ArticleDocument *document = article.window->document();
        const Section &section = document->sections().at(article.section);
        const QByteArray body = document->text().mid(section.bodyBegin, section.end - section.bodyBegin);
        std::printf("   %-5s %s: %lld bytes, %d sections, %lld findings; section %d typed into (body %lld bytes, "
                    "%lld footnote references); opened in %.0f ms, preview loaded %.0f ms, findings shown %.0f ms "
                    "after the start\n",
                    qPrintable(article.label), qPrintable(QFileInfo(article.fileName).fileName()),
                    (long long)article.bytes, int(document->sections().size()),
                    (long long)article.window->findingsModel()->rowCount(), article.section, (long long)body.size(),
                    (long long)body.count("[^"), article.openMs, article.previewMs, article.findingsMs);
        std::fflush(stdout);
    }

    const std::vector<Key> keys = keysFor(typedText());
    size_t next[2] = {0, 0};
    std::mt19937 random(20261126);
    std::uniform_int_distribution<int> distribution(minInterval, maxInterval);
    for (int round = 0; round < rounds; ++round) {
        std::vector<int> intervals(size_t(keysPerRound) * 2 + 8);
        for (int &interval : intervals)
            interval = distribution(random);
        const int order[2] = {round % 2, 1 - round % 2};
        for (int index : order) {
            Article &article = articles[index];
            if (!spinUntil([&] { return isIdle(article); }, 600000))
                fail("the window did not become idle", article.label);
            typeRound(article, keys, &next[index], keysPerRound, intervals, probeMs);
            std::fprintf(stderr, "bench_typing_stall: round %d %s: longest stall %.1f ms\n", round + 1,
                         qPrintable(article.label), article.roundMaxMs.back());
        }
        // Let both become idle before the next round, so that no check or
        // recovery write of one falls into the other's turn.
        for (Article &article : articles) {
            if (!spinUntil([&] { return isIdle(article); }, 600000))
                fail("the window did not become idle", article.label);
        }
    }

    struct Row
    {
        double stallMax, stallP99, roundMedian, keyP50, keyP95, keyMax, cpuP50, cpuP95;
    } rows[2];
    for (int index = 0; index < 2; ++index) {
        const Article &article = articles[index];
        rows[index] = {maximum(article.stallMs), percentile(article.stallMs, 0.99),
                       percentile(article.roundMaxMs, 0.5), percentile(article.keyMs, 0.5),
                       percentile(article.keyMs, 0.95), maximum(article.keyMs), percentile(article.keyCpuMs, 0.5),
                       percentile(article.keyCpuMs, 0.95)};
    }
    std::printf("\n%-34s %12s %12s %10s\n", "ms (GUI thread)", "small", "large", "large/small");
    auto line = [](const char *name, double small, double large) {
        std::printf("%-34s %12.2f %12.2f %9.2fx\n", name, small, large, small > 0 ? large / small : 0.0);
    };
    std::printf("%-34s %12lld %12lld %9.1fx\n", "article bytes", (long long)articles[0].bytes,
                (long long)articles[1].bytes, double(articles[1].bytes) / double(std::max<qint64>(1, articles[0].bytes)));
    line("longest event-loop stall", rows[0].stallMax, rows[1].stallMax);
    line("stall p99", rows[0].stallP99, rows[1].stallP99);
    line("longest stall of a round, median", rows[0].roundMedian, rows[1].roundMedian);
    line("key p50", rows[0].keyP50, rows[1].keyP50);
    line("key p95", rows[0].keyP95, rows[1].keyP95);
    line("key max", rows[0].keyMax, rows[1].keyMax);
    line("key CPU time p50", rows[0].cpuP50, rows[1].cpuP50);
    line("key CPU time p95", rows[0].cpuP95, rows[1].cpuP95);
    std::printf("%-34s %12d %12d\n", "characters typed", articles[0].typed, articles[1].typed);
    const double ratio = rows[0].stallMax > 0 ? rows[1].stallMax / rows[0].stallMax : 0;
    std::printf("\n== Goal: longest stall, large / small <= 2: %.2fx  %s\n", ratio, ratio <= 2 ? "met" : "NOT met");
    std::printf("SUMMARY typing-stall small_bytes=%lld large_bytes=%lld small_stall_max_ms=%.2f large_stall_max_ms=%.2f "
                "stall_ratio=%.2f small_stall_p99_ms=%.2f large_stall_p99_ms=%.2f small_round_max_median_ms=%.2f "
                "large_round_max_median_ms=%.2f small_key_p50_ms=%.3f small_key_p95_ms=%.3f large_key_p50_ms=%.3f "
                "large_key_p95_ms=%.3f key_p95_ratio=%.2f small_key_cpu_p50_ms=%.3f large_key_cpu_p50_ms=%.3f "
                "key_cpu_p50_ratio=%.2f\n",
                (long long)articles[0].bytes, (long long)articles[1].bytes, rows[0].stallMax, rows[1].stallMax, ratio,
                rows[0].stallP99, rows[1].stallP99, rows[0].roundMedian, rows[1].roundMedian, rows[0].keyP50,
                rows[0].keyP95, rows[1].keyP50, rows[1].keyP95, rows[0].keyP95 > 0 ? rows[1].keyP95 / rows[0].keyP95 : 0,
                rows[0].cpuP50, rows[1].cpuP50, rows[0].cpuP50 > 0 ? rows[1].cpuP50 / rows[0].cpuP50 : 0);
    std::fflush(stdout);

    for (Article &article : articles) {
        article.window->document()->undoStack()->setClean();
        article.window.reset();
    }
    return 0;
}
