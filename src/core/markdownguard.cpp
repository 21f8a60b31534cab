#include "markdownguard.h"

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
    qsizetype end = begin;
    while (end < size && data[end] != '\n' && data[end] != '\r')
        ++end;
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

// The cells of a table delimiter row such as `| --- | :-: |`, or 0.
int delimiterCells(const char *data, Span line)
{
    qsizetype begin = line.begin;
    qsizetype end = line.end;
    while (begin < end && (data[begin] == ' ' || data[begin] == '\t'))
        ++begin;
    while (end > begin && (data[end - 1] == ' ' || data[end - 1] == '\t'))
        --end;
    if (begin == end)
        return 0;
    int pipes = 0;
    bool dash = false;
    for (qsizetype i = begin; i < end; ++i) {
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
    return pipes + 1 - (data[begin] == '|' ? 1 : 0) - (data[end - 1] == '|' && end - 1 > begin ? 1 : 0);
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
        const qsizetype cells = qsizetype(columns) * (lines.size() - index);
        if (columns <= MaxTableColumns && guard.tableCells + cells <= MaxTableCells) {
            guard.tableCells += cells;
            continue;
        }
        const Span line = lines.at(index);
        const char *dash = static_cast<const char *>(std::memchr(guard.data + line.begin, '-', size_t(line.end - line.begin)));
        guard.replace(dash - guard.data, '=');
        guard.disarmed->append({columns > MaxTableColumns ? Disarmed::WideTable : Disarmed::LargeTables,
                                lines.at(index - 1).begin, columns});
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
            runBegin = -1;
        }
        at = next;
    }
    return guard.copy;
}

} // namespace MarkdownGuard
