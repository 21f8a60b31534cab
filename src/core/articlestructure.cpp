#include "articlestructure.h"

#include "cmarktree.h"
#include "sourcelines.h"
#include "textcount.h"

#include <cmark-gfm.h>

#include <algorithm>

using namespace SourceLines;

namespace {

// The label of the footnote definition `[^label]:` on the line that starts
// at `begin` (cmark-gfm gives the column of its text, not of the label).
QByteArray footnoteDefinitionLabel(const QByteArray &text, qsizetype begin)
{
    while (begin < text.size() && text.at(begin) == ' ')
        ++begin;
    if (!QByteArrayView(text).sliced(begin).startsWith("[^"))
        return {};
    const qsizetype end = text.indexOf(']', begin + 2);
    return end < 0 ? QByteArray() : text.mid(begin + 2, end - begin - 2);
}

} // namespace


ArticleStructure ArticleStructure::derive(const QByteArray &text, const FrontMatter &frontMatter,
                                          std::shared_ptr<const CmarkTree> *parsed)
{
    ArticleStructure structure;
    structure.markdownBegin = frontMatter.isPresent ? frontMatter.end : 0;
    const qsizetype size = text.size();
    const QList<qsizetype> starts = lineStarts(text, structure.markdownBegin);
    auto shared = std::make_shared<const CmarkTree>(text.constData() + structure.markdownBegin,
                                                    size - structure.markdownBegin);
    const CmarkTree &tree = *shared;
    if (parsed)
        *parsed = shared;

    struct Block
    {
        int line;
        qsizetype chars;
    };
    QList<Block> blocks;
    QList<int> headingLines;
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        const int startLine = CmarkTree::blockStartLine(node);
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            structure.footnoteLabels.insert(footnoteDefinitionLabel(text, lineStart(starts, startLine, size)));
        }
        if (cmark_node_get_type(node) != CMARK_NODE_HEADING) {
            blocks.append({startLine, TextCount::visibleChars(node)});
            continue;
        }
        Section section;
        section.level = cmark_node_get_heading_level(node);
        section.heading = TextCount::plainText(node);
        section.line = startLine + frontMatter.lineCount;
        section.begin = lineStart(starts, startLine, size);
        int endLine = cmark_node_get_end_line(node);
        section.isSetext = endLine > startLine;
        if (!section.isSetext)
            endLine = startLine;
        // cmark-gfm 0.29 ends a setext heading on the line after its
        // underline; the heading ends at the first underline.
        if (section.isSetext) {
            int line = startLine + 1;
            while (line < endLine && !isSetextUnderline(text, lineStart(starts, line, size), size))
                ++line;
            endLine = line;
        }
        section.headingEnd = lineStart(starts, endLine + 1, size);
        section.bodyBegin = metadataLineEnd(text, section.headingEnd);
        if (section.bodyBegin > section.headingEnd)
            section.attributes = parseAttributes(text.mid(section.headingEnd, section.bodyBegin - section.headingEnd));
        section.chars = TextCount::visibleChars(node);
        structure.sections.append(section);
        headingLines.append(startLine);
    }

    // Footnote definitions come last in cmark's tree; place blocks by line.
    for (const Block &block : blocks) {
        const auto after = std::upper_bound(headingLines.cbegin(), headingLines.cend(), block.line);
        const qsizetype index = after - headingLines.cbegin() - 1;
        if (index < 0)
            structure.leadChars += block.chars;
        else
            structure.sections[index].chars += block.chars;
    }

    QList<int> open;
    for (int index = 0; index < structure.sections.size(); ++index) {
        Section &section = structure.sections[index];
        if (index + 1 < structure.sections.size())
            section.end = structure.sections.at(index + 1).begin;
        else
            section.end = size;
        while (!open.isEmpty() && structure.sections.at(open.last()).level >= section.level) {
            structure.sections[open.last()].subtreeEnd = section.begin;
            open.removeLast();
        }
        section.parent = open.isEmpty() ? -1 : open.last();
        if (section.parent < 0)
            structure.topLevel.append(index);
        else
            structure.sections[section.parent].children.append(index);
        open.append(index);
    }
    for (int index : open)
        structure.sections[index].subtreeEnd = size;

    structure.leadEnd = structure.sections.isEmpty() ? size : structure.sections.first().begin;
    for (int index = int(structure.sections.size()) - 1; index >= 0; --index) {
        Section &section = structure.sections[index];
        section.charsTotal += section.chars;
        if (section.parent >= 0)
            structure.sections[section.parent].charsTotal += section.charsTotal;
    }
    structure.mayHaveLinkDefinitions =
        mayHoldLinkDefinition(text.constData() + structure.markdownBegin, size - structure.markdownBegin);
    structure.totalChars = structure.leadChars;
    for (int index : std::as_const(structure.topLevel))
        structure.totalChars += structure.sections.at(index).charsTotal;
    return structure;
}

int ArticleStructure::sectionAt(qsizetype offset) const
{
    const auto after = std::upper_bound(sections.cbegin(), sections.cend(), offset,
                                        [](qsizetype value, const Section &section) { return value < section.begin; });
    return int(after - sections.cbegin()) - 1;
}
