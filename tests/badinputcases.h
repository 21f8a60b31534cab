#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The catalogue of damaged and hostile articles that tst_badinput (every
// kiji subcommand, the model) and tst_badinputwindow (the window) read:
// small files committed in tests/data/bad/ (README.md there says what each
// holds and why) and big or pathological ones generated at run time.
namespace BadInput {

// Each command on each file is stopped after this long: a hang, not a slow
// run. The largest inputs take ~4 s alone, and CTest runs these tests side
// by side with two processes each on two cores.
constexpr int WatchdogMs = 30000;

// What the spec says a file is.
enum Expect {
    Damaged, // opens read-only, error diagnostic, CLI exits 2
    Clean,   // read-write, no errors, CLI exits 0, convert is byte-identical
    Either,  // may be judged either way, but consistently, fast, without crashing
};

// The documented limits (ArticleLimits) a file is beyond, where Kiji gives
// a clear message instead of a result.
enum Limit {
    NoLimit = 0,
    TooLargeToCheck = 1 << 0,   // kiji check exits 2; kiji report and the window say "not checked"
    TooLargeToPreview = 1 << 1, // the preview shows a notice; kiji convert --to pdf exits 2
    TooLargeToEdit = 1 << 2,    // the lead (the part the window shows first) is not put in the editor
    TooLargeToImport = 1 << 3,  // kiji convert --from text|html exits 2
    TooLargeToPrint = 1 << 4,   // kiji convert --to pdf exits 2 (the preview of the accepted text has a notice)
    TooLargeToExport = 1 << 5,  // kiji convert --to html|wordpress exits 2
};

struct Case
{
    const char *name;
    Expect expect;
    // For Damaged: the error's 1-based file line lies in [line, lineMax];
    // 0 means "any line >= 1".
    int line;
    int lineMax;
    // Sections (all levels), or -1 not to check.
    int sections;
    int limits; // Limit flags
    // kiji convert --to pdf prints it. Printing starts WebEngine and takes
    // seconds, so only a few clean files are printed; damaged files and
    // files too large to print are refused at once, and are all run.
    bool printsPdf;
    // Non-null: generated at run time, once per test program.
    QByteArray (*generate)();
};

const QList<Case> &cases();

// tests/data/bad, where the committed cases are.
QString committedDirectory();

// A small clean article to compare each case with.
QString sampleArticle();

// Writes every case's bytes into `directory` under its name (committed
// files are copied, so that nothing a test does can change them).
bool writeAll(const QString &directory, QString *errorString);

} // namespace BadInput
