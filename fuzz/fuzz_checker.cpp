// The checker with every preset on any article. Properties: every finding
// lies inside the text (UTF-16 and byte positions agree on where), and
// applying any quick fix gives an article Kiji can still read.
#include "articledocument.h"
#include "checkconfig.h"
#include "checker.h"
#include "fuzzinput.h"

#include <memory>

namespace {

std::unique_ptr<Checker> makeChecker()
{
    CheckConfig config;
    for (const QString &preset : CheckConfig::presetNames()) {
        QString error;
        if (!config.addPreset(preset, &error))
            fuzzFailure(qPrintable(error));
    }
    config.setToday(QDate(2026, 11, 26));
    return std::make_unique<Checker>(config);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<Checker> checker = makeChecker();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ArticleDocument document;
    document.setData(input);
    if (document.isReadOnly())
        return 0;
    const QByteArray &text = document.text();
    const qsizetype units = QString::fromUtf8(text).size();
    const Findings findings = checker->check(document);
    for (const Finding &finding : findings) {
        FUZZ_REQUIRE(finding.start.index >= 0 && finding.start.index <= finding.end.index
                     && finding.end.index <= units);
        FUZZ_REQUIRE(finding.start.byte >= 0 && finding.start.byte <= finding.end.byte
                     && finding.end.byte <= text.size());
        FUZZ_REQUIRE(finding.start.line >= 1 && finding.start.column >= 1);
        if (!finding.fix)
            continue;
        const FindingFix &fix = *finding.fix;
        FUZZ_REQUIRE(fix.byteBegin >= 0 && fix.byteBegin <= fix.byteEnd && fix.byteEnd <= text.size());
        FUZZ_REQUIRE(QString::fromUtf8(text.left(fix.byteBegin)).size() == fix.begin);
        ArticleDocument fixed;
        fixed.setData(text);
        FUZZ_REQUIRE(fixed.replaceText(fix.byteBegin, text.mid(fix.byteBegin, fix.byteEnd - fix.byteBegin), fix.text,
                                       QStringLiteral("fix")));
    }
    return 0;
}
