#pragma once

#include <QByteArray>

class ArticleDocument;

// A standalone HTML page of the article, rendered by cmark-gfm with raw
// HTML omitted: no scripts, nothing loaded from the network.
namespace HtmlExport {

QByteArray standalonePage(const ArticleDocument &document);

} // namespace HtmlExport
