#include "replacematches.h"

#include "articledocument.h"
#include "articlesearch.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool hasFrontMatterError(const QByteArray &text)
{
    Diagnostics diagnostics;
    FrontMatter::read(text, &diagnostics);
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

} // namespace

ReplaceMatches::ReplaceMatches(ArticleDocument *document, const QList<SearchMatch> &matches,
                               const QString &replacement)
    : TextEditCommand(document, QCoreApplication::translate("ReplaceMatches", "Replace"))
{
    if (matches.isEmpty()) {
        setError(QCoreApplication::translate("ReplaceMatches", "there is nothing to replace"));
        return;
    }
    QList<SearchMatch> sorted = matches;
    std::sort(sorted.begin(), sorted.end(),
              [](const SearchMatch &a, const SearchMatch &b) { return a.offset < b.offset; });
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const SearchMatch &a, const SearchMatch &b) {
                                 return a.offset == b.offset && a.length == b.length;
                             }),
                 sorted.end());

    const QByteArray &text = document->text();
    QByteArray newText;
    newText.reserve(text.size());
    qsizetype copied = 0;
    for (const SearchMatch &match : std::as_const(sorted)) {
        if (match.offset < copied) {
            setError(QCoreApplication::translate("ReplaceMatches", "the matches overlap; nothing was changed"));
            return;
        }
        if (match.length <= 0 || match.offset + match.length > text.size()
            || text.mid(match.offset, match.length) != match.text.toUtf8()) {
            setError(QCoreApplication::translate("ReplaceMatches",
                                                 "the article changed since the search; search again"));
            return;
        }
        newText += QByteArrayView(text).sliced(copied, match.offset - copied);
        newText += document->toSourceText(ArticleSearch::replacementFor(match, replacement));
        copied = match.offset + match.length;
    }
    newText += QByteArrayView(text).sliced(copied);

    // The front matter is YAML typed by hand; a replacement there is raw
    // text and can break it (an unquoted `: `), which would lose the fields.
    if (!hasFrontMatterError(text) && hasFrontMatterError(newText)) {
        setError(QCoreApplication::translate("ReplaceMatches",
                                             "the replacement would break the front matter's YAML; nothing was changed"));
        return;
    }
    // Unlike the section operations, a replacement may change headings: the
    // user asked for exactly this text, and sees it in the result.
    setEdit(TextEdit::between(text, newText));
}
