#pragma once

#include "importresult.h"

// An article web page (WordPress or any CMS, or Kiji's own HTML export)
// turned into a Kiji article: the article's part of the page only (no
// scripts, styles, navigation, sidebars or footers), headings, paragraphs,
// lists, tables (GFM), quotes, images, links, emphasis and code as Markdown;
// the page's h1 (or <title>) as the title; Kiji's supervisor box back into
// the front matter. Parsed by gumbo, a complete HTML5 parser.
namespace HtmlImport {

ImportResult fromHtml(const QByteArray &bytes);

// Rich text from the clipboard (a word processor's or a web page's
// `text/html`) as Markdown blocks to insert into a body: no front matter,
// every h1–h6 a heading (h1 as H2). Empty when nothing readable was there.
QString fragmentToMarkdown(const QString &html);

} // namespace HtmlImport
