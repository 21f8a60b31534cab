#include "articlesearch.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "headingsyntax.h"
#include "wordclass.h"

#include <cmark-gfm.h>

#include <algorithm>

namespace {

// [begin, end) in UTF-16 units of the decoded text.
struct Range
{
    qsizetype begin;
    qsizetype end;
};

// The text as the regular expression sees it, and for each UTF-16 unit
// (and one past the end) the byte of the source it starts at.
struct DecodedText
{
    QString string;
    QList<qsizetype> byteOffsets;

    qsizetype unitAt(qsizetype byteOffset) const
    {
        return std::lower_bound(byteOffsets.cbegin(), byteOffsets.cend(), byteOffset) - byteOffsets.cbegin();
    }
};

int utf8Length(char16_t unit)
{
    return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
}

// The length of the UTF-8 sequence `lead` starts; 0 for a byte that starts none.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

DecodedText decode(const QByteArray &bytes)
{
    DecodedText decoded;
    decoded.string = QString::fromUtf8(bytes);
    decoded.byteOffsets.reserve(decoded.string.size() + 1);
    if (decoded.string.toUtf8() == bytes) {
        qsizetype byte = 0;
        const QString &string = decoded.string;
        for (qsizetype i = 0; i < string.size(); ++i) {
            decoded.byteOffsets.append(byte);
            const char16_t unit = string.at(i).unicode();
            if (QChar::isHighSurrogate(unit) && i + 1 < string.size() && string.at(i + 1).isLowSurrogate()) {
                decoded.byteOffsets.append(byte);
                byte += 4;
                ++i;
            } else {
                byte += utf8Length(unit);
            }
        }
        decoded.byteOffsets.append(byte);
        return decoded;
    }

    // Damaged UTF-8 (a read-only article): how many bytes Qt turns into one
    // replacement character is not specified, so decode one sequence at a
    // time and let each bad byte stand for one U+FFFD.
    decoded.string.clear();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = sequenceLength(lead);
        QString character;
        if (length == 1) {
            character = QChar(lead);
        } else if (length > 1 && i + length <= size) {
            const QByteArray sequence = bytes.mid(i, length);
            character = QString::fromUtf8(sequence);
            if (character.toUtf8() != sequence)
                character.clear();
        }
        if (character.isEmpty()) {
            character = QChar(QChar::ReplacementCharacter);
            length = 1;
        }
        for (const QChar unit : std::as_const(character)) {
            decoded.string.append(unit);
            decoded.byteOffsets.append(i);
        }
        i += length;
    }
    decoded.byteOffsets.append(size);
    return decoded;
}

// Byte offsets where file lines start, with the line breaks
// ArticleDocument::lineOfOffset() counts (LF, CRLF, CR).
QList<qsizetype> lineStarts(const QByteArray &text)
{
    QList<qsizetype> starts{0};
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
            starts.append(i + 1);
    }
    return starts;
}

qsizetype lineStart(const QList<qsizetype> &starts, int fileLine, qsizetype size)
{
    if (fileLine < 1)
        return 0;
    return fileLine - 1 < starts.size() ? starts.at(fileLine - 1) : size;
}

// Sorted and merged, so that an overlap test is one binary search.
QList<Range> normalized(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.begin < b.begin; });
    QList<Range> merged;
    for (const Range &range : std::as_const(ranges)) {
        if (range.end <= range.begin)
            continue;
        if (!merged.isEmpty() && range.begin <= merged.last().end)
            merged.last().end = std::max(merged.last().end, range.end);
        else
            merged.append(range);
    }
    return merged;
}

bool overlaps(const QList<Range> &ranges, qsizetype begin, qsizetype end)
{
    // The first range ending after `begin`.
    const auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), begin,
                                     [](qsizetype value, const Range &range) { return value < range.end; });
    return it != ranges.cend() && it->begin < end;
}

void blank(QString &text, const Range &range)
{
    for (qsizetype i = range.begin; i < range.end; ++i) {
        if (text.at(i) != u'\n' && text.at(i) != u'\r')
            text[i] = u' ';
    }
}

// Fenced and indented code blocks, at any depth (lists, block quotes), as
// whole lines. Block source positions are exact in cmark-gfm; inline ones
// are not (autolinks), hence the lexical scan below for the rest.
QList<Range> codeBlocks(const ArticleDocument &document, const DecodedText &decoded, const QList<qsizetype> &starts)
{
    QList<Range> ranges;
    const int lineOffset = document.frontMatter().lineCount;
    const qsizetype size = document.text().size();
    cmark_iter *iter = cmark_iter_new(document.markdownTree().root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK)
            continue;
        const qsizetype begin = lineStart(starts, cmark_node_get_start_line(node) + lineOffset, size);
        const qsizetype end = lineStart(starts, cmark_node_get_end_line(node) + lineOffset + 1, size);
        ranges.append({decoded.unitAt(begin), decoded.unitAt(end)});
    }
    cmark_iter_free(iter);
    return ranges;
}

bool isBlankLineAt(const QString &text, qsizetype position)
{
    while (position < text.size() && (text.at(position) == u' ' || text.at(position) == u'\t'
                                      || text.at(position) == u'\r'))
        ++position;
    return position >= text.size() || text.at(position) == u'\n';
}

// Code spans: a run of backticks closed by a run of the same length in the
// same paragraph. Outside code spans a backslash escapes a backtick.
QList<Range> codeSpans(const QString &text)
{
    QList<Range> ranges;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) != u'`') {
            ++i;
            continue;
        }
        qsizetype runEnd = i;
        while (runEnd < size && text.at(runEnd) == u'`')
            ++runEnd;
        const qsizetype length = runEnd - i;
        qsizetype close = -1;
        for (qsizetype j = runEnd; j < size;) {
            if (text.at(j) == u'`') {
                qsizetype k = j;
                while (k < size && text.at(k) == u'`')
                    ++k;
                if (k - j == length) {
                    close = j;
                    break;
                }
                j = k;
            } else if (text.at(j) == u'\n' && isBlankLineAt(text, j + 1)) {
                break;
            } else {
                ++j;
            }
        }
        if (close >= 0) {
            ranges.append({i, close + length});
            i = close + length;
        } else {
            i = runEnd;
        }
    }
    return ranges;
}

QList<Range> urls(const QString &text)
{
    // Capture 1 of each is the URL.
    static const QRegularExpression patterns[] = {
        // Inline link or image destination, bare or in pointy brackets.
        QRegularExpression(QStringLiteral("\\]\\([ \\t]*\\r?\\n?[ \\t]*(<[^<>\\n]*>|(?:[^\\s()\\\\]|\\\\.|\\([^\\s()]*\\))+)")),
        // Autolink.
        QRegularExpression(QStringLiteral("(<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\\s<>]*>)")),
        // GFM's bare URL.
        QRegularExpression(QStringLiteral("((?:https?://|www\\.)[^\\s<>]+)")),
        // Link reference definition (not a footnote's).
        QRegularExpression(QStringLiteral("^[ \\t]{0,3}\\[(?!\\^)[^\\]\\n]+\\]:[ \\t]*(<[^<>\\n]*>|\\S+)"),
                           QRegularExpression::MultilineOption),
    };
    QList<Range> ranges;
    for (const QRegularExpression &pattern : patterns) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            ranges.append({match.capturedStart(1), match.capturedEnd(1)});
        }
    }
    return ranges;
}

bool isWholeWord(const QString &text, qsizetype begin, qsizetype end)
{
    auto joins = [&](qsizetype outside, qsizetype inside) {
        const WordClass word = wordClass(text.at(inside));
        return word != WordClass::None && wordClass(text.at(outside)) == word;
    };
    return (begin == 0 || !joins(begin - 1, begin)) && (end == text.size() || !joins(end, end - 1));
}

qsizetype nextStart(const QString &text, qsizetype position)
{
    ++position;
    if (position < text.size() && text.at(position).isLowSurrogate())
        ++position;
    return position;
}

} // namespace

ArticleSearch::ArticleSearch(const QString &pattern, Options options)
    : m_pattern(pattern)
    , m_options(options)
{
    QRegularExpression::PatternOptions patternOptions = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.testFlag(Option::CaseSensitive))
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    if (options.testFlag(Option::RegularExpression))
        patternOptions |= QRegularExpression::MultilineOption;
    m_expression = QRegularExpression(
        options.testFlag(Option::RegularExpression) ? pattern : QRegularExpression::escape(pattern), patternOptions);
    m_expression.optimize();
}

bool ArticleSearch::isValid() const
{
    return !m_pattern.isEmpty() && m_expression.isValid();
}

QString ArticleSearch::errorString() const
{
    if (m_pattern.isEmpty() || m_expression.isValid())
        return QString();
    return tr("%1 (at character %2)").arg(m_expression.errorString()).arg(m_expression.patternErrorOffset() + 1);
}

QList<SearchMatch> ArticleSearch::findAll(const ArticleDocument &document) const
{
    QList<SearchMatch> matches;
    if (!isValid())
        return matches;

    const QByteArray &bytes = document.text();
    const DecodedText decoded = decode(bytes);
    const QString &string = decoded.string;
    const bool regularExpression = m_options.testFlag(Option::RegularExpression);
    const bool wholeWords = m_options.testFlag(Option::WholeWords);

    QList<Range> found;
    for (qsizetype position = 0; position <= string.size();) {
        const QRegularExpressionMatch match = m_expression.match(string, position);
        if (!match.hasMatch())
            break;
        const qsizetype begin = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        // An empty match has nothing to select or replace.
        if (begin == end || (wholeWords && !isWholeWord(string, begin, end))) {
            position = nextStart(string, begin);
            continue;
        }
        found.append({begin, end});
        SearchMatch result;
        result.text = match.captured();
        if (regularExpression)
            result.captures = match.capturedTexts();
        matches.append(result);
        position = end;
    }
    if (matches.isEmpty())
        return matches;

    const FrontMatter &frontMatter = document.frontMatter();
    const ArticleStructure &structure = document.structure();
    const QList<qsizetype> starts = lineStarts(bytes);

    // Code and URLs, in UTF-16 units of the whole text; front matter is YAML
    // and has neither.
    const qsizetype markdownBegin = decoded.unitAt(structure.markdownBegin);
    QList<Range> code = codeBlocks(document, decoded, starts);
    QString markdown = string.mid(markdownBegin);
    for (const Range &range : std::as_const(code))
        blank(markdown, {range.begin - markdownBegin, range.end - markdownBegin});
    for (const Range &span : codeSpans(markdown)) {
        blank(markdown, span);
        code.append({span.begin + markdownBegin, span.end + markdownBegin});
    }
    QList<Range> links = urls(markdown);
    for (Range &range : links) {
        range.begin += markdownBegin;
        range.end += markdownBegin;
    }
    code = normalized(code);
    links = normalized(links);

    // The body editor shows CRLF as LF; count the pairs before each unit.
    QList<qsizetype> crlfBefore;
    if (bytes.contains('\r')) {
        crlfBefore.reserve(string.size() + 1);
        qsizetype count = 0;
        for (qsizetype i = 0; i < string.size(); ++i) {
            crlfBefore.append(count);
            if (string.at(i) == u'\r' && i + 1 < string.size() && string.at(i + 1) == u'\n')
                ++count;
        }
        crlfBefore.append(count);
    }
    auto editorLength = [&](qsizetype begin, qsizetype end) {
        return int(end - begin - (crlfBefore.isEmpty() ? 0 : crlfBefore.at(end) - crlfBefore.at(begin)));
    };

    for (qsizetype i = 0; i < matches.size(); ++i) {
        SearchMatch &match = matches[i];
        const Range range = found.at(i);
        match.offset = decoded.byteOffsets.at(range.begin);
        match.length = decoded.byteOffsets.at(range.end) - match.offset;
        match.line = int(std::upper_bound(starts.cbegin(), starts.cend(), match.offset) - starts.cbegin());
        match.isInCode = overlaps(code, range.begin, range.end);
        match.isInUrl = overlaps(links, range.begin, range.end);

        if (frontMatter.isPresent && match.offset < frontMatter.end) {
            match.place = SearchMatch::Place::FrontMatter;
            match.section = SearchMatch::FrontMatterSection;
            continue;
        }
        match.section = structure.sectionAt(match.offset);
        if (match.section < 0) {
            match.place = SearchMatch::Place::Lead;
            match.section = SearchMatch::LeadSection;
            match.formPosition = editorLength(markdownBegin, range.begin);
            match.formLength = editorLength(range.begin, range.end);
            continue;
        }
        const Section &section = structure.sections.at(match.section);
        if (match.offset >= section.bodyBegin) {
            match.place = SearchMatch::Place::SectionBody;
            const qsizetype bodyBegin = decoded.unitAt(section.bodyBegin);
            match.formPosition = editorLength(bodyBegin, range.begin);
            match.formLength = editorLength(range.begin, range.end);
        } else if (match.offset >= section.headingEnd) {
            match.place = SearchMatch::Place::SectionAttributes;
        } else {
            match.place = SearchMatch::Place::Heading;
            // The heading field shows the content without its marker, line
            // breaks dropped or turned into spaces.
            const HeadingSyntax syntax = HeadingSyntax::parse(bytes, section);
            const qsizetype contentBegin = decoded.unitAt(syntax.contentBegin);
            const qsizetype begin = std::max(range.begin, contentBegin);
            const qsizetype end = std::min(range.end, decoded.unitAt(syntax.contentEnd));
            if (begin < end) {
                auto fieldLength = [&](qsizetype from, qsizetype to) {
                    return int(to - from - QStringView(string).sliced(from, to - from).count(u'\r'));
                };
                match.formPosition = fieldLength(contentBegin, begin);
                match.formLength = fieldLength(begin, end);
            }
        }
    }
    return matches;
}

QString ArticleSearch::replacementFor(const SearchMatch &match, const QString &replacement)
{
    if (match.captures.isEmpty())
        return replacement;
    const qsizetype lastCapture = match.captures.size() - 1;
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar character = replacement.at(i);
        if (character == u'\\' && i + 1 < replacement.size() && replacement.at(i + 1).isDigit()) {
            int number = replacement.at(i + 1).digitValue();
            int digits = 1;
            if (i + 2 < replacement.size() && replacement.at(i + 2).isDigit()) {
                const int twoDigits = number * 10 + replacement.at(i + 2).digitValue();
                if (twoDigits <= lastCapture) {
                    number = twoDigits;
                    digits = 2;
                }
            }
            if (number >= 0 && number <= lastCapture) {
                result += match.captures.at(number);
                i += digits;
                continue;
            }
        }
        result += character;
    }
    return result;
}
