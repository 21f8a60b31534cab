#include "plaintextlines.h"

#include <QRegularExpression>
#include <QStringList>

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
    for (const QString &line : markdownLines) {
        LineMatch match;
        int offset = 0;
        const QString content = lineContent(line, &offset);
        const QString wanted = unescaped(content);
        if (wanted.size() >= 2) {
            for (int candidate = next; candidate < textLines.size() && candidate < next + 200; ++candidate) {
                const qsizetype at = textLines.at(candidate).indexOf(wanted);
                if (at < 0)
                    continue;
                match.line = candidate + 1;
                match.columnShift = int(at) - int(line.indexOf(content));
                match.lineIndex = textLineIndex.at(candidate);
                next = candidate + 1;
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
    const int column = std::max(1, markdown.column + match.columnShift);
    return {match.lineIndex + column - 1, match.line, column};
}
