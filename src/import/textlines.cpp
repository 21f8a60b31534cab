#include "textlines.h"

#include <QRegularExpression>

namespace {

const qsizetype shortLineLimit = 50;

// An editor's instruction left in the text: "（ここに画像を挿入）", "…の内部リンクを設置".
// The second group is whatever was glued after it (often the next heading).
const QRegularExpression &instructionNote()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(.*?(?:リンク|画像|写真|バナー|図表|図|表|CTA|ボタン|動画|アイキャッチ|イラスト)(?:を|の)?"
        "(?:設置|挿入|差し込み|差込|追加|貼り付け|入れる)"
        "(?:する|予定|してください|して下さい|ください|下さい)?[）)】\\]]?)(.*)$"));
    return pattern;
}

// A whole line in brackets that asks for something: "（ここに画像を挿入）", "【要確認】".
bool isBracketedPlaceholder(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[（(【\\[＜<].*(?:ここに|挿入|画像|写真|図|表|リンク|設置|予定|TODO|要確認|差し込|追記|仮).*[）)】\\]＞>]$"));
    return pattern.match(text).hasMatch();
}

TextLine classified(int number, const QString &line)
{
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*+]\\s+|[•・●■◆]\\s*)(.+)$"));
    static const QRegularExpression ordered(QStringLiteral("^([0-9]+|[０-９]+)[.)．）]\\s*(.+)$"));
    TextLine result;
    result.number = number;
    result.text = line;
    if (isBracketedPlaceholder(line)) {
        result.kind = TextLine::Note;
    } else if (const QRegularExpressionMatch match = bullet.match(line); match.hasMatch()) {
        result.kind = TextLine::ListItem;
        result.text = match.captured(1).trimmed();
    } else if (const QRegularExpressionMatch match = ordered.match(line); match.hasMatch()) {
        result.kind = TextLine::OrderedItem;
        result.marker = match.captured(1);
        result.text = match.captured(2).trimmed();
    } else if (line.size() <= shortLineLimit && !TextLines::endsLikeSentence(line)) {
        result.kind = TextLine::Short;
    }
    return result;
}

} // namespace

namespace TextLines {

bool endsLikeSentence(const QString &text)
{
    static const QRegularExpression ending(QStringLiteral(
        "(?:[。．！!…]|です|ます|でした|ました|ください|下さい|でしょう|ません|ましょう|ですね|ますね)$"));
    return ending.match(text).hasMatch();
}

bool isQuestion(const QString &text)
{
    return text.endsWith(u'？') || text.endsWith(u'?');
}

QList<TextLine> split(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    QList<TextLine> lines;
    int number = 0;
    for (const QStringView raw : QStringView(normalized).split(u'\n')) {
        ++number;
        const QString line = raw.trimmed().toString();
        if (line.isEmpty())
            continue;
        // A sentence that mentions inserting an image is text; a short
        // instruction, alone or with a heading glued after it, is a note.
        const QRegularExpressionMatch match = instructionNote().match(line);
        const QString rest = match.captured(2).trimmed();
        if (match.hasMatch() && match.captured(1).size() <= 40
            && (rest.isEmpty() || (rest.size() <= shortLineLimit && !endsLikeSentence(line)))) {
            TextLine note;
            note.number = number;
            note.text = match.captured(1).trimmed();
            note.kind = TextLine::Note;
            lines.append(note);
            if (!rest.isEmpty())
                lines.append(classified(number, rest));
            continue;
        }
        lines.append(classified(number, line));
    }
    return lines;
}

} // namespace TextLines
