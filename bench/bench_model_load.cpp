// bench_model_load: in-process timing of Kiji's Markdown model load against a
// plain cmark-gfm parse (+ HTML render) of the same bytes.
//
// usage: bench_model_load [--runs N] FILE...
//
// For each file, each case runs once as a warm-up and then N times (default
// 20) in interleaved rounds (one run of every case per round); the best and
// the median wall-clock time are printed, with ratios of Kiji's work to the
// cmark-gfm baseline. This is a benchmark, not a test: it never fails on slow
// numbers.
//
// Cases (each timed including the destruction of what it built):
//   model       ArticleDocument doc; doc.setData(bytes);
//               (UTF-8 check, front matter via yaml-cpp, section tree via
//               cmark-gfm, 文字数)
//   convert     model + HtmlExport::standalonePage(doc), i.e. what
//               `kiji convert FILE --to html` does between reading and writing
//   frontmatter FrontMatter::read(bytes) alone
//   structure   ArticleStructure::derive(bytes, frontMatter) alone
//   cmark html  baseline: cmark-gfm parse with table, strikethrough, autolink
//               and CMARK_OPT_FOOTNOTES, then cmark_render_html
//   cmark parse the same parse without the render
//   CmarkTree   Kiji's own cmark configuration (CmarkTree: + tasklist,
//               SOURCEPOS) parse + renderHtml()

#include "articledocument.h"
#include "articlestructure.h"
#include "cmarktree.h"
#include "frontmatter.h"
#include "htmlexport.h"

#include <QCoreApplication>
#include <QFile>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace {

// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile size_t sink = 0;

struct Timing
{
    double bestMs = 0;
    double medianMs = 0;
};

struct Case
{
    const char *name;
    const char *description;
    std::function<void()> work;
    std::vector<double> samples;
    Timing timing;
};

// Interleaved rounds: every round times each case once, starting at a
// different case each time, so that a slow stretch of the (shared, virtual)
// machine hits all cases alike and the ratios stay meaningful.
void measure(std::vector<Case> &cases, int runs)
{
    for (Case &c : cases)
        c.work(); // warm-up: page in code, fill allocator caches
    for (int round = 0; round < runs; ++round) {
        for (size_t k = 0; k < cases.size(); ++k) {
            Case &c = cases[(k + size_t(round)) % cases.size()];
            const auto start = std::chrono::steady_clock::now();
            c.work();
            const auto stop = std::chrono::steady_clock::now();
            c.samples.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
        }
    }
    for (Case &c : cases) {
        std::vector<double> &samples = c.samples;
        std::sort(samples.begin(), samples.end());
        const size_t n = samples.size();
        const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
        c.timing = {samples.front(), median};
    }
}

cmark_parser *baselineParser()
{
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(name);
        if (!extension) {
            std::fprintf(stderr, "bench_model_load: cmark-gfm extension \"%s\" not found\n", name);
            std::exit(2);
        }
        cmark_parser_attach_syntax_extension(parser, extension);
    }
    return parser;
}

void cmarkBaseline(const QByteArray &bytes, bool render)
{
    cmark_parser *parser = baselineParser();
    cmark_parser_feed(parser, bytes.constData(), size_t(bytes.size()));
    cmark_node *root = cmark_parser_finish(parser);
    if (render) {
        char *html = cmark_render_html(root, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
        sink = sink + std::strlen(html);
        std::free(html);
    } else {
        sink = sink + size_t(cmark_node_get_type(cmark_node_first_child(root)));
    }
    cmark_node_free(root);
    cmark_parser_free(parser);
}

QByteArray readFile(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_model_load: cannot open %s: %s\n", path, qPrintable(file.errorString()));
        std::exit(2);
    }
    return file.readAll();
}

std::string ratio(double numerator, double denominator)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2fx", denominator > 0 ? numerator / denominator : 0.0);
    return text;
}

void benchmarkFile(const char *path, int runs)
{
    const QByteArray bytes = readFile(path);

    // Sanity: the model must open the file cleanly, or the numbers mean nothing.
    qsizetype sections = 0, chars = 0;
    {
        ArticleDocument document;
        document.setData(bytes);
        if (document.hasErrors())
            std::fprintf(stderr, "bench_model_load: warning: %s opens with errors (read-only)\n", path);
        sections = document.sections().size();
        chars = document.structure().totalChars;
    }

    Diagnostics diagnostics;
    const FrontMatter frontMatter = FrontMatter::read(bytes, &diagnostics);

    std::vector<Case> rows;
    rows.push_back({"model", "ArticleDocument::setData", [&] {
                        ArticleDocument document;
                        document.setData(bytes);
                        sink = sink + size_t(document.sections().size());
                    }, {}, {}});
    rows.push_back({"convert", "setData + HtmlExport::standalonePage", [&] {
                        ArticleDocument document;
                        document.setData(bytes);
                        sink = sink + size_t(HtmlExport::standalonePage(document).size());
                    }, {}, {}});
    rows.push_back({"frontmatter", "FrontMatter::read (yaml-cpp)", [&] {
                        Diagnostics list;
                        sink = sink + size_t(FrontMatter::read(bytes, &list).end);
                    }, {}, {}});
    rows.push_back({"structure", "ArticleStructure::derive", [&] {
                        sink = sink + size_t(ArticleStructure::derive(bytes, frontMatter).sections.size());
                    }, {}, {}});
    rows.push_back({"cmark html", "cmark-gfm parse+render (baseline)", [&] { cmarkBaseline(bytes, true); }, {}, {}});
    rows.push_back({"cmark parse", "cmark-gfm parse only", [&] { cmarkBaseline(bytes, false); }, {}, {}});
    rows.push_back({"CmarkTree", "CmarkTree parse+renderHtml", [&] {
                        CmarkTree tree(bytes);
                        sink = sink + size_t(tree.renderHtml().size());
                    }, {}, {}});
    measure(rows, runs);

    const Timing baseline = rows[4].timing;
    const Timing parseOnly = rows[5].timing;
    std::printf("\n%s\n  %lld bytes, %lld sections, %lld 文字数, %d runs (best / median)\n", path,
                static_cast<long long>(bytes.size()), static_cast<long long>(sections),
                static_cast<long long>(chars), runs);
    std::printf("  %-12s %-38s %9s %9s %12s %12s %12s\n", "case", "what", "best ms", "median ms", "/html best",
                "/html median", "/parse median");
    for (const Case &row : rows) {
        std::printf("  %-12s %-38s %9.3f %9.3f %12s %12s %12s\n", row.name, row.description, row.timing.bestMs,
                    row.timing.medianMs, ratio(row.timing.bestMs, baseline.bestMs).c_str(),
                    ratio(row.timing.medianMs, baseline.medianMs).c_str(),
                    ratio(row.timing.medianMs, parseOnly.medianMs).c_str());
    }
    std::printf("  (/html: ratio to \"cmark html\", /parse: ratio to \"cmark parse\")\n");
    for (int index : {0, 1}) {
        const Timing &timing = rows[size_t(index)].timing;
        const double median = timing.medianMs / baseline.medianMs;
        const double best = timing.bestMs / baseline.bestMs;
        std::printf("  goal <= 1.50x: %s / cmark html = %.2fx median (%s), %.2fx best (%s)\n", rows[size_t(index)].name,
                    median, median <= 1.5 ? "met" : "NOT met", best, best <= 1.5 ? "met" : "NOT met");
    }
    // One machine-readable line per file for scripts: NAME=MEDIAN/BEST in ms.
    std::printf("RESULT\t%s\t%lld", path, static_cast<long long>(bytes.size()));
    for (const Case &row : rows)
        std::printf("\t%s=%.3f/%.3f", row.name, row.timing.medianMs, row.timing.bestMs);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();

    int runs = 20;
    std::vector<const char *> files;
    for (int index = 1; index < argc; ++index) {
        if (std::strcmp(argv[index], "--runs") == 0 && index + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++index]));
        } else if (std::strcmp(argv[index], "-h") == 0 || std::strcmp(argv[index], "--help") == 0) {
            std::printf("usage: bench_model_load [--runs N] FILE...\n");
            return 0;
        } else {
            files.push_back(argv[index]);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_model_load [--runs N] FILE...\n");
        return 2;
    }
    for (const char *file : files)
        benchmarkFile(file, runs);
    return 0;
}
