#include "markdownhighlighter.h"

#include <QRegularExpression>
#include <QTextBlock>

namespace {

// Block states: bit 0 carries an unclosed HTML comment to the next line; an
// open code fence stores its character kind and its length, because only a
// fence of the same character and at least the same length closes it.
constexpr int InHtmlComment = 0x1;
constexpr int InBacktickFence = 0x2;
constexpr int InTildeFence = 0x4;
constexpr int FenceKindMask = InBacktickFence | InTildeFence;
constexpr int FenceLengthShift = 8;
constexpr int MaximumFenceLength = 0xffff;

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto Anchored = QRegularExpression::AnchorAtOffsetMatchOption;

using Element = MarkdownHighlighter::Element;

// Hides text already claimed by a construct that Markdown reads literally
// (code, URLs, comments, escaped characters) from the patterns that run
// after it, keeping every offset valid.
void mask(QString &masked, qsizetype start, qsizetype length)
{
    for (qsizetype i = start; i < start + length; ++i)
        masked[i] = QChar::ObjectReplacementCharacter;
}

qsizetype inlineOpenerCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit == u'*' || unit == u'_' || unit == u'`' || unit == u'~' || unit == u'{')
            ++count;
    }
    return count;
}

// CommonMark's flanking rules for a delimiter run: an opener is followed by
// no white space and, when followed by punctuation, preceded by white space
// or punctuation; a closer mirrors that. cmark-gfm counts ASCII symbols and
// Unicode P* as punctuation, which is why `**「語」**は` stays unbolded.
QRegularExpression emphasisPattern(const QString &delimiter)
{
    const QString punctuation = QStringLiteral("[\\p{P}!-/:-@\\[-`{-~]");
    const QString run = QRegularExpression::escape(delimiter);
    const QString single = QRegularExpression::escape(delimiter.left(1));
    // `_` may not open or close inside a word, Japanese words included.
    const bool intraword = delimiter.startsWith(u'_');
    const QString notAfterWord = intraword ? QStringLiteral("(?<![\\p{L}\\p{N}])") : QString();
    const QString notBeforeWord = intraword ? QStringLiteral("(?![\\p{L}\\p{N}])") : QString();
    const QString pattern = notAfterWord + QStringLiteral("(?<!%1)%2(?!%1)(?=\\S)(?:(?!%3)|(?<=^%2|[\\s%4]%2))"
                                                         "(.+?)"
                                                         "(?<=\\S)(?<!%1)(?:(?<!%3)|(?=%2(?:$|[\\s%4])))%2(?!%1)")
                                              .arg(single, run, punctuation, punctuation.mid(1, punctuation.size() - 2))
        + notBeforeWord;
    return QRegularExpression(pattern, Unicode);
}

QTextCharFormat foreground(const char *colour)
{
    QTextCharFormat format;
    format.setForeground(QColor(QLatin1String(colour)));
    return format;
}

QTextCharFormat foregroundOnBackground(const char *colour, const char *background)
{
    QTextCharFormat format = foreground(colour);
    format.setBackground(QColor(QLatin1String(background)));
    return format;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // A restrained palette for a light background: structure in muted
    // navy, amber and grey; colour saturation is kept for review marks,
    // which a reviewer must not miss.
    auto set = [this](Element element, const QTextCharFormat &format) { m_formats[int(element)] = format; };
    const QStringList monospace = {QStringLiteral("Noto Sans Mono CJK JP"), QStringLiteral("IPAGothic"),
                                   QStringLiteral("monospace")};

    QTextCharFormat heading = foreground("#1c3d6e");
    heading.setFontWeight(QFont::Bold);
    set(Element::Heading, heading);
    QTextCharFormat headingMarker = foreground("#8ea3c0");
    headingMarker.setFontWeight(QFont::Bold);
    set(Element::HeadingMarker, headingMarker);

    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    set(Element::Strong, strong);
    // Japanese fonts have no italic and slanted kana read poorly: a
    // colour carries the emphasis where the slant does not.
    QTextCharFormat emphasis = foreground("#5b3f86");
    emphasis.setFontItalic(true);
    set(Element::Emphasis, emphasis);
    QTextCharFormat strikethrough = foreground("#767676");
    strikethrough.setFontStrikeOut(true);
    set(Element::Strikethrough, strikethrough);
    set(Element::EmphasisMarker, foreground("#a3a3a3"));

    QTextCharFormat codeSpan = foregroundOnBackground("#9a3b12", "#f3f0e8");
    codeSpan.setFontFamilies(monospace);
    set(Element::CodeSpan, codeSpan);
    QTextCharFormat codeBlock = foregroundOnBackground("#36404a", "#f4f5f2");
    codeBlock.setFontFamilies(monospace);
    set(Element::CodeBlock, codeBlock);
    QTextCharFormat codeFence = foregroundOnBackground("#8a8f94", "#f4f5f2");
    codeFence.setFontFamilies(monospace);
    set(Element::CodeFence, codeFence);

    set(Element::LinkText, foreground("#1a5aa6"));
    set(Element::LinkTarget, foreground("#7a8ca3"));
    QTextCharFormat url = foreground("#1a5aa6");
    url.setFontUnderline(true);
    set(Element::Url, url);

    QTextCharFormat listMarker = foreground("#b0570f");
    listMarker.setFontWeight(QFont::Bold);
    set(Element::ListMarker, listMarker);
    set(Element::BlockQuote, foreground("#56675a"));
    QTextCharFormat quoteMarker = foreground("#8fa393");
    quoteMarker.setFontWeight(QFont::Bold);
    set(Element::BlockQuoteMarker, quoteMarker);
    set(Element::TableSyntax, foreground("#9aa5b1"));

    QTextCharFormat comment = foreground("#a3a3a3");
    comment.setFontItalic(true);
    set(Element::HtmlComment, comment);
    set(Element::FootnoteReference, foreground("#7a4f9a"));

    set(Element::Addition, foregroundOnBackground("#1e7b34", "#e6f4ea"));
    QTextCharFormat deletion = foregroundOnBackground("#b42318", "#fdecea");
    deletion.setFontStrikeOut(true);
    set(Element::Deletion, deletion);
    set(Element::Highlight, foregroundOnBackground("#3d3400", "#fff1a6"));
    QTextCharFormat reviewComment = foregroundOnBackground("#7a5c00", "#f6efdc");
    reviewComment.setFontItalic(true);
    set(Element::ReviewComment, reviewComment);
    QTextCharFormat reviewMarker = foreground("#a0a0a0");
    reviewMarker.setFontStrikeOut(false);
    set(Element::ReviewMarker, reviewMarker);
}

QTextCharFormat MarkdownHighlighter::charFormat(Element element) const
{
    return m_formats[int(element)];
}

bool MarkdownHighlighter::isInsideCodeBlock(const QTextBlock &block)
{
    const QTextBlock previous = block.previous();
    return previous.isValid() && previous.userState() > 0 && (previous.userState() & FenceKindMask);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = qMax(previousBlockState(), 0);
    if (previous & FenceKindMask) {
        highlightFencedLine(text, previous);
        return;
    }

    const bool continuesComment = previous & InHtmlComment;
    if (!continuesComment) {
        static const QRegularExpression fenceOpen(QStringLiteral("^[ \\t]*(`{3,}(?=[^`]*$)|~{3,})"));
        const QRegularExpressionMatch fence = fenceOpen.match(text);
        if (fence.hasMatch()) {
            setFormat(0, text.size(), m_formats[int(Element::CodeFence)]);
            const int kind = fence.captured(1).startsWith(u'`') ? InBacktickFence : InTildeFence;
            const int length = int(qMin<qsizetype>(fence.capturedLength(1), MaximumFenceLength));
            setCurrentBlockState(kind | (length << FenceLengthShift));
            return;
        }
    }

    // Block syntax is the base; inline spans and review marks are merged
    // over it; comments, where nothing is Markdown, are painted last.
    QString masked = text;
    QList<Span> comments;
    const int state = findHtmlComments(text, masked, comments, continuesComment);
    const bool readsInlines = inlineOpenerCount(masked) <= MaximumInlineOpeners;
    const QList<Span> inlines = readsInlines ? findInlines(masked) : QList<Span>();
    highlightBlockSyntax(masked);
    for (const Span &span : inlines)
        mergeFormat(span.start, span.length, span.element);
    if (readsInlines)
        highlightReviewMarks(masked);
    for (const Span &comment : std::as_const(comments))
        setFormat(int(comment.start), int(comment.length), m_formats[int(Element::HtmlComment)]);
    setCurrentBlockState(state);
}

void MarkdownHighlighter::highlightFencedLine(const QString &text, int state)
{
    static const QRegularExpression fenceClose(QStringLiteral("^[ \\t]*(`{3,}|~{3,})[ \\t]*$"));
    const QRegularExpressionMatch close = fenceClose.match(text);
    const QChar fenceCharacter = (state & InBacktickFence) ? u'`' : u'~';
    if (close.hasMatch() && close.captured(1).startsWith(fenceCharacter)
        && close.capturedLength(1) >= (state >> FenceLengthShift)) {
        setFormat(0, text.size(), m_formats[int(Element::CodeFence)]);
        setCurrentBlockState(0);
        return;
    }
    setFormat(0, text.size(), m_formats[int(Element::CodeBlock)]);
    setCurrentBlockState(state);
}

// Returns the state for the next block.
int MarkdownHighlighter::findHtmlComments(const QString &text, QString &masked, QList<Span> &comments,
                                          bool continuesComment)
{
    const QString open = QStringLiteral("<!--");
    const QString close = QStringLiteral("-->");
    qsizetype start = continuesComment ? 0 : text.indexOf(open);
    qsizetype searchFrom = continuesComment ? 0 : start + open.size();
    while (start >= 0) {
        const qsizetype end = text.indexOf(close, searchFrom);
        const qsizetype stop = end < 0 ? text.size() : end + close.size();
        comments.append({start, stop - start, Element::HtmlComment});
        mask(masked, start, stop - start);
        if (end < 0)
            return InHtmlComment;
        start = text.indexOf(open, stop);
        searchFrom = start + open.size();
    }
    return 0;
}

QList<MarkdownHighlighter::Span> MarkdownHighlighter::findInlines(QString &masked)
{
    QList<Span> spans;
    auto claim = [&](qsizetype start, qsizetype length, Element element, bool literal) {
        spans.append({start, length, element});
        if (literal)
            mask(masked, start, length);
    };

    // Literal text first: code spans, escapes, autolinks and link targets,
    // so that `_` in a URL or `*` in code starts no emphasis.
    static const QRegularExpression codeSpan(QStringLiteral("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)"));
    for (QRegularExpressionMatchIterator it = codeSpan.globalMatch(masked); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        claim(match.capturedStart(), match.capturedLength(), Element::CodeSpan, false);
    }
    for (const Span &span : std::as_const(spans))
        mask(masked, span.start, span.length);

    static const QRegularExpression escape(QStringLiteral("\\\\[!-/:-@\\[-`{-~]"));
    for (QRegularExpressionMatchIterator it = escape.globalMatch(masked); it.hasNext();)
        mask(masked, it.next().capturedStart() + 1, 1);

    static const QRegularExpression angleAutolink(QStringLiteral("<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>@]+)>"));
    for (QRegularExpressionMatchIterator it = angleAutolink.globalMatch(masked); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        claim(match.capturedStart(), match.capturedLength(), Element::Url, true);
    }

    static const QRegularExpression footnoteDefinition(QStringLiteral("^ {0,3}\\[\\^[^\\]\\s]+\\]:"));
    static const QRegularExpression footnoteReference(QStringLiteral("\\[\\^[^\\]\\s]+\\]"));
    for (const QRegularExpression *pattern : {&footnoteDefinition, &footnoteReference}) {
        for (QRegularExpressionMatchIterator it = pattern->globalMatch(masked); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            claim(match.capturedStart(), match.capturedLength(), Element::FootnoteReference, true);
        }
    }

    static const QRegularExpression referenceDefinition(QStringLiteral("^ {0,3}(\\[[^\\]]+\\]:)[ \\t]*(\\S+)"));
    static const QRegularExpression inlineLink(QStringLiteral(
        "!?(\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\])"
        "(\\((?:<[^>]*>|[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\))"));
    static const QRegularExpression referenceLink(QStringLiteral(
        "!?(\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])+\\])(\\[[^\\[\\]]*\\])"));
    for (const QRegularExpression *pattern : {&referenceDefinition, &inlineLink, &referenceLink}) {
        for (QRegularExpressionMatchIterator it = pattern->globalMatch(masked); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            claim(match.capturedStart(1), match.capturedLength(1), Element::LinkText, false);
            claim(match.capturedStart(2), match.capturedLength(2), Element::LinkTarget, true);
        }
    }

    // GitHub's autolink extension: a bare URL runs to white space or `<`,
    // Japanese text included, less trailing punctuation.
    static const QRegularExpression bareUrl(QStringLiteral("(?:https?://|www\\.)[^\\s<>\\x{FFFC}]*[^\\s<>?!.,:*_~'\"\\x{FFFC}]"), Unicode);
    for (QRegularExpressionMatchIterator it = bareUrl.globalMatch(masked); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        claim(match.capturedStart(), match.capturedLength(), Element::Url, true);
    }

    static const QRegularExpression strongAsterisks = emphasisPattern(QStringLiteral("**"));
    static const QRegularExpression strongUnderscores = emphasisPattern(QStringLiteral("__"));
    static const QRegularExpression emphasisAsterisk = emphasisPattern(QStringLiteral("*"));
    static const QRegularExpression emphasisUnderscore = emphasisPattern(QStringLiteral("_"));
    // `{~~old~>new~~}` is a review mark, not a strikethrough.
    static const QRegularExpression strikethrough(QStringLiteral("(?<![{~])~~(?!~)(?=\\S)(.+?)(?<=\\S)(?<!~)~~(?![}~])"), Unicode);
    const std::pair<const QRegularExpression *, Element> emphases[] = {
        {&strongAsterisks, Element::Strong},   {&strongUnderscores, Element::Strong},
        {&emphasisAsterisk, Element::Emphasis}, {&emphasisUnderscore, Element::Emphasis},
        {&strikethrough, Element::Strikethrough},
    };
    for (const auto &[pattern, element] : emphases) {
        for (QRegularExpressionMatchIterator it = pattern->globalMatch(masked); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            claim(match.capturedStart(), match.capturedLength(), element, false);
            claim(match.capturedStart(), match.capturedStart(1) - match.capturedStart(), Element::EmphasisMarker, false);
            claim(match.capturedEnd(1), match.capturedEnd() - match.capturedEnd(1), Element::EmphasisMarker, false);
        }
    }
    return spans;
}

void MarkdownHighlighter::highlightBlockSyntax(const QString &masked)
{
    static const QRegularExpression quotePrefix(QStringLiteral("(?:[ \\t]{0,3}>[ \\t]?)+"));
    static const QRegularExpression thematicBreak(QStringLiteral(" {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression heading(QStringLiteral(" {0,3}(#{1,6})(?=[ \\t]|$)"));
    static const QRegularExpression listMarker(
        QStringLiteral("[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)(?:[ \\t]+\\[[ xX]\\](?=[ \\t]|$))?"));
    static const QRegularExpression tableDelimiterRow(
        QStringLiteral("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$"));

    qsizetype bodyStart = 0;
    const QRegularExpressionMatch quote = quotePrefix.match(masked, 0, QRegularExpression::NormalMatch, Anchored);
    if (quote.hasMatch()) {
        bodyStart = quote.capturedEnd();
        mergeFormat(0, bodyStart, Element::BlockQuoteMarker);
        mergeFormat(bodyStart, masked.size() - bodyStart, Element::BlockQuote);
    }
    const qsizetype bodyLength = masked.size() - bodyStart;

    if (thematicBreak.match(masked, bodyStart, QRegularExpression::NormalMatch, Anchored).hasMatch()) {
        mergeFormat(bodyStart, bodyLength, Element::HeadingMarker);
        return;
    }
    const QRegularExpressionMatch headingMatch = heading.match(masked, bodyStart, QRegularExpression::NormalMatch, Anchored);
    if (headingMatch.hasMatch()) {
        mergeFormat(bodyStart, bodyLength, Element::Heading);
        mergeFormat(headingMatch.capturedStart(1), headingMatch.capturedLength(1), Element::HeadingMarker);
        return;
    }
    const QRegularExpressionMatch list = listMarker.match(masked, bodyStart, QRegularExpression::NormalMatch, Anchored);
    if (list.hasMatch()) {
        mergeFormat(bodyStart, list.capturedLength(), Element::ListMarker);
        return;
    }

    if (tableDelimiterRow.match(masked, bodyStart, QRegularExpression::NormalMatch, Anchored).hasMatch()) {
        mergeFormat(bodyStart, bodyLength, Element::TableSyntax);
        return;
    }
    // Without the rows around it a line cannot be known as a table row, so
    // only the rows Japanese articles write, with a leading pipe, count.
    const QStringView body = QStringView(masked).mid(bodyStart);
    if (body.trimmed().startsWith(u'|')) {
        for (qsizetype i = bodyStart; i < masked.size(); ++i) {
            if (masked.at(i) == u'|')
                mergeFormat(i, 1, Element::TableSyntax);
        }
    }
}

// CriticMarkup goes over everything else (emphasis inside a mark keeps its
// weight); the delimiters are dimmed so the marked text stands out.
void MarkdownHighlighter::highlightReviewMarks(const QString &masked)
{
    static const QRegularExpression addition(QStringLiteral("\\{\\+\\+(.*?)\\+\\+\\}"));
    static const QRegularExpression deletion(QStringLiteral("\\{--(.*?)--\\}"));
    static const QRegularExpression highlight(QStringLiteral("\\{==(.*?)==\\}"));
    static const QRegularExpression comment(QStringLiteral("\\{>>(.*?)<<\\}"));
    static const QRegularExpression substitution(QStringLiteral("\\{~~(.*?)~>(.*?)~~\\}"));
    const std::pair<const QRegularExpression *, Element> marks[] = {
        {&addition, Element::Addition},
        {&deletion, Element::Deletion},
        {&highlight, Element::Highlight},
        {&comment, Element::ReviewComment},
    };
    constexpr qsizetype DelimiterLength = 3;
    for (const auto &[pattern, element] : marks) {
        for (QRegularExpressionMatchIterator it = pattern->globalMatch(masked); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            mergeFormat(match.capturedStart(), match.capturedLength(), element);
            mergeFormat(match.capturedStart(), DelimiterLength, Element::ReviewMarker);
            mergeFormat(match.capturedEnd() - DelimiterLength, DelimiterLength, Element::ReviewMarker);
        }
    }
    for (QRegularExpressionMatchIterator it = substitution.globalMatch(masked); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        mergeFormat(match.capturedStart(1), match.capturedLength(1), Element::Deletion);
        mergeFormat(match.capturedStart(2), match.capturedLength(2), Element::Addition);
        mergeFormat(match.capturedStart(), DelimiterLength, Element::ReviewMarker);
        mergeFormat(match.capturedEnd(1), 2, Element::ReviewMarker);
        mergeFormat(match.capturedEnd() - DelimiterLength, DelimiterLength, Element::ReviewMarker);
    }
}

void MarkdownHighlighter::mergeFormat(qsizetype start, qsizetype length, Element element)
{
    const QTextCharFormat &added = m_formats[int(element)];
    // Runs of equal formats are merged at once: a block holds few of them.
    qsizetype runStart = start;
    while (runStart < start + length) {
        const QTextCharFormat current = format(int(runStart));
        qsizetype runEnd = runStart + 1;
        while (runEnd < start + length && format(int(runEnd)) == current)
            ++runEnd;
        QTextCharFormat merged = current;
        merged.merge(added);
        setFormat(int(runStart), int(runEnd - runStart), merged);
        runStart = runEnd;
    }
}
