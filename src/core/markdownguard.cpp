#include "markdownguard.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstring>

namespace MarkdownGuard {
namespace {

struct Span
{
    qsizetype begin;
    qsizetype end;
};

// What the guard reads and what it changed so far.
struct Guard
{
    const char *data;
    qsizetype size;
    QByteArray copy; // empty until something is disarmed
    QList<Disarmed> *disarmed;
    qsizetype tableCells = 0;

    void replace(qsizetype at, char byte)
    {
        if (copy.isEmpty())
            copy = QByteArray(data, size);
        copy[at] = byte;
    }
};

// The line starting at `begin`, without its line break (LF, CRLF or CR),
// and where the next one starts.
Span lineAt(const char *data, qsizetype size, qsizetype begin, qsizetype *next)
{
    // memchr twice rather than a loop over each byte: the guard reads every
    // line of every article before it is parsed.
    const void *newline = std::memchr(data + begin, '\n', size_t(size - begin));
    qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
    if (const void *carriageReturn = std::memchr(data + begin, '\r', size_t(end - begin)))
        end = static_cast<const char *>(carriageReturn) - data;
    *next = end;
    if (*next < size && data[*next] == '\r')
        ++*next;
    if (*next < size && data[*next] == '\n')
        ++*next;
    return {begin, end};
}

bool isBlank(const char *data, Span line)
{
    for (qsizetype i = line.begin; i < line.end; ++i) {
        if (data[i] != ' ' && data[i] != '\t')
            return false;
    }
    return true;
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The inline HTML openers cmark-gfm rescans, by the closer each needs:
// `<![CDATA[` … `]]>`, `<?` … `?>`, `<!X` … `>`; -1 for none.
const char *const closers[] = {"]]>", "?>", ">"};

int openerAt(const char *data, qsizetype at, qsizetype end)
{
    if (at + 1 >= end || data[at] != '<')
        return -1;
    if (data[at + 1] == '?')
        return 1;
    if (data[at + 1] != '!' || at + 2 >= end)
        return -1;
    if (end - at >= 9 && std::memcmp(data + at, "<![CDATA[", 9) == 0)
        return 0;
    return isAsciiLetter(data[at + 2]) ? 2 : -1;
}

// Disarms the openers of a run of non-blank lines (which holds whole
// paragraphs) that no closer follows, when there are many of them.
void disarmOpeners(Guard &guard, Span run)
{
    const char *data = guard.data;
    const void *first = std::memchr(data + run.begin, '<', size_t(run.end - run.begin));
    if (!first)
        return;
    qsizetype lastCloser[3] = {-1, -1, -1};
    for (int kind = 0; kind < 3; ++kind) {
        const qsizetype length = qsizetype(std::strlen(closers[kind]));
        for (qsizetype i = run.end - length; i >= run.begin; --i) {
            if (std::memcmp(data + i, closers[kind], size_t(length)) == 0) {
                lastCloser[kind] = i;
                break;
            }
        }
    }
    QList<qsizetype> dead;
    for (qsizetype at = static_cast<const char *>(first) - data; at < run.end; ++at) {
        const int kind = openerAt(data, at, run.end);
        if (kind >= 0 && lastCloser[kind] < at + 2)
            dead.append(at);
    }
    if (dead.size() <= MaxDeadOpeners)
        return;
    for (qsizetype at : dead)
        guard.replace(at, ' ');
    guard.disarmed->append({Disarmed::UnclosedInlineHtml, dead.first(), int(dead.size())});
}

// A line less its leading and trailing spaces and tabs.
Span trimmed(const char *data, Span line)
{
    while (line.begin < line.end && (data[line.begin] == ' ' || data[line.begin] == '\t'))
        ++line.begin;
    while (line.end > line.begin && (data[line.end - 1] == ' ' || data[line.end - 1] == '\t'))
        --line.end;
    return line;
}

// The cells that `pipes` pipes make of a trimmed row: a leading and a
// trailing pipe open and close the row rather than part cells.
int cellsOf(const char *data, Span row, int pipes)
{
    return pipes + 1 - (data[row.begin] == '|' ? 1 : 0) - (data[row.end - 1] == '|' && row.end - 1 > row.begin ? 1 : 0);
}

// The cells of a table delimiter row such as `| --- | :-: |`, or 0.
int delimiterCells(const char *data, Span line)
{
    const Span row = trimmed(data, line);
    if (row.begin == row.end)
        return 0;
    int pipes = 0;
    bool dash = false;
    for (qsizetype i = row.begin; i < row.end; ++i) {
        switch (data[i]) {
        case '|':
            ++pipes;
            break;
        case '-':
            dash = true;
            break;
        case ':':
        case ' ':
        case '\t':
            break;
        default:
            return 0;
        }
    }
    if (!dash || pipes == 0)
        return 0;
    return cellsOf(data, row, pipes);
}

// The cells of a table row such as `| a | b \| c |`.
int rowCells(const char *data, Span line)
{
    const Span row = trimmed(data, line);
    int pipes = 0;
    for (qsizetype i = row.begin; i < row.end; ++i) {
        if (data[i] == '|' && (i == line.begin || data[i - 1] != '\\'))
            ++pipes;
    }
    if (pipes == 0)
        return 1;
    return cellsOf(data, row, pipes);
}

// Disarms the tables of a run of non-blank lines that are too wide, or
// that the article has no room left for.
void disarmTables(Guard &guard, Span run)
{
    if (!std::memchr(guard.data + run.begin, '|', size_t(run.end - run.begin)))
        return;
    QList<Span> lines;
    for (qsizetype at = run.begin; at < run.end;) {
        qsizetype next = 0;
        lines.append(lineAt(guard.data, run.end, at, &next));
        at = next;
    }
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const int columns = delimiterCells(guard.data, lines.at(index));
        if (columns == 0)
            continue;
        // The header row and each row below are split into all their cells,
        // however few columns the table has: a row of 50 000 cells takes as
        // long as a table that wide.
        int widest = std::max(columns, rowCells(guard.data, lines.at(index - 1)));
        qsizetype cells = columns;
        for (qsizetype row = index + 1; row < lines.size(); ++row) {
            const int rowWidth = rowCells(guard.data, lines.at(row));
            widest = std::max(widest, rowWidth);
            cells += std::max(columns, rowWidth);
        }
        if (widest <= MaxTableColumns && guard.tableCells + cells <= MaxTableCells) {
            guard.tableCells += cells;
            continue;
        }
        const Span line = lines.at(index);
        const char *dash = static_cast<const char *>(std::memchr(guard.data + line.begin, '-', size_t(line.end - line.begin)));
        guard.replace(dash - guard.data, '=');
        guard.disarmed->append({widest > MaxTableColumns ? Disarmed::WideTable : Disarmed::LargeTables,
                                lines.at(index - 1).begin, widest});
    }
}

// Disarms the image openers of a run of non-blank lines when the links
// after them could walk back over them too many times.
void disarmImageOpeners(Guard &guard, Span run)
{
    QList<qsizetype> openers;
    const char *data = guard.data;
    for (qsizetype at = run.begin; at + 1 < run.end; ++at) {
        const void *found = std::memchr(data + at, '!', size_t(run.end - 1 - at));
        if (!found)
            break;
        at = static_cast<const char *>(found) - data;
        if (data[at + 1] == '[')
            openers.append(at);
    }
    if (openers.isEmpty() || openers.size() * std::count(data + run.begin, data + run.end, ']') <= MaxImageOpenerSteps)
        return;
    for (qsizetype at : std::as_const(openers))
        guard.replace(at, ' ');
    guard.disarmed->append({Disarmed::ImageOpeners, openers.first(), int(openers.size())});
}

// A link label as cmark-gfm matches it: white space collapsed, case folded.
QString normalizedLabel(const char *data, qsizetype begin, qsizetype end)
{
    return QString::fromUtf8(data + begin, end - begin).simplified().toCaseFolded();
}

// Where a line starts `[label]:` after spaces and quote markers: the label's
// bytes, or an empty span. Footnote definitions (`[^label]:`) copy nothing.
Span definedLabel(const char *data, Span line)
{
    qsizetype open = line.begin;
    while (open < line.end && (data[open] == ' ' || data[open] == '\t' || data[open] == '>'))
        ++open;
    if (open + 1 >= line.end || data[open] != '[' || data[open + 1] == '^')
        return {0, 0};
    const void *closer = std::memchr(data + open + 1, ']', size_t(line.end - open - 1));
    const qsizetype close = closer ? static_cast<const char *>(closer) - data : -1;
    if (close <= open + 1 || close + 1 >= line.end || data[close + 1] != ':')
        return {0, 0};
    return {open + 1, close};
}

// Disarms the link reference definitions whose uses could copy more than
// MaxReferenceExpansion bytes. A definition is read loosely: a line that
// starts `[label]:`, and its size the rest of the line and the lines after
// it up to a blank line or the next definition (a title may span lines).
void disarmReferenceDefinitions(Guard &guard)
{
    const char *data = guard.data;
    const qsizetype size = guard.size;
    // Text without `]:` defines nothing: the usual case costs one scan.
    bool any = false;
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, ']', size_t(data + size - at))));) {
        if (++at < data + size && *at == ':') {
            any = true;
            break;
        }
    }
    if (!any)
        return;
    // Each use has its own `]`: definitions small enough that every `]`
    // could use them stay, uncounted.
    const qsizetype closers = std::count(data, data + size, ']');
    struct Definition
    {
        Span label;
        qsizetype bytes;
    };
    QList<Definition> large;
    Definition current{{0, 0}, 0};
    auto finish = [&] {
        if (current.label.end > current.label.begin && closers * current.bytes > MaxReferenceExpansion)
            large.append(current);
        current = {{0, 0}, 0};
    };
    for (qsizetype at = 0; at < size;) {
        qsizetype next = 0;
        const Span line = lineAt(data, size, at, &next);
        const Span label = isBlank(data, line) ? Span{0, 0} : definedLabel(data, line);
        if (isBlank(data, line) || label.end > label.begin) {
            finish();
            if (label.end > label.begin)
                current = {label, line.end - label.end - 2};
        } else if (current.label.end > current.label.begin) {
            current.bytes += line.end - line.begin;
        }
        at = next;
    }
    finish();
    if (large.isEmpty())
        return;

    // Count the uses of the large ones in one pass over every `[…]`.
    QHash<QString, int> uses;
    qsizetype longest = 0;
    for (const Definition &definition : std::as_const(large)) {
        uses.insert(normalizedLabel(data, definition.label.begin, definition.label.end), 0);
        longest = std::max(longest, definition.label.end - definition.label.begin);
    }
    // Case folding and white space change a label's length a little.
    longest = 4 * longest + 16;
    for (qsizetype at = 0; at < size; ++at) {
        const void *found = std::memchr(data + at, '[', size_t(size - at));
        if (!found)
            break;
        at = static_cast<const char *>(found) - data;
        const qsizetype limit = std::min(size, at + 1 + longest);
        const void *closer = std::memchr(data + at + 1, ']', size_t(limit - at - 1));
        if (!closer)
            continue;
        const auto use = uses.find(normalizedLabel(data, at + 1, static_cast<const char *>(closer) - data));
        if (use != uses.end())
            ++*use;
    }
    for (const Definition &definition : std::as_const(large)) {
        // Less the definition's own label.
        const int count = uses.value(normalizedLabel(data, definition.label.begin, definition.label.end)) - 1;
        if (qsizetype(count) * definition.bytes > MaxReferenceExpansion) {
            guard.replace(definition.label.begin - 1, ' ');
            guard.disarmed->append({Disarmed::ReferenceExpansion, definition.label.begin - 1, count});
        }
    }
}

} // namespace

QByteArray disarm(const char *data, qsizetype size, QList<Disarmed> *disarmed)
{
    Guard guard{data, size, {}, disarmed};
    qsizetype runBegin = -1;
    for (qsizetype at = 0; at <= size;) {
        qsizetype next = size + 1;
        const Span line = at < size ? lineAt(data, size, at, &next) : Span{size, size};
        if (at < size && !isBlank(data, line)) {
            if (runBegin < 0)
                runBegin = line.begin;
        } else if (runBegin >= 0) {
            const Span run{runBegin, line.begin};
            disarmOpeners(guard, run);
            disarmTables(guard, run);
            disarmImageOpeners(guard, run);
            runBegin = -1;
        }
        at = next;
    }
    disarmReferenceDefinitions(guard);
    return guard.copy;
}

} // namespace MarkdownGuard
