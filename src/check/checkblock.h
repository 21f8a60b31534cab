#pragma once

#include "textrange.h"
#include "token.h"

#include <QList>
#include <QString>

#include <optional>

// The text of one block of the article as the rules read it: a paragraph,
// a heading, the paragraph of a list item, a table cell or a footnote's
// paragraph, with the Markdown syntax removed (code spans keep their text,
// link and image URLs are gone, line breaks are "\n"). Sentences and
// morphemes are computed once, on first use, and shared by all rules.
class CheckBlock
{
public:
    enum class Kind { Paragraph, Heading, ListItem, TableCell, Footnote };

    // A piece of inline markup in the text: what textlint sees as one node
    // inside the paragraph (code, emphasis, a link…), which sentence
    // splitting does not look into.
    struct Span
    {
        // Hidden: an empty span where the text leaves out inline content
        // (raw HTML, a footnote reference, a bare URL, an image without
        // alt text), which still ends a run of text as textlint sees it.
        enum class Type { Code, Emphasis, Strong, Strikethrough, Link, Image, Hidden };
        Type type;
        TextRange range;
        bool isTopLevel = true; // directly in the block, not inside other markup
    };

    CheckBlock(Kind kind, QString text, QList<Span> spans);

    Kind kind() const { return m_kind; }
    const QString &text() const { return m_text; }
    const QList<Span> &spans() const { return m_spans; }
    int headingLevel() const { return m_headingLevel; }
    void setHeadingLevel(int level) { m_headingLevel = level; }
    bool isInBlockQuote() const { return m_inBlockQuote; }
    void setInBlockQuote(bool inBlockQuote) { m_inBlockQuote = inBlockQuote; }

    // Indices of the text, ascending, where the source had review markup
    // that reading the marks as accepted leaves out (delimiters, deleted
    // text, comments). A quick fix across one would rewrite that markup.
    // Rules do not read these, so they are not part of cacheKey(): they
    // hold for the block as extracted, not for a cached one of equal text.
    const QList<int> &reviewMarkGaps() const { return m_reviewMarkGaps; }
    void setReviewMarkGaps(QList<int> gaps) { m_reviewMarkGaps = std::move(gaps); }
    // Whether a gap lies strictly inside `range`.
    bool hasReviewMarkGapIn(const TextRange &range) const;

    // Whether `range` touches a span of `type` (a code span, a link…).
    bool overlaps(const TextRange &range, Span::Type type) const;
    bool isInCode(int index) const;

    const QList<TextRange> &sentences() const;
    // The ranges of top-level spans: what sentence splitting does not look into.
    QList<TextRange> topLevelSpanRanges() const;
    const QList<Token> &tokens() const;
    // The tokens that lie inside `range`, in order.
    QList<const Token *> tokensIn(const TextRange &range) const;
    // Index of the first token that ends after `index`.
    int tokenIndexAt(int index) const;

    // The same block content (kind, level, text and markup): what a cache
    // of per-block findings is keyed by.
    QString cacheKey() const;

private:
    Kind m_kind;
    QString m_text;
    QList<Span> m_spans;
    int m_headingLevel = 0;
    bool m_inBlockQuote = false;
    QList<int> m_reviewMarkGaps;
    mutable std::optional<QList<TextRange>> m_sentences;
    mutable std::optional<QList<Token>> m_tokens;
};
