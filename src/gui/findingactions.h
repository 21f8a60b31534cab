#pragma once

#include "finding.h"

class ArticleDocument;

// What the user can do about a finding, each one undo step.
namespace FindingActions {

// Writes the rule's quick fix.
bool applyFix(ArticleDocument *document, const Finding &finding, QString *errorString);
// Adds the rule to the front matter's `kiji: {disable: […]}`.
bool disableInArticle(ArticleDocument *document, const Finding &finding, QString *errorString);
// Whether a `<!-- kiji-disable-next-line -->` comment can go before the
// finding's line without changing the article: the line starts a block
// (the line before it is blank or a heading).
bool canDisableOnLine(const ArticleDocument *document, const Finding &finding);
bool disableOnLine(ArticleDocument *document, const Finding &finding, QString *errorString);

} // namespace FindingActions
