#include "textstatistics.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "textcount.h"

#include <cmark-gfm.h>

#include <algorithm>

QList<qsizetype> sentenceLengths(const QByteArray &utf8)
{
    static const QList<QByteArray> enders = {QByteArrayLiteral("\xE3\x80\x82"), QByteArrayLiteral("\xEF\xBC\x81"),
                                             QByteArrayLiteral("\xEF\xBC\x9F"), QByteArrayLiteral("!"),
                                             QByteArrayLiteral("?"), QByteArrayLiteral("\n")};
    QList<qsizetype> lengths;
    qsizetype begin = 0;
    qsizetype position = 0;
    const auto flush = [&](qsizetype end) {
        const qsizetype length = TextCount::visibleChars(utf8.constData() + begin, end - begin);
        if (length > 0)
            lengths.append(length);
        begin = end;
    };
    while (position < utf8.size()) {
        bool ended = false;
        for (const QByteArray &ender : enders) {
            if (utf8.mid(position, ender.size()) == ender) {
                position += ender.size();
                ended = true;
                break;
            }
        }
        if (ended)
            flush(position);
        else
            ++position;
    }
    flush(utf8.size());
    return lengths;
}

// The visible text of a paragraph, with its line breaks kept.
static QByteArray paragraphText(cmark_node *paragraph)
{
    QByteArray text;
    int hidden = 0;
    cmark_iter *iter = cmark_iter_new(paragraph);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE) {
            hidden += event == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (hidden || event != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += cmark_node_get_literal(node);
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += '\n';
    }
    cmark_iter_free(iter);
    return text;
}

TextStatistics TextStatistics::of(const ArticleDocument &document)
{
    TextStatistics statistics;
    statistics.chars = document.structure().totalChars;
    const QByteArray &text = document.text();
    const qsizetype begin = document.structure().markdownBegin;
    CmarkTree tree(text.constData() + begin, text.size() - begin);
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
