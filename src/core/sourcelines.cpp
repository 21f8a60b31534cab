#include "sourcelines.h"

#include <string_view>

namespace SourceLines {

QList<qsizetype> lineStarts(const QByteArray &text, qsizetype begin)
{
    QList<qsizetype> starts;
    starts.reserve((text.size() - begin) / 40 + 1);
    starts.append(begin);
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = begin; i < size; ++i) {
        if (data[i] == '\n') {
            starts.append(i + 1);
        } else if (data[i] == '\r') {
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
            starts.append(i + 1);
        }
    }
    return starts;
}

qsizetype lineStart(const QList<qsizetype> &starts, int markdownLine, qsizetype size)
{
    if (markdownLine < 1)
        return starts.value(0);
    return markdownLine - 1 < starts.size() ? starts.at(markdownLine - 1) : size;
}

bool isSetextUnderline(const QByteArray &text, qsizetype begin, qsizetype size)
{
    qsizetype position = begin;
    while (position < size && position - begin < 3 && text.at(position) == ' ')
        ++position;
    if (position >= size || (text.at(position) != '=' && text.at(position) != '-'))
        return false;
    const char marker = text.at(position);
    while (position < size && text.at(position) == marker)
        ++position;
    while (position < size && (text.at(position) == ' ' || text.at(position) == '\t'))
        ++position;
    return position >= size || text.at(position) == '\n' || text.at(position) == '\r';
}

qsizetype metadataLineEnd(const QByteArray &text, qsizetype begin)
{
    static const QByteArray opening = QByteArrayLiteral("<!-- kiji:");
    if (text.mid(begin, opening.size()) != opening)
        return begin;
    qsizetype end = begin;
    while (end < text.size() && text.at(end) != '\n' && text.at(end) != '\r')
        ++end;
    if (!text.mid(begin, end - begin).trimmed().endsWith("-->"))
        return begin;
    if (end < text.size())
        end += (text.at(end) == '\r' && end + 1 < text.size() && text.at(end + 1) == '\n') ? 2 : 1;
    return end;
}

QMap<QString, QString> parseAttributes(const QByteArray &line)
{
    QByteArray content = line.trimmed();
    content = content.mid(10, content.size() - 10 - 3); // "<!-- kiji:" … "-->"
    QMap<QString, QString> attributes;
    for (const QByteArray &pair : content.simplified().split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0)
            attributes.insert(QString::fromUtf8(pair.left(equals)), QString::fromUtf8(pair.mid(equals + 1)));
    }
    return attributes;
}

int lineBreakCount(const char *data, qsizetype size)
{
    int count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
            ++count;
    }
    return count;
}

bool mayHoldLinkDefinition(const char *data, qsizetype size)
{
    const std::string_view text(data, size_t(size));
    for (size_t mark = text.find("]:"); mark != std::string_view::npos; mark = text.find("]:", mark + 2)) {
        size_t start = text.find_last_of("\r\n", mark);
        start = start == std::string_view::npos ? 0 : start + 1;
        while (start < mark && (text[start] == ' ' || text[start] == '\t' || text[start] == '>'))
            ++start;
        if (text.substr(start, 2) != "[^")
            return true;
    }
    return false;
}

} // namespace SourceLines
