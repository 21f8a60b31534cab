#include "plaintextlines.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

// The text of a Markdown line without its block syntax (heading marks,
// list markers, block quote marks) and escapes; its offset in the line.
QString lineContent(const QString &line, int *offset)
{
    static const QRegularExpression prefix(QStringLiteral("^(?:\\s*(?:#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s?))*"));
    const QRegularExpressionMatch match = prefix.match(line);
    *offset = int(match.capturedLength());
    QString content = line.mid(*offset);
    static const QRegularExpression closingHashes(QStringLiteral("\\s+#+\\s*$"));
    content.remove(closingHashes);
    // The importer's `<!-- kiji-note: text -->`: the text is in the file.
    static const QRegularExpression note(QStringLiteral("^<!-- kiji-note: (.*) -->$"));
    if (const QRegularExpressionMatch match = note.match(content.trimmed()); match.hasMatch())
        return match.captured(1).trimmed();
    return content.trimmed();
}

QString unescaped(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString result = text;
    return result.replace(escape, QStringLiteral("\\1"));
}

} // namespace

PlainTextLines::PlainTextLines(const QByteArray &markdown, const QByteArray &plainText)
{
    const QStringList markdownLines = QString::fromUtf8(markdown).split(QLatin1Char('\n'));
    const QStringList textLines = QString::fromUtf8(plainText).split(QLatin1Char('\n'));
    QList<qsizetype> textLineIndex;
    qsizetype index = 0;
    for (const QString &line : textLines) {
        textLineIndex.append(index);
        index += line.size() + 1;
    }
    int next = 0; // text lines before this one are used
    int previous = -1;          // the text line the last Markdown line was found in
    qsizetype previousEnd = 0;  // and where it ended there
    // Front matter lines are `key: value`: the value came from the text.
    int frontMatterEnd = -1;
    if (!markdownLines.isEmpty() && markdownLines.first().trimmed() == QLatin1String("---")) {
        for (int index = 1; index < markdownLines.size(); ++index) {
            if (markdownLines.at(index).trimmed() == QLatin1String("---")) {
                frontMatterEnd = index;
                break;
            }
        }
    }
    int lineNumber = -1;
    for (const QString &markdownLine : markdownLines) {
        ++lineNumber;
        QString line = markdownLine;
        if (lineNumber > 0 && lineNumber < frontMatterEnd) {
            // The value, quotes left out, where it stands in the line.
            static const QRegularExpression field(QStringLiteral("^(\\s*(?:- )?(?:[A-Za-z_]+:\\s+)?)(['\"]?)(.*?)\\2\\s*$"));
            const QRegularExpressionMatch value = field.match(line);
            if (value.hasMatch())
                line = QString(value.capturedStart(3), u' ') + value.captured(3);
        }
        LineMatch match;
        static const QRegularExpression escape(QStringLiteral("\\\\[!-/:-@\\[-`{-~]"));
        for (QRegularExpressionMatchIterator it = escape.globalMatch(line); it.hasNext();)
            match.escapes.append(int(it.next().capturedStart()));
        int offset = 0;
        const QString content = lineContent(line, &offset);
        const QString wanted = unescaped(content);
        if (wanted.size() >= 2 && previous >= 0) {
            // The rest of the text line the line before was found in: one
            // line of the text that became two blocks (a note and a heading).
            const QString &rest = textLines.at(previous);
            qsizetype at = previousEnd;
            while (at < rest.size() && rest.at(at).isSpace())
                ++at;
            if (at < rest.size() && QStringView(rest).mid(at).startsWith(wanted)) {
                match.line = previous + 1;
                match.columnShift = int(at) - int(line.indexOf(content));
                match.lineIndex = textLineIndex.at(previous);
                previousEnd = at + wanted.size();
                m_lines.append(match);
                continue;
            }
        }
        if (wanted.size() >= 2) {
            for (int candidate = next; candidate < textLines.size() && candidate < next + 200; ++candidate) {
                const qsizetype at = textLines.at(candidate).indexOf(wanted);
                if (at < 0)
                    continue;
                match.line = candidate + 1;
                match.columnShift = int(at) - int(line.indexOf(content));
                match.lineIndex = textLineIndex.at(candidate);
                next = candidate + 1;
                previous = candidate;
                previousEnd = at + wanted.size();
                break;
            }
        }
        m_lines.append(match);
    }
}

TextPosition PlainTextLines::map(const TextPosition &markdown) const
{
    const int index = markdown.line - 1;
    if (index < 0 || index >= m_lines.size() || m_lines.at(index).line == 0) {
        // A line not found in the text (front matter made from it): the
        // nearest found line before it.
        for (int before = std::min(index, int(m_lines.size()) - 1); before >= 0; --before) {
            if (m_lines.at(before).line > 0)
                return {m_lines.at(before).lineIndex, m_lines.at(before).line, 1};
        }
        return {0, 1, 1};
    }
    const LineMatch &match = m_lines.at(index);
    const int escapesBefore = int(std::count_if(match.escapes.cbegin(), match.escapes.cend(),
                                                 [&markdown](int at) { return at < markdown.column - 1; }));
    const int column = std::max(1, markdown.column + match.columnShift - escapesBefore);
    return {match.lineIndex + column - 1, match.line, column};
}
