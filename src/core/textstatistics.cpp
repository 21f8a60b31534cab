#include "textstatistics.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "textcount.h"

#include <cmark-gfm.h>

#include <algorithm>

QList<qsizetype> sentenceLengths(const QByteArray &utf8)
{
    // 。！？ in UTF-8 are E3 80 82, EF BC 81 and EF BC 9F.
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.constData());
    const qsizetype size = utf8.size();
    QList<qsizetype> lengths;
    qsizetype begin = 0;
    const auto flush = [&](qsizetype end) {
        const qsizetype length = TextCount::visibleChars(utf8.constData() + begin, end - begin);
        if (length > 0)
            lengths.append(length);
        begin = end;
    };
    for (qsizetype position = 0; position < size; ++position) {
        const unsigned char c = bytes[position];
        if (c == '!' || c == '?' || c == '\n') {
            flush(position + 1);
        } else if (position + 2 < size
                   && ((c == 0xe3 && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x82)
                       || (c == 0xef && bytes[position + 1] == 0xbc
                           && (bytes[position + 2] == 0x81 || bytes[position + 2] == 0x9f)))) {
            position += 2;
            flush(position + 1);
        }
    }
    flush(size);
    return lengths;
}

// The visible text of a paragraph, with its line breaks kept.
static QByteArray paragraphText(cmark_node *paragraph)
{
    QByteArray text;
    TextCount::forEachVisibleInline(paragraph, [&text](cmark_node *node, cmark_node_type type) {
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += cmark_node_get_literal(node);
        else
            text += '\n';
    });
    return text;
}

TextStatistics TextStatistics::of(const ArticleDocument &document)
{
    TextStatistics statistics;
    statistics.chars = document.structure().totalChars;
    const CmarkTree &tree = document.markdownTree();
    qsizetype sentenceChars = 0;
    cmark_iter *iter = cmark_iter_new(tree.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
            continue;
        ++statistics.paragraphs;
        for (const qsizetype length : sentenceLengths(paragraphText(node))) {
            ++statistics.sentences;
            sentenceChars += length;
            statistics.longestSentence = std::max(statistics.longestSentence, length);
        }
    }
    cmark_iter_free(iter);
    if (statistics.sentences > 0)
        statistics.averageSentence = double(sentenceChars) / statistics.sentences;
    statistics.readingMinutes = int((statistics.chars + CharsPerMinute - 1) / CharsPerMinute);
    return statistics;
}
