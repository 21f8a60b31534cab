#include "reviewmarks.h"

#include "articlestructure.h"
#include "cmarktree.h"
#include "frontmatter.h"
#include "sourcelines.h"

#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <vector>

namespace {

constexpr int kindCount = 5;
constexpr std::array<char, kindCount> delimiterChars = {'+', '-', '~', '=', '>'};
constexpr std::array<char, kindCount> closerChars = {'+', '-', '~', '=', '<'};

QString uncloseMessage(ReviewMarkKind kind)
{
    switch (kind) {
    case ReviewMarkKind::Insertion:
        return QCoreApplication::translate("ReviewMarks", "unclosed {++ insertion");
    case ReviewMarkKind::Deletion:
        return QCoreApplication::translate("ReviewMarks", "unclosed {-- deletion");
    case ReviewMarkKind::Substitution:
        return QCoreApplication::translate("ReviewMarks", "unclosed {~~ substitution");
    case ReviewMarkKind::Highlight:
        return QCoreApplication::translate("ReviewMarks", "unclosed {== highlight");
    case ReviewMarkKind::Comment:
        break;
    }
    return QCoreApplication::translate("ReviewMarks", "unclosed {>> comment");
}

QString strayCloserMessage(ReviewMarkKind kind)
{
    switch (kind) {
    case ReviewMarkKind::Insertion:
        return QCoreApplication::translate("ReviewMarks", "++} without {++");
    case ReviewMarkKind::Deletion:
        return QCoreApplication::translate("ReviewMarks", "--} without {--");
    case ReviewMarkKind::Substitution:
        return QCoreApplication::translate("ReviewMarks", "~~} without {~~");
    case ReviewMarkKind::Highlight:
        return QCoreApplication::translate("ReviewMarks", "==} without {==");
    case ReviewMarkKind::Comment:
        break;
    }
    return QCoreApplication::translate("ReviewMarks", "<<} without {>>");
}

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool hasTypeName(cmark_node *node, const char *name)
{
    const char *typeName = cmark_node_get_type_string(node);
    return typeName && strcmp(typeName, name) == 0;
}

// Sorted positions, asked for "the first at or after p" with p never
// decreasing: each position is passed once, so a block's lookups are linear.
class ForwardCursor
{
public:
    void append(qsizetype position) { m_positions.push_back(position); }
    // -1 when there is none.
    qsizetype firstFrom(qsizetype position)
    {
        while (m_next < m_positions.size() && m_positions[m_next] < position)
            ++m_next;
        return m_next < m_positions.size() ? m_positions[m_next] : -1;
    }

private:
    std::vector<qsizetype> m_positions;
    size_t m_next = 0;
};

struct Range
{
    qsizetype begin;
    qsizetype end;
};

// Finds the marks of one block (a paragraph, a heading, a table cell).
class BlockScanner
{
public:
    BlockScanner(const QByteArray &text, qsizetype begin, qsizetype end, QList<ReviewMark> *marks,
                 QList<ReviewProblem> *problems)
        : m_data(text.constData())
        , m_text(text)
        , m_begin(begin)
        , m_end(end)
        , m_marks(marks)
        , m_problems(problems)
    {
    }

    void scan()
    {
        if (m_end - m_begin < 3)
            return;
        findInertRanges();
        matchMarks();
    }

private:
    enum Inert : unsigned char { Live = 0, Escaped = 1, Code = 2 };

    unsigned char inertAt(qsizetype position) const { return m_inert[size_t(position - m_begin)]; }

    // Code spans and HTML comments, which hold no marks, and escaped bytes,
    // which open none. Code spans follow CommonMark: a backtick run is closed
    // by the next run of the same length, else it is text.
    void findInertRanges()
    {
        m_inert.assign(size_t(m_end - m_begin), Live);
        QHash<qsizetype, ForwardCursor> runsByLength;
        for (qsizetype i = m_begin; i < m_end;) {
            if (m_data[i] != '`') {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < m_end && m_data[j] == '`')
                ++j;
            runsByLength[j - i].append(i);
            i = j;
        }
        qsizetype commentEnd = -2; // -2: not looked for yet; -1: none left
        for (qsizetype i = m_begin; i < m_end;) {
            const char c = m_data[i];
            if (c == '\\' && i + 1 < m_end && isAsciiPunctuation(m_data[i + 1])) {
                m_inert[size_t(i + 1 - m_begin)] = Escaped;
                i += 2;
            } else if (c == '`') {
                qsizetype j = i;
                while (j < m_end && m_data[j] == '`')
                    ++j;
                const qsizetype length = j - i;
                const auto runs = runsByLength.find(length);
                const qsizetype closer = runs == runsByLength.end() ? -1 : runs->firstFrom(j);
                if (closer < 0) {
                    i = j;
                    continue;
                }
                markInert(i, closer + length, Code);
                i = closer + length;
            } else if (c == '<' && i + 4 <= m_end && memcmp(m_data + i, "<!--", 4) == 0) {
                if (commentEnd != -1 && commentEnd < i + 4)
                    commentEnd = indexIn("-->", i + 4);
                if (commentEnd < 0) {
                    ++i;
                    continue;
                }
                markInert(i, commentEnd + 3, Code);
                i = commentEnd + 3;
            } else {
                ++i;
            }
        }
    }

    qsizetype indexIn(const char *needle, qsizetype from) const
    {
        const qsizetype found = QByteArrayView(m_data + from, m_end - from).indexOf(QByteArrayView(needle));
        return found < 0 ? -1 : from + found;
    }

    void markInert(qsizetype begin, qsizetype end, Inert value)
    {
        std::fill(m_inert.begin() + (begin - m_begin), m_inert.begin() + (end - m_begin), value);
    }

    bool isLive(qsizetype position, qsizetype length, bool allowEscaped) const
    {
        for (qsizetype k = position; k < position + length; ++k) {
            const unsigned char inert = inertAt(k);
            if (inert == Code || (inert == Escaped && !allowEscaped))
                return false;
        }
        return true;
    }

    struct Token
    {
        qsizetype position;
        int kind;
    };

    void matchMarks()
    {
        std::vector<Token> openers;
        std::vector<Token> closerTokens;
        std::array<ForwardCursor, kindCount> closers;
        ForwardCursor arrows;
        for (qsizetype i = m_begin; i + 1 < m_end; ++i) {
            const char c = m_data[i];
            if (c == '{' && i + 2 < m_end && m_data[i + 1] == m_data[i + 2]) {
                const auto *kind = std::find(delimiterChars.cbegin(), delimiterChars.cend(), m_data[i + 1]);
                if (kind != delimiterChars.cend() && isLive(i, 3, false))
                    openers.push_back({i, int(kind - delimiterChars.cbegin())});
            }
            if (i + 2 < m_end && m_data[i + 2] == '}' && c == m_data[i + 1]) {
                const auto *kind = std::find(closerChars.cbegin(), closerChars.cend(), c);
                if (kind != closerChars.cend() && isLive(i, 3, true)) {
                    const int index = int(kind - closerChars.cbegin());
                    closers[size_t(index)].append(i);
                    closerTokens.push_back({i, index});
                }
            }
            if (c == '~' && m_data[i + 1] == '>' && isLive(i, 2, true))
                arrows.append(i);
        }

        // Ranges that are marks or read as text (a substitution without
        // `~>`): the closers inside them are not strays.
        std::vector<Range> taken;
        qsizetype position = m_begin;
        for (const Token &opener : openers) {
            if (opener.position < position)
                continue;
            const auto kind = ReviewMarkKind(opener.kind);
            const qsizetype contentBegin = opener.position + 3;
            const qsizetype closer = closers[size_t(opener.kind)].firstFrom(contentBegin);
            if (closer < 0) {
                m_problems->append({opener.position, uncloseMessage(kind)});
                continue;
            }
            ReviewMark mark;
            mark.kind = kind;
            mark.begin = opener.position;
            mark.end = closer + 3;
            mark.contentBegin = contentBegin;
            mark.contentEnd = closer;
            if (kind == ReviewMarkKind::Substitution) {
                const qsizetype arrow = arrows.firstFrom(contentBegin);
                if (arrow < 0 || arrow + 2 > closer) {
                    m_problems->append({opener.position, QCoreApplication::translate(
                                                             "ReviewMarks", "{~~ substitution without ~>")});
                    taken.push_back({mark.begin, mark.end});
                    position = mark.end;
                    continue;
                }
                mark.contentEnd = arrow;
                mark.newBegin = arrow + 2;
                mark.newEnd = closer;
            }
            mark.source = m_text.mid(mark.begin, mark.end - mark.begin);
            if (kind == ReviewMarkKind::Comment)
                readAuthor(&mark);
            taken.push_back({mark.begin, mark.end});
            position = mark.end;
            m_marks->append(mark);
        }

        auto range = taken.cbegin();
        for (const Token &closer : closerTokens) {
            while (range != taken.cend() && range->end <= closer.position)
                ++range;
            if (range != taken.cend() && range->begin <= closer.position)
                continue;
            m_problems->append({closer.position, strayCloserMessage(ReviewMarkKind(closer.kind))});
        }
    }

    // `@name YYYY-MM-DD: ` or `@name: ` at the start of a comment.
    void readAuthor(ReviewMark *mark) const
    {
        const char *data = m_data;
        const qsizetype end = mark->contentEnd;
        mark->textBegin = mark->contentBegin;
        qsizetype at = mark->contentBegin;
        if (at >= end || data[at] != '@')
            return;
        auto isFullWidthColon = [&](qsizetype p) {
            return p + 3 <= end && memcmp(data + p, "\xEF\xBC\x9A", 3) == 0;
        };
        qsizetype nameEnd = at + 1;
        while (nameEnd < end && !strchr(" \t\r\n:", data[nameEnd]) && !isFullWidthColon(nameEnd))
            ++nameEnd;
        if (nameEnd == at + 1)
            return;
        qsizetype cursor = nameEnd;
        QDate date;
        qsizetype afterSpaces = cursor;
        while (afterSpaces < end && data[afterSpaces] == ' ')
            ++afterSpaces;
        if (afterSpaces > cursor && afterSpaces + 10 <= end) {
            const QByteArrayView candidate(data + afterSpaces, 10);
            bool digits = candidate[4] == '-' && candidate[7] == '-';
            for (int k : {0, 1, 2, 3, 5, 6, 8, 9})
                digits = digits && candidate[k] >= '0' && candidate[k] <= '9';
            if (digits) {
                date = QDate::fromString(QString::fromLatin1(candidate), Qt::ISODate);
                cursor = afterSpaces + 10;
            }
        }
        if (cursor < end && data[cursor] == ':')
            cursor += 1;
        else if (isFullWidthColon(cursor))
            cursor += 3;
        else
            return;
        while (cursor < end && (data[cursor] == ' ' || data[cursor] == '\t'))
            ++cursor;
        mark->author = QString::fromUtf8(data + at + 1, nameEnd - at - 1);
        mark->date = date;
        mark->textBegin = cursor;
    }

    const char *m_data;
    const QByteArray &m_text;
    qsizetype m_begin;
    qsizetype m_end;
    QList<ReviewMark> *m_marks;
    QList<ReviewProblem> *m_problems;
    std::vector<unsigned char> m_inert;
};

bool isDelimiterRow(const char *data, qsizetype begin, qsizetype end)
{
    bool dash = false;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = data[i];
        if (c == '-')
            dash = true;
        else if (!strchr("|: \t>", c))
            return false;
    }
    return dash;
}

qsizetype withoutLineBreak(const char *data, qsizetype begin, qsizetype end)
{
    while (end > begin && (data[end - 1] == '\n' || data[end - 1] == '\r'))
        --end;
    return end;
}

// The byte ranges that may hold marks: paragraphs and headings whole, and
// each cell of a table (GFM splits a row at unescaped pipes before it reads
// code spans). Code blocks, HTML blocks and thematic breaks hold none.
std::vector<Range> markBlocks(const QByteArray &text, qsizetype markdownBegin, const CmarkTree &tree)
{
    std::vector<Range> blocks;
    const char *data = text.constData();
    const qsizetype size = text.size();
    const QList<qsizetype> starts = SourceLines::lineStarts(text, markdownBegin);
    auto lineBegin = [&](int line) { return SourceLines::lineStart(starts, line, size); };
    qsizetype covered = markdownBegin;
    auto addBlock = [&](qsizetype begin, qsizetype end) {
        begin = std::max(begin, covered);
        end = withoutLineBreak(data, begin, end);
        if (end > begin) {
            blocks.push_back({begin, end});
            covered = end;
        }
    };
    auto addCells = [&](qsizetype begin, qsizetype end) {
        qsizetype cell = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (data[i] == '\\') {
                ++i;
            } else if (data[i] == '|') {
                addBlock(cell, i);
                cell = i + 1;
            }
        }
        addBlock(cell, end);
    };

    cmark_iter *iter = cmark_iter_new(tree.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        const int startLine = cmark_node_get_start_line(node);
        const int endLine = cmark_node_get_end_line(node);
        // A paragraph a table split off above itself has no position; the
        // table's range starts with its lines and reads them below.
        if (startLine <= 0 || endLine < startLine)
            continue;
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            addBlock(lineBegin(startLine), lineBegin(endLine + 1));
        } else if (hasTypeName(node, "table")) {
            int delimiter = -1;
            for (int line = startLine + 1; line <= endLine && delimiter < 0; ++line) {
                const qsizetype begin = lineBegin(line);
                if (isDelimiterRow(data, begin, withoutLineBreak(data, begin, lineBegin(line + 1))))
                    delimiter = line;
            }
            if (delimiter < 0) {
                addBlock(lineBegin(startLine), lineBegin(endLine + 1));
                continue;
            }
            if (delimiter - 1 > startLine)
                addBlock(lineBegin(startLine), lineBegin(delimiter - 1));
            for (int line = delimiter - 1; line <= endLine; ++line) {
                if (line == delimiter)
                    continue;
                const qsizetype begin = std::max(lineBegin(line), covered);
                addCells(begin, withoutLineBreak(data, begin, lineBegin(line + 1)));
            }
        }
    }
    cmark_iter_free(iter);
    return blocks;
}

bool onlySpacesBetween(const QByteArray &text, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (text.at(i) != ' ' && text.at(i) != '\t')
            return false;
    }
    return true;
}

void linkThreads(const QByteArray &text, QList<ReviewMark> &marks)
{
    for (int i = 1; i < marks.size(); ++i) {
        ReviewMark &mark = marks[i];
        ReviewMark &previous = marks[i - 1];
        if (mark.kind != ReviewMarkKind::Comment || !onlySpacesBetween(text, previous.end, mark.begin))
            continue;
        if (previous.kind == ReviewMarkKind::Comment) {
            const int first = previous.replyTo >= 0 ? previous.replyTo : i - 1;
            mark.replyTo = first;
            marks[first].replies.append(i);
        } else {
            previous.thread = i;
            mark.target = i - 1;
        }
    }
}

} // namespace

QString ReviewMark::content() const
{
    return QString::fromUtf8(source.constData() + (contentBegin - begin), contentEnd - contentBegin);
}

QString ReviewMark::newText() const
{
    if (kind != ReviewMarkKind::Substitution)
        return {};
    return QString::fromUtf8(source.constData() + (newBegin - begin), newEnd - newBegin);
}

QString ReviewMark::commentText() const
{
    if (kind != ReviewMarkKind::Comment)
        return {};
    return QString::fromUtf8(source.constData() + (textBegin - begin), contentEnd - textBegin);
}

bool ReviewMark::isCommentBy(const QString &author, const QDate &date, const QString &text) const
{
    return kind == ReviewMarkKind::Comment && this->author == author
        && (author.isEmpty() || this->date == (date.isValid() ? date : QDate())) && commentText() == text;
}

QByteArray ReviewMark::resolution(ReviewDecision decision) const
{
    const bool accept = decision == ReviewDecision::Accept;
    const QByteArray contentBytes = source.mid(contentBegin - begin, contentEnd - contentBegin);
    switch (kind) {
    case ReviewMarkKind::Insertion:
        return accept ? contentBytes : QByteArray();
    case ReviewMarkKind::Deletion:
        return accept ? QByteArray() : contentBytes;
    case ReviewMarkKind::Substitution:
        return accept ? source.mid(newBegin - begin, newEnd - newBegin) : contentBytes;
    case ReviewMarkKind::Highlight:
        return contentBytes;
    case ReviewMarkKind::Comment:
        break;
    }
    return {};
}

// Whether `data` has an opener or a closer of a mark at all: an article
// without any (the usual case) needs no walk of its blocks.
static bool mayHoldMarkup(const char *data, qsizetype size)
{
    if (ReviewMarks::mayHoldMarks(data, size))
        return true;
    for (const void *found = memchr(data, '}', size_t(size)); found;) {
        const qsizetype at = static_cast<const char *>(found) - data;
        if (at >= 2) {
            const char last = data[at - 1];
            if ((last == '+' || last == '-' || last == '~' || last == '=' || last == '<') && data[at - 2] == last)
                return true;
        }
        found = at + 1 < size ? memchr(data + at + 1, '}', size_t(size - at - 1)) : nullptr;
    }
    return false;
}

ReviewMarks ReviewMarks::parse(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree)
{
    ReviewMarks result;
    if (!mayHoldMarkup(text.constData() + structure.markdownBegin, text.size() - structure.markdownBegin))
        return result;
    for (const Range &block : markBlocks(text, structure.markdownBegin, tree))
        BlockScanner(text, block.begin, block.end, &result.m_marks, &result.m_problems).scan();
    for (ReviewMark &mark : result.m_marks)
        mark.section = structure.sectionAt(mark.begin);
    linkThreads(text, result.m_marks);
    return result;
}

ReviewMarks ReviewMarks::parse(const QByteArray &text)
{
    Diagnostics ignored;
    const FrontMatter frontMatter = FrontMatter::read(text, &ignored);
    std::shared_ptr<const CmarkTree> tree;
    const ArticleStructure structure = ArticleStructure::derive(text, frontMatter, &tree);
    if (!tree)
        tree = std::make_shared<const CmarkTree>(text.constData() + structure.markdownBegin,
                                                 text.size() - structure.markdownBegin);
    return parse(text, structure, *tree);
}

QList<int> ReviewMarks::marksInSection(int section) const
{
    QList<int> indices;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).section == section)
            indices.append(i);
    }
    return indices;
}

QList<ReviewMark> ReviewMarks::marksAt(const QList<int> &indices) const
{
    QList<ReviewMark> marks;
    marks.reserve(indices.size());
    for (int index : indices) {
        if (index >= 0 && index < m_marks.size())
            marks.append(m_marks.at(index));
    }
    return marks;
}

int ReviewMarks::openCount() const
{
    return int(std::count_if(m_marks.cbegin(), m_marks.cend(), [](const ReviewMark &mark) {
        return mark.isSuggestion() || (mark.kind == ReviewMarkKind::Comment && mark.replyTo < 0);
    }));
}

QList<int> ReviewMarks::unitOf(int index) const
{
    if (index < 0 || index >= m_marks.size())
        return {};
    const ReviewMark &mark = m_marks.at(index);
    QList<int> unit;
    auto addThread = [&](int first) {
        unit.append(first);
        unit.append(m_marks.at(first).replies);
    };
    if (mark.kind != ReviewMarkKind::Comment) {
        unit.append(index);
        if (mark.thread >= 0)
            addThread(mark.thread);
    } else if (mark.replyTo < 0) {
        if (mark.target >= 0 && m_marks.at(mark.target).kind == ReviewMarkKind::Highlight)
            unit.append(mark.target);
        addThread(index);
    } else {
        unit.append(index);
    }
    return unit;
}

QByteArray ReviewMarks::resolved(const QByteArray &text, QList<ReviewMark> marks, ReviewDecision decision)
{
    std::sort(marks.begin(), marks.end(),
              [](const ReviewMark &a, const ReviewMark &b) { return a.begin < b.begin; });
    QByteArray result;
    result.reserve(text.size());
    qsizetype copied = 0;
    qsizetype previousEnd = -1;
    for (const ReviewMark &mark : std::as_const(marks)) {
        if (mark.begin < copied || mark.end > text.size())
            continue;
        // The spaces that join a comment to the resolved mark before it
        // belong to the pair (see linkThreads).
        const bool joined = mark.kind == ReviewMarkKind::Comment && previousEnd >= 0
            && onlySpacesBetween(text, copied, mark.begin);
        if (!joined)
            result += QByteArrayView(text).sliced(copied, mark.begin - copied);
        result += mark.resolution(decision);
        copied = mark.end;
        previousEnd = mark.end;
    }
    result += QByteArrayView(text).sliced(copied);
    return result;
}

QByteArray ReviewMarks::resolvedAll(const QByteArray &text, ReviewDecision decision)
{
    return resolved(text, parse(text).marks(), decision);
}

QByteArray ReviewMarks::commentMarkup(const QString &author, const QDate &date, const QString &text)
{
    QString markup = QStringLiteral("{>>");
    if (!author.isEmpty()) {
        markup += QLatin1Char('@') + author;
        if (date.isValid())
            markup += QLatin1Char(' ') + date.toString(Qt::ISODate);
        markup += QStringLiteral(": ");
    }
    markup += text + QStringLiteral("<<}");
    return markup.toUtf8();
}

namespace {

// The characters of UTF-8 text: code points, and where each one's bytes
// start. A byte that is not valid UTF-8 gets a value no code point has, so
// that the diff keeps it as it is.
struct Characters
{
    std::vector<char32_t> codes;
    std::vector<qsizetype> offsets; // one more than codes: the end
};

Characters charactersOf(const QByteArray &text)
{
    Characters result;
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    result.codes.reserve(size_t(size));
    result.offsets.reserve(size_t(size) + 1);
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        const int length = lead < 0x80 ? 1 : lead >= 0xf8 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k)
            valid = (bytes[i + k] & 0xc0) == 0x80;
        result.offsets.push_back(i);
        if (!valid) {
            result.codes.push_back(char32_t(0x110000 + lead));
            ++i;
            continue;
        }
        char32_t code = length == 1 ? lead : length == 2 ? lead & 0x1f : length == 3 ? lead & 0x0f : lead & 0x07;
        for (int k = 1; k < length; ++k)
            code = (code << 6) | (bytes[i + k] & 0x3f);
        result.codes.push_back(code);
        i += length;
    }
    result.offsets.push_back(size);
    return result;
}

enum class DiffOperation { Equal, Delete, Insert };

struct DiffRun
{
    DiffOperation operation;
    qsizetype length;
};

// Myers' O((N+M)D) difference in linear space: each step finds where the
// forward and the reverse search meet and splits the problem there. Gives
// up after `budget` steps, so that two very different huge texts cost a
// bounded time.
class CharacterDiff
{
public:
    CharacterDiff(const std::vector<char32_t> &a, const std::vector<char32_t> &b, qint64 budget)
        : m_a(a), m_b(b), m_budget(budget)
    {
    }

    bool run()
    {
        diff(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()));
        return !m_exhausted;
    }
    const std::vector<DiffRun> &runs() const { return m_runs; }

private:
    void append(DiffOperation operation, qsizetype length)
    {
        if (length <= 0)
            return;
        if (!m_runs.empty() && m_runs.back().operation == operation)
            m_runs.back().length += length;
        else
            m_runs.push_back({operation, length});
    }

    void diff(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd)
    {
        if (m_exhausted)
            return;
        qsizetype prefix = 0;
        while (aBegin + prefix < aEnd && bBegin + prefix < bEnd && m_a[aBegin + prefix] == m_b[bBegin + prefix])
            ++prefix;
        append(DiffOperation::Equal, prefix);
        aBegin += prefix;
        bBegin += prefix;
        qsizetype suffix = 0;
        while (aEnd - suffix > aBegin && bEnd - suffix > bBegin && m_a[aEnd - suffix - 1] == m_b[bEnd - suffix - 1])
            ++suffix;
        aEnd -= suffix;
        bEnd -= suffix;
        if (aBegin == aEnd) {
            append(DiffOperation::Insert, bEnd - bBegin);
        } else if (bBegin == bEnd) {
            append(DiffOperation::Delete, aEnd - aBegin);
        } else {
            bisect(aBegin, aEnd, bBegin, bEnd);
        }
        append(DiffOperation::Equal, suffix);
    }

    void bisect(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd)
    {
        const qsizetype n = aEnd - aBegin;
        const qsizetype m = bEnd - bBegin;
        const char32_t *a = m_a.data() + aBegin;
        const char32_t *b = m_b.data() + bBegin;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        std::vector<qsizetype> forward(size_t(length), -1);
        std::vector<qsizetype> reverse(size_t(length), -1);
        forward[size_t(offset + 1)] = 0;
        reverse[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        const bool front = delta % 2 != 0;
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (qsizetype d = 0; d < maxD; ++d) {
            m_steps += 2 * d + 2;
            if (m_steps > m_budget) {
                m_exhausted = true;
                return;
            }
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1Offset = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && forward[size_t(k1Offset - 1)] < forward[size_t(k1Offset + 1)]))
                    ? forward[size_t(k1Offset + 1)]
                    : forward[size_t(k1Offset - 1)] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype snakeStart = x1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                m_steps += x1 - snakeStart;
                forward[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const qsizetype k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && reverse[size_t(k2Offset)] != -1
                        && x1 >= n - reverse[size_t(k2Offset)]) {
                        split(aBegin, aEnd, bBegin, bEnd, x1, y1);
                        return;
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2Offset = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && reverse[size_t(k2Offset - 1)] < reverse[size_t(k2Offset + 1)]))
                    ? reverse[size_t(k2Offset + 1)]
                    : reverse[size_t(k2Offset - 1)] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype snakeStart = x2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_steps += x2 - snakeStart;
                reverse[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && forward[size_t(k1Offset)] != -1) {
                        const qsizetype x1 = forward[size_t(k1Offset)];
                        const qsizetype y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(aBegin, aEnd, bBegin, bEnd, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        append(DiffOperation::Delete, n);
        append(DiffOperation::Insert, m);
    }

    void split(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd, qsizetype x, qsizetype y)
    {
        diff(aBegin, aBegin + x, bBegin, bBegin + y);
        diff(aBegin + x, aEnd, bBegin + y, bEnd);
    }

    const std::vector<char32_t> &m_a;
    const std::vector<char32_t> &m_b;
    std::vector<DiffRun> m_runs;
    qint64 m_budget;
    qint64 m_steps = 0;
    bool m_exhausted = false;
};

// A suggestion under construction: the markup and where its new marks are.
struct Suggestion
{
    QByteArray text;
    std::vector<Range> marks;

    void appendChange(const QByteArray &removed, const QByteArray &inserted)
    {
        const qsizetype begin = text.size();
        if (removed.isEmpty())
            text += "{++" + inserted + "++}";
        else if (inserted.isEmpty())
            text += "{--" + removed + "--}";
        else
            text += "{~~" + removed + "~>" + inserted + "~~}";
        marks.push_back({begin, text.size()});
    }
};

// Whether resolving exactly the new marks of `suggestion` gives `edited`
// (accepted) and `original` (rejected). The text is read after a line
// break so that a body starting with `---` is not taken for front matter.
bool isFaithful(const Suggestion &suggestion, const QByteArray &original, const QByteArray &edited)
{
    const QByteArray framed = '\n' + suggestion.text;
    const ReviewMarks parsed = ReviewMarks::parse(framed);
    QHash<qsizetype, int> byBegin;
    for (int i = 0; i < parsed.marks().size(); ++i)
        byBegin.insert(parsed.marks().at(i).begin, i);
    QList<ReviewMark> marks;
    for (const Range &range : suggestion.marks) {
        const int index = byBegin.value(range.begin + 1, -1);
        if (index < 0 || parsed.marks().at(index).end != range.end + 1)
            return false;
        marks.append(parsed.marks().at(index));
    }
    return ReviewMarks::resolved(framed, marks, ReviewDecision::Accept).sliced(1) == edited
        && ReviewMarks::resolved(framed, marks, ReviewDecision::Reject).sliced(1) == original;
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// Enough for any edit typed between two refreshes, and a bounded time on
// two unrelated texts.
constexpr qint64 diffBudget = 50'000'000;

} // namespace

bool ReviewMarks::suggestionText(const QByteArray &original, const QByteArray &edited, QByteArray *result,
                                 QString *errorString)
{
    if (original == edited) {
        *result = original;
        return true;
    }
    const Characters before = charactersOf(original);
    const Characters after = charactersOf(edited);
    CharacterDiff diff(before.codes, after.codes, diffBudget);
    if (diff.run()) {
        Suggestion suggestion;
        size_t inBefore = 0, inAfter = 0;
        const std::vector<DiffRun> &runs = diff.runs();
        for (size_t r = 0; r < runs.size();) {
            if (runs[r].operation == DiffOperation::Equal) {
                const size_t end = inBefore + size_t(runs[r].length);
                suggestion.text += QByteArrayView(original).sliced(before.offsets[inBefore],
                                                                   before.offsets[end] - before.offsets[inBefore]);
                inBefore = end;
                inAfter += size_t(runs[r].length);
                ++r;
                continue;
            }
            size_t removed = 0, inserted = 0;
            for (; r < runs.size() && runs[r].operation != DiffOperation::Equal; ++r)
                (runs[r].operation == DiffOperation::Delete ? removed : inserted) += size_t(runs[r].length);
            const qsizetype removedBegin = before.offsets[inBefore];
            const qsizetype insertedBegin = after.offsets[inAfter];
            suggestion.appendChange(original.mid(removedBegin, before.offsets[inBefore + removed] - removedBegin),
                                    edited.mid(insertedBegin, after.offsets[inAfter + inserted] - insertedBegin));
            inBefore += removed;
            inAfter += inserted;
        }
        if (isFaithful(suggestion, original, edited)) {
            *result = suggestion.text;
            return true;
        }
    }

    // One change of whole lines: it holds any code span or mark the edit
    // touched, so they read as before inside it.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(original.size(), edited.size());
    while (prefix < shorter && original.at(prefix) == edited.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && original.at(original.size() - suffix - 1) == edited.at(edited.size() - suffix - 1))
        ++suffix;
    while (prefix > 0 && !isLineBreak(original.at(prefix - 1)))
        --prefix;
    while (suffix > 0 && !isLineBreak(original.at(original.size() - suffix)))
        --suffix;
    Suggestion wholeLines;
    wholeLines.text = original.left(prefix);
    wholeLines.appendChange(original.mid(prefix, original.size() - suffix - prefix),
                            edited.mid(prefix, edited.size() - suffix - prefix));
    wholeLines.text += original.right(suffix);
    if (isFaithful(wholeLines, original, edited)) {
        *result = wholeLines.text;
        return true;
    }
    if (errorString) {
        *errorString = QCoreApplication::translate(
            "ReviewMarks", "this change cannot be recorded as a suggestion (it adds or removes a blank line, changes "
                           "a code block, or contains review mark delimiters); edit the text directly");
    }
    return false;
}

bool ReviewMarks::mayHoldMarks(const char *data, qsizetype size)
{
    for (const void *found = memchr(data, '{', size_t(size)); found;) {
        const qsizetype at = static_cast<const char *>(found) - data;
        if (at + 2 < size) {
            const char first = data[at + 1];
            if ((first == '+' || first == '-' || first == '~' || first == '=' || first == '>') && data[at + 2] == first)
                return true;
        }
        found = at + 1 < size ? memchr(data + at + 1, '{', size_t(size - at - 1)) : nullptr;
    }
    return false;
}
