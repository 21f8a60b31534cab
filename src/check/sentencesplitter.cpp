#include "sentencesplitter.h"

namespace SentenceSplitter {

namespace {

struct PairMark
{
    char16_t open;
    char16_t close;
};

constexpr PairMark pairMarks[] = {
    {u'"', u'"'}, {u'[', u']'}, {u'(', u')'}, {u'{', u'}'}, {u'「', u'」'}, {u'（', u'）'},
    {u'『', u'』'}, {u'｛', u'｝'}, {u'［', u'］'}, {u'〚', u'〛'}, {u'【', u'】'}, {u'《', u'》'},
};
constexpr int pairMarkCount = int(sizeof pairMarks / sizeof pairMarks[0]);

int pairMarkOf(char16_t c, bool *isOpen, bool *isClose)
{
    for (int index = 0; index < pairMarkCount; ++index) {
        *isOpen = pairMarks[index].open == c;
        *isClose = pairMarks[index].close == c;
        if (*isOpen || *isClose)
            return index;
    }
    return -1;
}

bool isNewLine(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isSpace(QChar c)
{
    return c.isSpace() && !isNewLine(c);
}

} // namespace

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'．': case u'。': case u'?': case u'!': case u'？': case u'！':
        return true;
    default:
        return false;
    }
}

QList<TextRange> split(const QString &text, const QList<TextRange> &opaque, const QString &separators)
{
    QList<TextRange> sentences;
    const int size = int(text.size());
    int sentenceBegin = -1;
    // Open pair marks by kind (sentence-splitter does not nest one kind).
    bool open[pairMarkCount] = {};
    int openCount = 0;
    int nextOpaque = 0;

    auto endsSentence = [&](int index) {
        const QChar c = text.at(index);
        if (openCount > 0 || !(separators.isEmpty() ? isSeparator(c) : separators.contains(c)))
            return false;
        if (c == u'.')
            return index + 1 >= size || text.at(index + 1).isSpace();
        return true;
    };
    auto close = [&](int end) {
        if (sentenceBegin >= 0)
            sentences.append({sentenceBegin, end});
        sentenceBegin = -1;
        openCount = 0;
        std::fill(std::begin(open), std::end(open), false);
    };

    int index = 0;
    while (index < size) {
        while (nextOpaque < opaque.size() && opaque.at(nextOpaque).end <= index)
            ++nextOpaque;
        if (nextOpaque < opaque.size() && opaque.at(nextOpaque).begin <= index) {
            // Inline markup is one piece of the sentence, as in textlint's
            // splitAST: nothing inside it ends or opens anything.
            if (sentenceBegin < 0)
                sentenceBegin = index;
            index = opaque.at(nextOpaque).end;
            continue;
        }
        const QChar c = text.at(index);
        if (isNewLine(c) || isSpace(c)) {
            ++index;
            continue;
        }
        if (endsSentence(index)) {
            int end = index + 1;
            while (end < size && endsSentence(end))
                ++end;
            // Punctuation with no sentence before it belongs to none.
            close(end);
            index = end;
            continue;
        }
        if (sentenceBegin < 0)
            sentenceBegin = index;
        bool isOpen = false;
        bool isClose = false;
        const int mark = pairMarkOf(c.unicode(), &isOpen, &isClose);
        if (mark >= 0) {
            if (open[mark]) {
                if (isClose) {
                    open[mark] = false;
                    --openCount;
                }
            } else if (isOpen) {
                open[mark] = true;
                ++openCount;
            }
        }
        ++index;
    }
    if (sentenceBegin >= 0) {
        // The last sentence ends at its last non-space character.
        int end = size;
        while (end > sentenceBegin && text.at(end - 1).isSpace())
            --end;
        sentences.append({sentenceBegin, end});
    }
    return sentences;
}

} // namespace SentenceSplitter
