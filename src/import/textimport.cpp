#include "textimport.h"

#include "headinglevels.h"
#include "markdownwriting.h"
#include "textlines.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace {

bool isSupervisorMarker(const TextLine &line)
{
    static const QRegularExpression pattern(QStringLiteral("監修"));
    return line.text.size() <= 30 && pattern.match(line.text).hasMatch() && !TextLines::endsLikeSentence(line.text);
}

bool looksLikeName(const QString &text)
{
    static const QRegularExpression role(QStringLiteral(
        "[/／,、。・:：()（）]|医師|院長|所長|教授|理事|代表|部長|博士|専門医|認定医|医学|クリニック|病院|大学|研究"));
    return !text.isEmpty() && text.size() <= 15 && !role.match(text).hasMatch();
}

// The lines after the marker: a title (role) line and a name line in either
// order, credentials as a list, then one paragraph of biography.
std::optional<MarkdownWriting::Supervisor> takeSupervisor(const QList<TextLine> &lines, int *next,
                                                          QList<ImportNote> *notes)
{
    int index = *next;
    if (index >= lines.size() || !isSupervisorMarker(lines.at(index)))
        return std::nullopt;
    const int markerLine = lines.at(index).number;
    ++index;
    MarkdownWriting::Supervisor supervisor;
    QStringList header;
    while (index < lines.size() && header.size() < 2 && lines.at(index).kind != TextLine::ListItem
           && lines.at(index).text.size() <= 60 && !TextLines::endsLikeSentence(lines.at(index).text)) {
        header.append(lines.at(index).text);
        ++index;
    }
    if (header.size() == 2 && looksLikeName(header.at(0)) && !looksLikeName(header.at(1)))
        header.swapItemsAt(0, 1);
    supervisor.title = header.value(0);
    supervisor.name = header.size() == 2 ? header.at(1) : QString();
    if (header.size() == 1 && looksLikeName(header.at(0)))
        std::swap(supervisor.title, supervisor.name);
    while (index < lines.size() && lines.at(index).kind == TextLine::ListItem)
        supervisor.credentials.append(lines.at(index++).text);
    if (index < lines.size() && lines.at(index).kind == TextLine::Paragraph)
        supervisor.bio = lines.at(index++).text;
    notes->append({markerLine, noteText(QT_TRANSLATE_NOOP("ImportNote", "supervisor: name 「%1」, title 「%2」, %3 credentials%4"))
                                   .arg(supervisor.name, supervisor.title)
                                   .arg(supervisor.credentials.size())
                                   .arg(supervisor.bio.isEmpty() ? QString() : noteText(QT_TRANSLATE_NOOP("ImportNote", ", biography")))});
    *next = index;
    return supervisor;
}

// The body as Markdown blocks separated by blank lines.
QByteArray body(const QList<TextLine> &lines, int begin, const QList<HeadingGuess> &headings,
                QList<ImportNote> *notes)
{
    QHash<int, const HeadingGuess *> headingAt;
    for (const HeadingGuess &heading : headings)
        headingAt.insert(heading.index, &heading);
    QStringList blocks;
    for (int index = begin; index < lines.size(); ++index) {
        const TextLine &line = lines.at(index);
        if (const HeadingGuess *heading = headingAt.value(index)) {
            const QString text = line.headingText();
            blocks.append(QString(heading->level, u'#') + u' ' + MarkdownWriting::escapedInline(text));
            notes->append({line.number, QStringLiteral("%1 「%2」").arg(heading->reason, text), text});
            continue;
        }
        switch (line.kind) {
        case TextLine::ListItem:
        case TextLine::OrderedItem: {
            QStringList items;
            int number = 1;
            for (; index < lines.size() && lines.at(index).kind == line.kind && !headingAt.contains(index); ++index) {
                const QString marker = line.kind == TextLine::ListItem ? QStringLiteral("- ")
                                                                       : QStringLiteral("%1. ").arg(number++);
                items.append(marker + MarkdownWriting::escapedParagraph(lines.at(index).text));
            }
            --index;
            blocks.append(items.join(u'\n'));
            break;
        }
        case TextLine::Note:
            blocks.append(MarkdownWriting::noteComment(line.text));
            notes->append({line.number, noteText(QT_TRANSLATE_NOOP("ImportNote", "editor's note kept as a comment: 「%1」")).arg(line.text)});
            break;
        default:
            blocks.append(MarkdownWriting::escapedParagraph(line.text));
            break;
        }
    }
    return blocks.isEmpty() ? QByteArray() : (blocks.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
}

} // namespace

namespace TextImport {

ImportResult fromText(const QByteArray &bytes)
{
    ImportResult result;
    if (bytes.contains('\0')) {
        result.error = QStringLiteral("the file contains NUL bytes: it is not a text file");
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError()) {
        result.error = QStringLiteral("the file is not valid UTF-8");
        return result;
    }
    const QList<TextLine> lines = TextLines::split(text);
    if (lines.isEmpty())
        return result;

    int next = 0;
    QString title;
    const TextLine &first = lines.first();
    if (first.text.size() <= 100 && !TextLines::endsLikeSentence(first.text) && first.kind != TextLine::ListItem) {
        title = first.text;
        next = 1;
    }
    const std::optional<MarkdownWriting::Supervisor> supervisor = takeSupervisor(lines, &next, &result.notes);

    QList<TextLine> bodyLines = lines.mid(next);
    const QList<HeadingGuess> headings = HeadingLevels::guess(bodyLines);
    result.markdown = MarkdownWriting::frontMatter(title, supervisor ? &*supervisor : nullptr);
    result.markdown += body(bodyLines, 0, headings, &result.notes);
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    return result;
}

} // namespace TextImport
