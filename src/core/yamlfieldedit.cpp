#include "yamlfieldedit.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace YamlFieldEdit {

namespace {

struct YamlLine
{
    qsizetype begin;
    qsizetype end;
    qsizetype next;
    int indent;
    bool isBlank; // empty or only a comment
};

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlFieldEdit", text);
}

QList<YamlLine> linesOf(const QByteArray &text, qsizetype begin, qsizetype end)
{
    QList<YamlLine> lines;
    qsizetype position = begin;
    while (position < end) {
        qsizetype lineEnd = position;
        while (lineEnd < end && text.at(lineEnd) != '\n' && text.at(lineEnd) != '\r')
            ++lineEnd;
        qsizetype next = lineEnd;
        if (next < end)
            next += (text.at(next) == '\r' && next + 1 < end && text.at(next + 1) == '\n') ? 2 : 1;
        int indent = 0;
        while (position + indent < lineEnd && text.at(position + indent) == ' ')
            ++indent;
        const bool blank = position + indent == lineEnd || text.at(position + indent) == '#';
        lines.append({position, lineEnd, next, indent, blank});
        position = next;
    }
    return lines;
}

// Offset just after "key:" when `line` is that key at `indent`, else -1.
qsizetype keyColonEnd(const QByteArray &text, const YamlLine &line, int indent, const QByteArray &key)
{
    if (line.isBlank || line.indent != indent)
        return -1;
    const qsizetype begin = line.begin + indent;
    for (const QByteArray &spelling : {key, '"' + key + '"', '\'' + key + '\''}) {
        if (text.mid(begin, spelling.size()) != spelling)
            continue;
        qsizetype position = begin + spelling.size();
        while (position < line.end && text.at(position) == ' ')
            ++position;
        if (position < line.end && text.at(position) == ':'
            && (position + 1 == line.end || text.at(position + 1) == ' ' || text.at(position + 1) == '\t'))
            return position + 1;
    }
    return -1;
}

// Lines after `keyLine` that belong to its value; returns one past the last
// non-blank one.
int blockEnd(const QList<YamlLine> &lines, const QByteArray &text, int keyLine, int limit)
{
    const int indent = lines.at(keyLine).indent;
    int end = keyLine + 1;
    for (int index = keyLine + 1; index < limit; ++index) {
        const YamlLine &line = lines.at(index);
        if (line.isBlank)
            continue;
        const bool sequenceItem = line.indent == indent && text.mid(line.begin + indent, 2) == "- ";
        if (line.indent <= indent && !sequenceItem)
            break;
        end = index + 1;
    }
    return end;
}

// End of an inline value: the line without a trailing comment.
qsizetype inlineValueEnd(const QByteArray &text, qsizetype begin, qsizetype end)
{
    char quote = 0;
    for (qsizetype position = begin; position < end; ++position) {
        const char c = text.at(position);
        if (quote) {
            if (c == '\\' && quote == '"')
                ++position;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            if (position == begin || text.at(position - 1) == ' ' || text.at(position - 1) == '[')
                quote = c;
        } else if (c == '#' && position > begin && (text.at(position - 1) == ' ' || text.at(position - 1) == '\t')) {
            end = position;
            break;
        }
    }
    while (end > begin && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return end;
}

QByteArray flowValue(const FieldValue &value)
{
    if (const QString *text = std::get_if<QString>(&value))
        return scalar(*text);
    QByteArray flow = "[";
    const QStringList &items = std::get<QStringList>(value);
    for (int index = 0; index < items.size(); ++index) {
        if (index)
            flow += ", ";
        QByteArray item = scalar(items.at(index));
        if (item.contains(',') && !item.startsWith('"'))
            item = '"' + item + '"';
        flow += item;
    }
    return flow + "]";
}

QByteArray blockSequence(const QStringList &items, const QByteArray &indent, const QByteArray &lineBreak)
{
    QByteArray block;
    for (const QString &item : items)
        block += lineBreak + indent + "- " + scalar(item);
    return block;
}

bool readsBack(const QByteArray &text, const QStringList &path, const FieldValue &value)
{
    Diagnostics diagnostics;
    const FrontMatter frontMatter = FrontMatter::read(text, &diagnostics);
    if (!frontMatter.isPresent)
        return false;
    try {
        YAML::Node node = YAML::Load(text.mid(frontMatter.contentBegin,
                                              frontMatter.contentEnd - frontMatter.contentBegin).toStdString());
        for (const QString &key : path)
            node = node[key.toStdString()];
        if (const QString *expected = std::get_if<QString>(&value))
            return node.IsScalar() ? QString::fromStdString(node.Scalar()) == *expected
                                   : expected->isEmpty() && node.IsNull();
        const QStringList &expected = std::get<QStringList>(value);
        if (!node.IsSequence() || int(node.size()) != expected.size())
            return false;
        for (int index = 0; index < expected.size(); ++index) {
            if (!node[index].IsScalar() || QString::fromStdString(node[index].Scalar()) != expected.at(index))
                return false;
        }
        return true;
    } catch (const YAML::Exception &) {
        return false;
    }
}

} // namespace

QByteArray scalar(const QString &text)
{
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    static const QStringList reserved = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                         QStringLiteral("no"), QStringLiteral("null"), QStringLiteral("~"),
                                         QStringLiteral("on"), QStringLiteral("off")};
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace()
        && !indicators.contains(text.front()) && !text.contains(QStringLiteral(": "))
        && !text.contains(QStringLiteral(" #")) && !text.endsWith(QLatin1Char(':'))
        && !reserved.contains(text.toLower());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            plain = false;
    }
    if (plain)
        return text.toUtf8();
    QByteArray quoted = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': quoted += "\\\""; break;
        case '\\': quoted += "\\\\"; break;
        case '\n': quoted += "\\n"; break;
        case '\r': quoted += "\\r"; break;
        case '\t': quoted += "\\t"; break;
        default:
            if (uchar(c) < 0x20)
                quoted += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                quoted += c;
        }
    }
    return quoted + "\"";
}

std::optional<QByteArray> withField(const QByteArray &text, const FrontMatter &frontMatter, const QString &path,
                                    const FieldValue &value, const QByteArray &lineBreak, QString *errorString)
{
    const QStringList keys = path.split(QLatin1Char('.'));
    if (keys.size() > 2 || keys.contains(QString())) {
        *errorString = tr("\"%1\" is not a front matter field").arg(path);
        return std::nullopt;
    }
    const QByteArray key = keys.last().toUtf8();
    QByteArray result = text;

    if (!frontMatter.isPresent) {
        QByteArray block = "---" + lineBreak;
        if (keys.size() == 2)
            block += keys.first().toUtf8() + ":" + lineBreak + "  ";
        block += key + ": " + flowValue(value) + lineBreak + "---" + lineBreak;
        result.prepend(block);
    } else {
        const QList<YamlLine> lines = linesOf(text, frontMatter.contentBegin, frontMatter.contentEnd);
        int from = 0;
        int to = int(lines.size());
        int indent = 0;
        qsizetype insertAt = frontMatter.contentEnd;
        QByteArray prefix;
        if (keys.size() == 2) {
            const QByteArray parent = keys.first().toUtf8();
            int parentLine = -1;
            for (int index = 0; index < lines.size() && parentLine < 0; ++index) {
                if (keyColonEnd(text, lines.at(index), 0, parent) >= 0)
                    parentLine = index;
            }
            if (parentLine < 0) {
                prefix = parent + ":" + lineBreak;
                indent = 2;
            } else {
                const YamlLine &line = lines.at(parentLine);
                const qsizetype colon = keyColonEnd(text, line, 0, parent);
                if (inlineValueEnd(text, colon, line.end) > colon) {
                    *errorString = tr("\"%1\" is written on one line; edit it in the text").arg(keys.first());
                    return std::nullopt;
                }
                from = parentLine + 1;
                to = blockEnd(lines, text, parentLine, int(lines.size()));
                indent = 2;
                for (int index = from; index < to; ++index) {
                    if (!lines.at(index).isBlank) {
                        indent = lines.at(index).indent;
                        break;
                    }
                }
                insertAt = lines.at(to - 1).next;
                if (insertAt == lines.at(to - 1).end) {
                    prefix = lineBreak; // the block ends the text without a line break
                }
            }
        }

        int keyLine = -1;
        qsizetype colon = -1;
        for (int index = from; index < to && keyLine < 0; ++index) {
            colon = keyColonEnd(text, lines.at(index), indent, key);
            if (colon >= 0)
                keyLine = index;
        }
        if (keyLine < 0) {
            const QByteArray line = prefix + QByteArray(indent, ' ') + key + ": " + flowValue(value) + lineBreak;
            if (insertAt == frontMatter.contentEnd && insertAt > frontMatter.contentBegin
                && text.at(insertAt - 1) != '\n' && text.at(insertAt - 1) != '\r')
                result.insert(insertAt, lineBreak + line);
            else
                result.insert(insertAt, line);
        } else {
            const YamlLine &line = lines.at(keyLine);
            const int end = blockEnd(lines, text, keyLine, to);
            const qsizetype inlineEnd = inlineValueEnd(text, colon, line.end);
            const bool hasInline = inlineEnd > colon && text.mid(colon, inlineEnd - colon).trimmed().size() > 0;
            const QStringList *items = std::get_if<QStringList>(&value);
            if (!hasInline && end > keyLine + 1 && items) {
                const YamlLine &first = lines.at(keyLine + 1);
                const QByteArray itemIndent = text.mid(first.begin, first.indent);
                result.replace(colon, lines.at(end - 1).end - colon, blockSequence(*items, itemIndent, lineBreak));
            } else {
                const qsizetype valueEnd = end > keyLine + 1 ? lines.at(end - 1).end : inlineEnd;
                result.replace(colon, valueEnd - colon, " " + flowValue(value));
            }
        }
    }
    if (!readsBack(result, keys, value)) {
        *errorString = tr("cannot set \"%1\" without rewriting the front matter; edit it in the text").arg(path);
        return std::nullopt;
    }
    return result;
}

} // namespace YamlFieldEdit
