#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QTextBlock;

// Colours a section body as Japanese web articles write Markdown: GFM plus
// footnotes and CriticMarkup review marks. Emphasis follows CommonMark's
// flanking rules, so `**「強調」**です`, which cmark-gfm leaves unbolded, is
// not shown bold either. Setext headings, indented code blocks and marks
// spanning lines (except HTML comments and fenced code) are not recognised.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Element {
        Heading,
        HeadingMarker,
        Strong,
        Emphasis,
        Strikethrough,
        EmphasisMarker,
        CodeSpan,
        CodeBlock,
        CodeFence,
        LinkText,
        LinkTarget,
        Url,
        ListMarker,
        BlockQuote,
        BlockQuoteMarker,
        TableSyntax,
        HtmlComment,
        FootnoteReference,
        Addition,
        Deletion,
        Highlight,
        ReviewComment,
        ReviewMarker,
    };

    // The inline patterns (emphasis, code spans, review marks) look for a
    // closer from each opener, so their time grows with the openers of a
    // line times its length: a 350 KB line of `*a **a ` took minutes. A line
    // with more characters that open them than this keeps its block syntax
    // only; that bounds the time by the length of the text.
    static constexpr qsizetype MaximumInlineOpeners = 1000;

    explicit MarkdownHighlighter(QTextDocument *document);

    // The format an element gets; other formats may be merged over it
    // (bold inside a heading).
    QTextCharFormat charFormat(Element element) const;

    // Whether `block` lies between the fences of a fenced code block, where
    // Markdown editing aids do not apply. Valid once the highlighter has
    // seen the block's predecessor.
    static bool isInsideCodeBlock(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        qsizetype start;
        qsizetype length;
        Element element;
    };

    void highlightFencedLine(const QString &text, int state);
    static int findHtmlComments(const QString &text, QString &masked, QList<Span> &comments, bool continuesComment);
    static QList<Span> findInlines(QString &masked);
    void highlightBlockSyntax(const QString &masked);
    void highlightReviewMarks(const QString &masked);
    void mergeFormat(qsizetype start, qsizetype length, Element element);

    static constexpr int ElementCount = int(Element::ReviewMarker) + 1;
    std::array<QTextCharFormat, ElementCount> m_formats;
};
