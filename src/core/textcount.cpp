#include "textcount.h"

#include <cmark-gfm.h>

#include <cstring>

namespace TextCount {

bool isWhiteSpace(char32_t c)
{
    if (c <= 0x20)
        return c == 0x20 || (c >= 0x09 && c <= 0x0d);
    if (c < 0x85)
        return false;
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
        || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

qsizetype visibleChars(const char *utf8, qsizetype size)
{
    // Counts code point starts, then takes back the white space. In UTF-8,
    // white space outside ASCII starts with C2 (U+0085, U+00A0), E1 (U+1680),
    // E2 (U+2000–200A, 2028, 2029, 202F, 205F) or E3 (U+3000); checking those
    // lead bytes only keeps this loop fast on Japanese text.
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8);
    qsizetype count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        if ((c & 0xc0) != 0x80)
            ++count;
        if (c <= 0x20) {
            if (c == 0x20 || (c >= 0x09 && c <= 0x0d))
                --count;
        } else if (c == 0xc2 || (c >= 0xe1 && c <= 0xe3)) {
            char32_t codePoint = 0;
            if (c == 0xc2 && i + 1 < size)
                codePoint = ((c & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
            else if (c != 0xc2 && i + 2 < size && (bytes[i + 1] & 0xc0) == 0x80 && (bytes[i + 2] & 0xc0) == 0x80)
                codePoint = ((c & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
            if (codePoint && isWhiteSpace(codePoint))
                --count;
        }
    }
    return count;
}

bool isBareUrlLink(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const char *text = cmark_node_get_literal(child);
    const char *url = cmark_node_get_url(link);
    if (!text || !url)
        return false;
    const size_t textLength = strlen(text);
    const size_t urlLength = strlen(url);
    // Autolinks: <https://…>, www.… (shown without "http://"), and e-mail addresses.
    return urlLength >= textLength && strcmp(url + (urlLength - textLength), text) == 0;
}

void forEachVisibleInline(cmark_node *node, const std::function<void(cmark_node *, cmark_node_type)> &visit)
{
    int hidden = 0;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(current);
        if (type == CMARK_NODE_IMAGE || (type == CMARK_NODE_LINK && isBareUrlLink(current))) {
            hidden += event == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (hidden || event != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_SOFTBREAK
            || type == CMARK_NODE_LINEBREAK)
            visit(current, type);
    }
    cmark_iter_free(iter);
}

qsizetype visibleChars(cmark_node *node)
{
    qsizetype count = 0;
    forEachVisibleInline(node, [&count](cmark_node *inlineNode, cmark_node_type type) {
        if (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE)
            return;
        if (const char *literal = cmark_node_get_literal(inlineNode))
            count += visibleChars(literal, qsizetype(strlen(literal)));
    });
    return count;
}

QString plainText(cmark_node *node)
{
    QByteArray text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *current = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (const char *literal = cmark_node_get_literal(current))
                text += literal;
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return QString::fromUtf8(text).trimmed();
}

} // namespace TextCount
