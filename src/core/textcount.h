#pragma once

#include <QString>

#include <cmark-gfm.h>

#include <functional>

// 文字数 as Japanese editors count it: the code points a reader sees,
// without Unicode White_Space.
namespace TextCount {

bool isWhiteSpace(char32_t codePoint);

// Code points in UTF-8 text, without white space (damaged UTF-8: a best effort).
qsizetype visibleChars(const char *utf8, qsizetype size);
inline qsizetype visibleChars(const QByteArray &utf8) { return visibleChars(utf8.constData(), utf8.size()); }

// The text a reader sees in a parsed block or inline subtree: no Markdown
// syntax, code blocks, raw HTML, URLs or image alt text.
qsizetype visibleChars(cmark_node *node);

// A link that shows its own URL: an autolink (<https://…>, www.…, an
// e-mail address) or [url](url). Readers see it as a URL, not as text.
bool isBareUrlLink(cmark_node *link);

// Calls `visit` for each text, code span and line break of `node` that a
// reader sees (not inside images or bare URL links), in order.
void forEachVisibleInline(cmark_node *node, const std::function<void(cmark_node *, cmark_node_type)> &visit);

// The plain text of inline content (a heading): markup removed, code spans
// kept as text, line breaks as spaces.
QString plainText(cmark_node *node);

} // namespace TextCount
