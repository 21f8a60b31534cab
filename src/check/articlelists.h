#pragma once

// Lists and lines of an article as the editorial rules read them: which
// list-item blocks start a new item of the same list, and what lies between
// blocks in the file. Header-only.

#include "rule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace ArticleLists {

// Where each line of the article's text starts (line 1 at index 0).
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text) : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
            m_starts.append(index + 1);
    }

    int lineCount() const { return int(m_starts.size()); }

    // The bytes of 1-based `line` without its line break (empty past the end).
    QByteArrayView line(int line) const
    {
        if (line < 1 || line > m_starts.size())
            return {};
        const qsizetype begin = m_starts.at(line - 1);
        qsizetype end = line < m_starts.size() ? m_starts.at(line) - 1 : m_text.size();
        if (end > begin && m_text.at(end - 1) == '\r')
            --end;
        return QByteArrayView(m_text.constData() + begin, end - begin);
    }

    // Whether lines [first, last] hold only white space (true when empty).
    bool blank(int first, int last) const
    {
        for (int current = std::max(first, 1); current <= last && current <= m_starts.size(); ++current) {
            for (const char c : line(current)) {
                if (c != ' ' && c != '\t')
                    return false;
            }
        }
        return true;
    }

private:
    const QByteArray &m_text;
    QList<qsizetype> m_starts;
};

// The start of a list item's line: its indentation and its marker.
struct ItemLine
{
    bool hasMarker = false;
    int indent = 0;    // columns before the marker (a tab counts 4)
    char marker = 0;   // '-', '*', '+', or '.' / ')' for an ordered list
};

inline ItemLine itemLine(QByteArrayView line)
{
    ItemLine item;
    qsizetype index = 0;
    while (index < line.size() && (line.at(index) == ' ' || line.at(index) == '\t')) {
        item.indent += line.at(index) == '\t' ? 4 : 1;
        ++index;
    }
    if (index >= line.size())
        return item;
    const char c = line.at(index);
    qsizetype after = index + 1;
    if (c == '-' || c == '*' || c == '+') {
        item.marker = c;
    } else if (c >= '0' && c <= '9') {
        qsizetype digits = index;
        while (digits < line.size() && digits - index < 9 && line.at(digits) >= '0' && line.at(digits) <= '9')
            ++digits;
        if (digits >= line.size() || (line.at(digits) != '.' && line.at(digits) != ')'))
            return item;
        item.marker = line.at(digits);
        after = digits + 1;
    } else {
        return item;
    }
    item.hasMarker = after >= line.size() || line.at(after) == ' ' || line.at(after) == '\t';
    return item;
}

// The number of lines a block's text takes in the file (its line breaks + 1).
inline int blockLineCount(const CheckBlock &block)
{
    return int(block.text().count(u'\n')) + 1;
}

// The blocks that start the top-level items of the list whose first item
// is blocks[first] (in the same section, outside block quotes); empty when
// blocks[first] starts no list item.
inline QList<int> listItems(const ArticleContext &article, const LineIndex &lines, int first)
{
    QList<int> items;
    const QList<const CheckBlock *> &blocks = article.blocks;
    if (first < 0 || first >= blocks.size() || first >= article.blockLines.size())
        return items;
    const CheckBlock &head = *blocks.at(first);
    if (head.kind() != CheckBlock::Kind::ListItem || head.isInBlockQuote())
        return items;
    const ItemLine base = itemLine(lines.line(article.blockLines.at(first)));
    if (!base.hasMarker)
        return items;
    const bool ordered = base.marker == '.' || base.marker == ')';
    for (int index = first; index < blocks.size() && index < article.blockLines.size(); ++index) {
        const CheckBlock &block = *blocks.at(index);
        if (block.kind() != CheckBlock::Kind::ListItem || block.isInBlockQuote()
            || article.blockSections.value(index) != article.blockSections.value(first))
            break;
        const ItemLine item = itemLine(lines.line(article.blockLines.at(index)));
        if (item.indent < base.indent)
            break;
        if (item.indent > base.indent || !item.hasMarker)
            continue; // a nested item or a further paragraph of an item
        const bool itemOrdered = item.marker == '.' || item.marker == ')';
        if (itemOrdered != ordered || (!ordered && item.marker != base.marker))
            break; // another list
        items.append(index);
    }
    return items;
}

// For each section, the block that holds its heading (-1 when the heading
// has no text).
inline QList<int> headingBlocks(const ArticleContext &article)
{
    QList<int> result(article.structure.sections.size(), -1);
    int previous = -2;
    for (int index = 0; index < article.blocks.size() && index < article.blockSections.size(); ++index) {
        const int section = article.blockSections.at(index);
        if (section == previous)
            continue;
        previous = section;
        if (section < 0 || section >= result.size())
            continue;
        const CheckBlock &block = *article.blocks.at(index);
        if (block.kind() == CheckBlock::Kind::Heading && !block.isInBlockQuote()
            && article.blockLines.value(index) == article.structure.sections.at(section).line)
            result[section] = index;
    }
    return result;
}

} // namespace ArticleLists
