#pragma once

#include "reviewmarks.h"

#include <QByteArray>

class ArticleDocument;
struct FrontMatter;

// The article's body as WordPress block-editor markup, to paste into the
// block editor's code editor: each heading, paragraph, list (with its items
// and nested lists), table, image, quote, code block and thematic break as
// one block in its `<!-- wp:NAME -->` comments; inline markup as HTML.
// The front matter, raw HTML and the article's comments are left out;
// footnotes become a numbered list at the end.
namespace WordPressExport {

// With every review mark resolved by `decision`.
QByteArray blocks(const ArticleDocument &document, ReviewDecision decision = ReviewDecision::Accept);

// {"title", "description", "slug", "keywords": []} for an SEO plugin.
QByteArray metaJson(const FrontMatter &frontMatter);

} // namespace WordPressExport
