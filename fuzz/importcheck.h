#pragma once

#include "articledocument.h"
#include "fuzzinput.h"
#include "importresult.h"

// What every importer promises: a refusal says why; an article reads back
// without errors; notes point at lines of the input.
inline void requireReadableImport(const QByteArray &input, const ImportResult &result)
{
    if (!result.ok()) {
        FUZZ_REQUIRE(result.markdown.isEmpty());
        return;
    }
    ArticleDocument article;
    article.setData(result.markdown);
    FUZZ_REQUIRE(!article.hasErrors());
    FUZZ_REQUIRE(article.data() == result.markdown);
    const qsizetype lines = input.count('\n') + input.count('\r') + 1;
    for (const ImportNote &note : result.notes)
        FUZZ_REQUIRE(note.line >= 0 && note.line <= lines);
}
