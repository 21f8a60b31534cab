#include "blockextraction.h"

#include "articlestructure.h"
#include "cmarktree.h"
#include "reviewmarks.h"
#include "sourcelines.h"
#include "textcount.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace BlockExtraction {

namespace {

// How far ahead a character of the parsed text is looked for in the
// source: past any markup, not across the rest of a huge block.
constexpr qsizetype alignmentWindow = 256;

// Extension node types (tables, strikethrough) are registered at run time;
// their names are stable.
bool hasTypeName(cmark_node *node, const char *name)
{
    const char *typeName = cmark_node_get_type_string(node);
    return typeName && strcmp(typeName, name) == 0;
}

int utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    return lead >= 0xc0 ? 2 : 1;
}

// One UTF-8 character; U+FFFD for a broken one (the article was checked
// for valid UTF-8 on load, so only a bug would give one).
char32_t decode(const char *bytes, int size)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes);
    char32_t codePoint = 0xfffd;
    if (size == 1 && b[0] < 0x80)
        codePoint = b[0];
    else if (size == 2)
        codePoint = ((b[0] & 0x1f) << 6) | (b[1] & 0x3f);
    else if (size == 3)
        codePoint = ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f);
    else if (size == 4)
        codePoint = ((b[0] & 0x07) << 18) | ((b[1] & 0x3f) << 12) | ((b[2] & 0x3f) << 6) | (b[3] & 0x3f);
    return codePoint <= 0x10ffff ? codePoint : 0xfffd;
}

class BlockReader
{
public:
    BlockReader(const QByteArray &text, qsizetype cursor, qsizetype limit)
        : m_source(text), m_cursor(cursor), m_limit(limit)
    {
    }

    // Appends a literal of the parse and finds each of its characters in
    // the source, in order, skipping markup between them.
    void appendLiteral(const char *literal)
    {
        const qsizetype length = qsizetype(strlen(literal));
        // Room for the literal, growing geometrically: a block of many
        // short literals (text split by `~`, `<`, `*`…) must not be copied
        // again for each one.
        if (m_offsets.capacity() < m_offsets.size() + length) {
            const qsizetype capacity = std::max(m_offsets.size() + length, 2 * m_offsets.capacity());
            m_text.reserve(capacity);
            m_offsets.reserve(capacity);
        }
        if (m_cursor + length <= m_limit && memcmp(m_source.constData() + m_cursor, literal, size_t(length)) == 0) {
            // Most text stands in the source as it is: each character is
            // where the search below would find it, at the cursor.
            appendVerbatim(literal, length);
            return;
        }
        for (qsizetype at = 0; at < length;) {
            const int size = int(std::min<qsizetype>(utf8Length(static_cast<unsigned char>(literal[at])), length - at));
            const qsizetype found = find(literal + at, size);
            const char32_t codePoint = decode(literal + at, size);
            if (QChar::requiresSurrogates(codePoint)) {
                m_text += QChar(QChar::highSurrogate(codePoint));
                m_text += QChar(QChar::lowSurrogate(codePoint));
                m_offsets.append(found);
                m_offsets.append(found);
            } else {
                m_text += QChar(char16_t(codePoint));
                m_offsets.append(found);
            }
            if (found >= m_cursor)
                m_cursor = found + size;
            at += size;
        }
    }

    void appendVerbatim(const char *literal, qsizetype length)
    {
        // At most one UTF-16 unit per byte: written in place, then cut.
        const qsizetype textStart = m_text.size();
        const qsizetype offsetsStart = m_offsets.size();
        m_text.resize(textStart + length);
        m_offsets.resize(offsetsStart + length);
        char16_t *units = reinterpret_cast<char16_t *>(m_text.data()) + textStart;
        qsizetype *offsets = m_offsets.data() + offsetsStart;
        qsizetype written = 0;
        for (qsizetype at = 0; at < length;) {
            const int size = int(std::min<qsizetype>(utf8Length(static_cast<unsigned char>(literal[at])), length - at));
            const char32_t codePoint = decode(literal + at, size);
            const qsizetype offset = m_cursor + at;
            if (QChar::requiresSurrogates(codePoint)) {
                units[written] = QChar::highSurrogate(codePoint);
                offsets[written++] = offset;
                units[written] = QChar::lowSurrogate(codePoint);
                offsets[written++] = offset;
            } else {
                units[written] = char16_t(codePoint);
                offsets[written++] = offset;
            }
            at += size;
        }
        m_text.truncate(textStart + written);
        m_offsets.resize(offsetsStart + written);
        m_cursor += length;
    }

    void appendLineBreak()
    {
        const qsizetype found = findByte('\n');
        m_offsets.append(found);
        m_text += u'\n';
        if (found >= m_cursor)
            m_cursor = found + 1;
    }

    int position() const { return int(m_text.size()); }
    qsizetype cursor() const { return m_cursor; }

    QString takeText() { return std::move(m_text); }
    QList<qsizetype> takeOffsets(qsizetype end)
    {
        m_offsets.append(std::max(end, m_cursor));
        return std::move(m_offsets);
    }

private:
    qsizetype find(const char *bytes, int size) const
    {
        const qsizetype stop = std::min(m_limit, m_cursor + alignmentWindow) - size;
        for (qsizetype at = m_cursor; at <= stop; ++at) {
            if (memcmp(m_source.constData() + at, bytes, size_t(size)) == 0)
                return at;
        }
        return m_cursor;
    }

    qsizetype findByte(char byte) const
    {
        const qsizetype stop = std::min(m_limit, m_cursor + alignmentWindow);
        for (qsizetype at = m_cursor; at < stop; ++at) {
            if (m_source.at(at) == byte)
                return at;
        }
        return m_cursor;
    }

    const QByteArray &m_source;
    qsizetype m_cursor;
    qsizetype m_limit;
    QString m_text;
    QList<qsizetype> m_offsets;
};

std::optional<CheckBlock::Span::Type> spanTypeOf(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_CODE)
        return CheckBlock::Span::Type::Code;
    if (type == CMARK_NODE_EMPH)
        return CheckBlock::Span::Type::Emphasis;
    if (type == CMARK_NODE_STRONG)
        return CheckBlock::Span::Type::Strong;
    if (type == CMARK_NODE_LINK)
        return CheckBlock::Span::Type::Link;
    if (type == CMARK_NODE_IMAGE)
        return CheckBlock::Span::Type::Image;
    if (hasTypeName(node, "strikethrough"))
        return CheckBlock::Span::Type::Strikethrough;
    return std::nullopt;
}

// The inline content of `leaf` read into `reader`; bare URLs, raw HTML
// tags and footnote references are left out, as textlint leaves them out.
QList<CheckBlock::Span> readInlines(cmark_node *leaf, BlockReader &reader)
{
    QList<CheckBlock::Span> spans;
    QList<int> openSpans; // indices into spans, innermost last
    cmark_iter *iter = cmark_iter_new(leaf);
    cmark_event_type event;
    int hidden = 0;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (node == leaf)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LINK && TextCount::isBareUrlLink(node)) {
            hidden += event == CMARK_EVENT_ENTER ? 1 : -1;
            if (event == CMARK_EVENT_ENTER && hidden == 1)
                spans.append({CheckBlock::Span::Type::Hidden, {reader.position(), reader.position()}, openSpans.isEmpty()});
            continue;
        }
        if (hidden)
            continue;
        if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_FOOTNOTE_REFERENCE) {
            spans.append({CheckBlock::Span::Type::Hidden, {reader.position(), reader.position()}, openSpans.isEmpty()});
            continue;
        }
        if (const auto spanType = spanTypeOf(node)) {
            const bool isContainer = type != CMARK_NODE_CODE;
            if (event == CMARK_EVENT_ENTER) {
                spans.append({*spanType, {reader.position(), reader.position()}, openSpans.isEmpty()});
                if (isContainer)
                    openSpans.append(int(spans.size() - 1));
            }
            if (event == CMARK_EVENT_EXIT && isContainer && !openSpans.isEmpty())
                spans[openSpans.takeLast()].range.end = reader.position();
            if (type == CMARK_NODE_CODE) {
                if (const char *literal = cmark_node_get_literal(node))
                    reader.appendLiteral(literal);
                spans.last().range.end = reader.position();
            }
            continue;
        }
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (type) {
        case CMARK_NODE_TEXT:
            if (const char *literal = cmark_node_get_literal(node))
                reader.appendLiteral(literal);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            reader.appendLineBreak();
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    // An image without alt text leaves nothing out of the text but itself.
    for (CheckBlock::Span &span : spans) {
        if (span.range.begin == span.range.end && span.type == CheckBlock::Span::Type::Image)
            span.type = CheckBlock::Span::Type::Hidden;
    }
    return spans;
}

// The block text an article's review marks leave when read as accepted:
// insertions and highlights without their delimiters, no deletions, a
// substitution's new text only, and no comments, each of which ends a
// run of text as raw HTML does. Blocks are handed over in file order, so
// one cursor walks the marks along with them.
class AcceptedReading
{
public:
    AcceptedReading(const QByteArray &text, QList<ReviewMark> marks)
    {
        const auto inFileOrder = [](const ReviewMark &a, const ReviewMark &b) { return a.begin < b.begin; };
        if (!std::is_sorted(marks.cbegin(), marks.cend(), inFileOrder))
            std::sort(marks.begin(), marks.end(), inFileOrder);
        m_ranges.reserve(size_t(marks.size()) * 2);
        qsizetype previousEnd = -1;
        auto leaveOut = [this](qsizetype begin, qsizetype end, Range::Kind kind, qsizetype markEnd) {
            if (end > begin)
                m_ranges.push_back({begin, end, kind, markEnd});
        };
        for (const ReviewMark &mark : std::as_const(marks)) {
            if (mark.begin < previousEnd)
                continue;
            switch (mark.kind) {
            case ReviewMarkKind::Insertion:
            case ReviewMarkKind::Highlight:
                leaveOut(mark.begin, mark.contentBegin, Range::Kind::Markup, mark.end);
                leaveOut(mark.contentEnd, mark.end, Range::Kind::Markup, mark.end);
                break;
            case ReviewMarkKind::Deletion:
                leaveOut(mark.begin, mark.end, Range::Kind::Markup, mark.end);
                break;
            case ReviewMarkKind::Substitution:
                if (mark.newBegin < mark.begin || mark.newEnd < mark.newBegin)
                    continue;
                leaveOut(mark.begin, mark.newBegin, Range::Kind::SubstitutionOpening, mark.end);
                leaveOut(mark.newEnd, mark.end, Range::Kind::Markup, mark.end);
                break;
            case ReviewMarkKind::Comment: {
                // Accepting drops the spaces that join a comment to the mark
                // before it (ReviewMarks::resolved).
                qsizetype begin = mark.begin;
                if (previousEnd >= 0) {
                    qsizetype at = previousEnd;
                    while (at < mark.begin && (text.at(at) == ' ' || text.at(at) == '\t'))
                        ++at;
                    if (at == mark.begin)
                        begin = previousEnd;
                }
                leaveOut(begin, mark.end, Range::Kind::Comment, mark.end);
                break;
            }
            }
            previousEnd = mark.end;
        }
    }

    // Leaves the marks' bytes out of one block: its text, the source offset
    // of each UTF-16 index (and the one past the end) and its spans.
    void apply(QString &text, QList<qsizetype> &offsets, QList<CheckBlock::Span> &spans, QList<int> &gaps)
    {
        const int size = int(text.size());
        if (m_ranges.empty() || size == 0)
            return;
        const qsizetype first = offsets.at(0);
        // cmark-gfm moves footnote definitions to the end of the document.
        if (first < m_blockBegin) {
            m_next = size_t(std::partition_point(m_ranges.cbegin(), m_ranges.cend(),
                                                 [first](const Range &range) { return range.end <= first; })
                            - m_ranges.cbegin());
        }
        m_blockBegin = first;
        while (m_next < m_ranges.size() && m_ranges[m_next].end <= first)
            ++m_next;
        if (m_next == m_ranges.size() || m_ranges[m_next].begin > offsets.at(size - 1))
            return;

        struct Comment
        {
            int unit;     // its first index in the block's text
            int position; // the same place in the text that is kept
        };
        std::vector<int> keptBefore(size_t(size) + 1);
        std::vector<int> rangeOf(size_t(size), -1);
        std::vector<Comment> comments;
        QString keptText;
        keptText.reserve(size);
        QList<qsizetype> keptOffsets;
        keptOffsets.reserve(size + 1);
        int lastComment = -1;
        size_t next = m_next;
        for (int unit = 0; unit < size; ++unit) {
            const qsizetype offset = offsets.at(unit);
            while (next < m_ranges.size() && m_ranges[next].end <= offset)
                ++next;
            keptBefore[size_t(unit)] = int(keptText.size());
            if (next < m_ranges.size() && m_ranges[next].begin <= offset) {
                rangeOf[size_t(unit)] = int(next);
                if (m_ranges[next].kind == Range::Kind::Comment && lastComment != int(next)) {
                    comments.push_back({unit, int(keptText.size())});
                    lastComment = int(next);
                }
                if (gaps.isEmpty() || gaps.last() != keptText.size())
                    gaps.append(int(keptText.size()));
                continue;
            }
            keptText += text.at(unit);
            keptOffsets.append(offset);
        }
        if (keptText.size() == size)
            return;
        keptBefore[size_t(size)] = int(keptText.size());
        keptOffsets.append(offsets.at(size));

        // Where an empty span stands: inside left-out bytes when the index
        // after it and the one before it were left out for the same mark
        // (every mark starts with a `{` that is text).
        auto isInsideLeftOut = [&](int unit) {
            return unit > 0 && unit < size && rangeOf[size_t(unit)] >= 0
                && rangeOf[size_t(unit)] == rangeOf[size_t(unit - 1)];
        };
        QList<CheckBlock::Span> kept;
        kept.reserve(spans.size() + qsizetype(comments.size()));
        size_t nextComment = 0;
        qsizetype container = 0; // the first top-level span that may hold a comment
        auto addCommentsUpTo = [&](int unit) {
            for (; nextComment < comments.size() && comments[nextComment].unit <= unit; ++nextComment) {
                const Comment &comment = comments[nextComment];
                while (container < spans.size()
                       && (!spans.at(container).isTopLevel || spans.at(container).range.end <= comment.unit))
                    ++container;
                const bool isTopLevel = container == spans.size() || spans.at(container).range.begin > comment.unit;
                kept.append({CheckBlock::Span::Type::Hidden, {comment.position, comment.position}, isTopLevel});
            }
        };
        for (const CheckBlock::Span &span : std::as_const(spans)) {
            addCommentsUpTo(span.range.begin);
            const int begin = std::clamp(span.range.begin, 0, size);
            const int end = std::clamp(span.range.end, begin, size);
            const TextRange range{keptBefore[size_t(begin)], keptBefore[size_t(end)]};
            if (begin == end) {
                if (isInsideLeftOut(begin))
                    continue;
            } else if (range.begin == range.end) {
                continue;
            } else if (span.type == CheckBlock::Span::Type::Strikethrough && rangeOf[size_t(begin)] >= 0) {
                // cmark-gfm reads a substitution's `~~…~~` as strikethrough.
                const Range &opening = m_ranges[size_t(rangeOf[size_t(begin)])];
                if (opening.kind == Range::Kind::SubstitutionOpening && offsets.at(end - 1) < opening.markEnd)
                    continue;
            }
            kept.append({span.type, range, span.isTopLevel});
        }
        addCommentsUpTo(size);

        text = std::move(keptText);
        offsets = std::move(keptOffsets);
        spans = std::move(kept);
    }

private:
    // Bytes of the article left out, ascending and apart.
    struct Range
    {
        enum class Kind { Markup, SubstitutionOpening, Comment };
        qsizetype begin;
        qsizetype end;
        Kind kind;
        qsizetype markEnd; // the end of the mark the bytes belong to
    };
    std::vector<Range> m_ranges;
    size_t m_next = 0;
    qsizetype m_blockBegin = -1;
};

CheckBlock::Kind kindOf(cmark_node *leaf, bool *inBlockQuote)
{
    *inBlockQuote = false;
    CheckBlock::Kind kind = CheckBlock::Kind::Paragraph;
    if (cmark_node_get_type(leaf) == CMARK_NODE_HEADING)
        kind = CheckBlock::Kind::Heading;
    else if (hasTypeName(leaf, "table_cell"))
        kind = CheckBlock::Kind::TableCell;
    for (cmark_node *parent = cmark_node_parent(leaf); parent; parent = cmark_node_parent(parent)) {
        const cmark_node_type type = cmark_node_get_type(parent);
        if (type == CMARK_NODE_BLOCK_QUOTE)
            *inBlockQuote = true;
        else if (type == CMARK_NODE_FOOTNOTE_DEFINITION)
            kind = CheckBlock::Kind::Footnote;
        else if (type == CMARK_NODE_ITEM && kind == CheckBlock::Kind::Paragraph)
            kind = CheckBlock::Kind::ListItem;
    }
    return kind;
}

} // namespace

QList<ReviewMark> reviewMarksOf(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree)
{
    const qsizetype from = std::min(structure.markdownBegin, text.size());
    if (!ReviewMarks::mayHoldMarks(text.constData() + from, text.size() - from))
        return {};
    return ReviewMarks::parse(text, structure, tree).marks();
}

QList<SourceBlock> extract(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree)
{
    return extract(text, structure, tree, reviewMarksOf(text, structure, tree));
}

QList<SourceBlock> extract(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree,
                           const QList<ReviewMark> &marks)
{
    QList<SourceBlock> blocks;
    const qsizetype base = structure.markdownBegin;
    const QList<qsizetype> starts = SourceLines::lineStarts(text, base);
    const qsizetype size = text.size();
    auto offsetOf = [&](int line, int column) {
        const qsizetype lineBegin = SourceLines::lineStart(starts, line, size);
        return std::min(size, lineBegin + std::max(0, column - 1));
    };

    AcceptedReading accepted(text, marks);
    qsizetype rowCursor = 0;
    qsizetype rowEnd = 0;
    cmark_iter *iter = cmark_iter_new(tree.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        const bool isCell = hasTypeName(node, "table_cell");
        // cmark-gfm names the first row of a table "table_header".
        if (hasTypeName(node, "table_row") || hasTypeName(node, "table_header")) {
            const int line = CmarkTree::blockStartLine(node);
            rowCursor = offsetOf(line, 1);
            rowEnd = SourceLines::lineStart(starts, line + 1, size);
            continue;
        }
        if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING && !isCell)
            continue;

        qsizetype begin;
        qsizetype limit;
        if (isCell) {
            begin = rowCursor;
            limit = rowEnd;
        } else {
            begin = offsetOf(CmarkTree::blockStartLine(node), cmark_node_get_start_column(node));
            const int endLine = std::max(cmark_node_get_end_line(node), CmarkTree::blockStartLine(node));
            limit = SourceLines::lineStart(starts, endLine + 1, size);
        }
        BlockReader reader(text, begin, limit);
        QList<CheckBlock::Span> spans = readInlines(node, reader);
        if (isCell)
            rowCursor = reader.cursor();
        QString blockText = reader.takeText();
        QList<qsizetype> offsets = reader.takeOffsets(reader.cursor());
        QList<int> gaps;
        accepted.apply(blockText, offsets, spans, gaps);
        if (blockText.trimmed().isEmpty())
            continue;
        bool inBlockQuote = false;
        const CheckBlock::Kind kind = kindOf(node, &inBlockQuote);
        auto block = std::make_shared<CheckBlock>(kind, std::move(blockText), std::move(spans));
        block->setInBlockQuote(inBlockQuote);
        if (type == CMARK_NODE_HEADING)
            block->setHeadingLevel(cmark_node_get_heading_level(node));
        if (!gaps.isEmpty())
            block->setReviewMarkGaps(std::move(gaps));
        SourceBlock source;
        source.block = std::move(block);
        source.sourceOffsets = std::move(offsets);
        source.section = structure.sectionAt(begin);
        blocks.append(std::move(source));
    }
    cmark_iter_free(iter);
    return blocks;
}

} // namespace BlockExtraction
