#include "articlechange.h"

#include <algorithm>
#include <array>
#include <cstring>

// A fragment that did not change is the same shared bytes in both
// renderings (RenderedArticle copies what an edit did not touch): comparing
// it costs nothing, where comparing the bytes of thousands of sections on
// every keystroke would not.
static bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.isSharedWith(b) || a == b;
}

static bool sameSection(const RenderedArticle &a, qsizetype i, const RenderedArticle &b, qsizetype j)
{
    return sameBytes(a.sections.at(i), b.sections.at(j)) && a.levels.value(i) == b.levels.value(j);
}

bool sameArticle(const RenderedArticle &a, const RenderedArticle &b)
{
    if (a.complete != b.complete || !sameBytes(a.header, b.header) || !sameBytes(a.lead, b.lead)
        || !sameBytes(a.footnotes, b.footnotes) || a.sections.size() != b.sections.size() || a.levels != b.levels)
        return false;
    for (qsizetype index = 0; index < a.sections.size(); ++index) {
        if (!sameBytes(a.sections.at(index), b.sections.at(index)))
            return false;
    }
    return true;
}

void appendJsonString(QByteArray *json, QByteArrayView utf8)
{
    // The bytes that may need an escape: quote, backslash, controls, and
    // the lead byte of U+2028 and U+2029. The rest is copied in runs.
    static const std::array<bool, 256> mayEscape = [] {
        std::array<bool, 256> table{};
        for (int byte = 0; byte < 0x20; ++byte)
            table[byte] = true;
        table['"'] = table['\\'] = table[0xe2] = true;
        return table;
    }();
    static const char hex[] = "0123456789abcdef";
    json->append('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype copied = 0;
    for (qsizetype at = 0; at < size; ++at) {
        const uchar byte = uchar(data[at]);
        if (!mayEscape[byte])
            continue;
        qsizetype length = 1;
        char escape[7] = {'\\', char(byte), 0};
        if (byte == 0xe2) {
            // LINE and PARAGRAPH SEPARATOR end a line in older JavaScript.
            if (at + 2 >= size || uchar(data[at + 1]) != 0x80 || (uchar(data[at + 2]) & 0xfe) != 0xa8)
                continue;
            std::memcpy(escape, uchar(data[at + 2]) == 0xa8 ? "\\u2028" : "\\u2029", 7);
            length = 3;
        } else if (byte < 0x20) {
            std::memcpy(escape, "\\u00", 4);
            escape[4] = hex[byte >> 4];
            escape[5] = hex[byte & 0xf];
            escape[6] = 0;
        }
        json->append(data + copied, at - copied);
        json->append(escape);
        at += length - 1;
        copied = at + 1;
    }
    json->append(data + copied, size - copied);
    json->append('"');
}

namespace {

// The members of one JSON object, in order.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray *json) : m_json(json) { m_json->append('{'); }
    void end() { m_json->append('}'); }

    QByteArray *member(const char *name)
    {
        if (!m_first)
            m_json->append(',');
        m_first = false;
        m_json->append('"').append(name).append("\":");
        return m_json;
    }
    void add(const char *name, qsizetype value) { member(name)->append(QByteArray::number(value)); }
    void add(const char *name, bool value) { member(name)->append(value ? "true" : "false"); }
    void addString(const char *name, const QByteArray &value) { appendJsonString(member(name), value); }

private:
    QByteArray *m_json;
    bool m_first = true;
};

} // namespace

ArticleChange ArticleChange::between(const std::optional<RenderedArticle> &known, const RenderedArticle &next,
                                     int revision)
{
    ArticleChange change;
    change.reset = !known;
    const RenderedArticle shown = known.value_or(RenderedArticle());
    JsonObjectWriter object(&change.json);
    object.add("revision", qsizetype(revision));
    // A page that starts over reports the first frame drawn with the article.
    if (change.reset) {
        object.add("reset", true);
        object.add("reportDrawn", true);
    }
    if (!sameBytes(shown.header, next.header))
        object.addString("header", next.header);
    if (!sameBytes(shown.lead, next.lead)) {
        object.addString("lead", next.lead);
        change.replaced.append(-1);
    }
    if (!sameBytes(shown.footnotes, next.footnotes))
        object.addString("footnotes", next.footnotes);

    const qsizetype oldCount = shown.sections.size();
    const qsizetype newCount = next.sections.size();
    if (oldCount == newCount) {
        QByteArray *list = nullptr;
        for (qsizetype index = 0; index < newCount; ++index) {
            if (sameSection(shown, index, next, index))
                continue;
            list = list ? &list->append(',') : &object.member("sections")->append('[');
            list->append('[').append(QByteArray::number(index)).append(',');
            list->append(QByteArray::number(next.levels.value(index))).append(',');
            appendJsonString(list, next.sections.at(index));
            list->append(']');
            change.replaced.append(int(index));
        }
        if (list)
            list->append(']');
        object.end();
        if (change.reset)
            change.replaced.clear();
        return change;
    }

    change.spliced = true;
    change.replaced.clear();
    const qsizetype common = std::min(oldCount, newCount);
    qsizetype prefix = 0;
    while (prefix < common && sameSection(shown, prefix, next, prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && sameSection(shown, oldCount - 1 - suffix, next, newCount - 1 - suffix))
        ++suffix;
    // Room for all of it: growing a megabyte step by step costs more than
    // writing it.
    qsizetype bytes = change.json.size() + 256;
    for (qsizetype index = prefix; index < newCount - suffix; ++index)
        bytes += next.sections.at(index).size() * 17 / 16 + 8;
    change.json.reserve(bytes);
    QByteArray *splice = object.member("splice");
    JsonObjectWriter range(splice);
    range.add("start", prefix);
    range.add("removeCount", oldCount - prefix - suffix);
    QByteArray *levels = range.member("levels");
    levels->append('[');
    for (qsizetype index = prefix; index < newCount - suffix; ++index) {
        if (index > prefix)
            levels->append(',');
        levels->append(QByteArray::number(next.levels.value(index)));
    }
    levels->append(']');
    QByteArray *fragments = range.member("fragments");
    fragments->append('[');
    for (qsizetype index = prefix; index < newCount - suffix; ++index) {
        if (index > prefix)
            fragments->append(',');
        appendJsonString(fragments, next.sections.at(index));
    }
    fragments->append(']');
    range.end();
    object.end();
    return change;
}
