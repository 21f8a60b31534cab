// ArticleStructure::reparsePart: typing in a long article re-parses the
// part being typed in, not the whole article.
//
// A part (the lead, or a section's heading and own body) starts where
// cmark-gfm's block parser has nothing open: at the start of the Markdown or
// at a top-level heading. Parsed alone, followed by the next section's
// heading lines, it gives the blocks the whole parse gives, as long as that
// next heading still comes out as a top-level heading on its own line (no
// fence, HTML block or paragraph ran into it) and no other heading appeared.
// Inline parsing depends on the rest of the article only through link
// reference definitions and footnotes. A definition in the part sends the
// edit the slow way. Footnote references are read as in the whole article
// when the part is parsed with a definition of each footnote it names that
// the article defines; the edit stays local when the part refers to the
// same footnotes in the same order as before, so that their numbers and
// the footnotes at the end stay as they were.
#include "articlestructure.h"

#include "cmarktree.h"
#include "sourcelines.h"
#include "textcount.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <limits>

namespace {

// Footnote and link reference definitions: what other parts read.
bool holdsDefinition(const QByteArray &bytes)
{
    return bytes.contains("]:");
}

// The labels of the `[^label]` in `bytes`, in order; nothing when one of
// them is not a plain label (white space, a backslash or bracket, no `]` on
// its line), which the slow way reads.
std::optional<QList<QByteArray>> footnoteCandidates(const QByteArray &bytes)
{
    QList<QByteArray> labels;
    for (qsizetype at = bytes.indexOf("[^"); at >= 0; at = bytes.indexOf("[^", at + 2)) {
        qsizetype end = at + 2;
        for (; end < bytes.size() && bytes.at(end) != ']'; ++end) {
            const char c = bytes.at(end);
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\\' || c == '[')
                return std::nullopt;
        }
        if (end >= bytes.size() || end == at + 2)
            return std::nullopt;
        labels.append(bytes.mid(at + 2, end - at - 2));
    }
    return labels;
}

// A definition of each label, to parse after the part: the k-th distinct
// label's says `k`, so that a definition in the tree tells its label.
QByteArray footnoteDefinitions(const QList<QByteArray> &labels, QList<QByteArray> *distinct)
{
    QByteArray definitions;
    for (const QByteArray &label : labels) {
        if (distinct->contains(label))
            continue;
        definitions += "\n[^" + label + "]: " + QByteArray::number(distinct->size()) + '\n';
        distinct->append(label);
    }
    return definitions;
}

// The labels of the footnote references in the blocks of `tree` on lines up
// to `lines`, in order. cmark-gfm numbers footnotes from 1 in the order of
// their first reference and puts the definitions last, in that order.
QList<QByteArray> referencedLabels(const CmarkTree &tree, int lines, const QList<QByteArray> &distinct)
{
    QList<QByteArray> byNumber;
    for (cmark_node *node = cmark_node_last_child(tree.root());
         node && cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION; node = cmark_node_previous(node)) {
        cmark_node *paragraph = cmark_node_first_child(node);
        cmark_node *text = paragraph ? cmark_node_first_child(paragraph) : nullptr;
        const char *literal = text ? cmark_node_get_literal(text) : nullptr;
        byNumber.prepend(distinct.value(literal ? QByteArray(literal).toInt() : -1));
    }
    QList<QByteArray> labels;
    for (cmark_node *block = cmark_node_first_child(tree.root());
         block && CmarkTree::blockStartLine(block) <= lines; block = cmark_node_next(block)) {
        cmark_iter *iter = cmark_iter_new(block);
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE) {
                const char *number = cmark_node_get_literal(node);
                labels.append(byNumber.value((number ? QByteArray(number).toInt() : 0) - 1));
            }
        }
        cmark_iter_free(iter);
    }
    return labels;
}

// Where the heading's line ends now, given where it ended before the edit.
// A heading on the file's last line without a line break continues with an
// edit at its end: its line now ends after the first line break there (one
// a `<!-- kiji: … -->` line or a body brought), or at the end of the text.
qsizetype headingLineEnd(const QByteArray &text, qsizetype oldEnd)
{
    if (oldEnd <= 0 || oldEnd >= text.size())
        return oldEnd;
    const char before = text.at(oldEnd - 1);
    if (before == '\n' || (before == '\r' && text.at(oldEnd) != '\n'))
        return oldEnd;
    qsizetype end = oldEnd;
    while (end < text.size() && text.at(end) != '\n' && text.at(end) != '\r')
        ++end;
    if (end < text.size())
        end += (text.at(end) == '\r' && end + 1 < text.size() && text.at(end + 1) == '\n') ? 2 : 1;
    return end;
}

} // namespace

std::optional<PartReparse> ArticleStructure::reparsePart(const QByteArray &text, const TextEdit &edit)
{
    if (edit.offset < markdownBegin || sections.isEmpty())
        return std::nullopt;
    const int part = sectionAt(edit.offset);
    const qsizetype begin = part < 0 ? markdownBegin : sections.at(part).begin;
    const qsizetype editable = part < 0 ? markdownBegin : sections.at(part).headingEnd;
    const qsizetype oldEnd = part < 0 ? leadEnd : sections.at(part).end;
    const qsizetype removedEnd = edit.offset + edit.removed.size();
    if (edit.offset < editable || removedEnd > oldEnd)
        return std::nullopt;

    const qsizetype delta = edit.inserted.size() - edit.removed.size();
    const qsizetype newEnd = oldEnd + delta;
    const QByteArray newPart = text.mid(begin, newEnd - begin);
    QByteArray oldPart = newPart;
    oldPart.replace(edit.offset - begin, edit.inserted.size(), edit.removed);
    if (holdsDefinition(newPart) || holdsDefinition(oldPart))
        return std::nullopt;
    if (mayHaveLinkDefinitions && newPart.contains('['))
        return std::nullopt;
    const std::optional<QList<QByteArray>> newFootnotes = footnoteCandidates(newPart);
    const std::optional<QList<QByteArray>> oldFootnotes = footnoteCandidates(oldPart);
    if (!newFootnotes || !oldFootnotes)
        return std::nullopt;
    const bool namesFootnotes = !newFootnotes->isEmpty() || !oldFootnotes->isEmpty();
    for (const QList<QByteArray> *labels : {&*newFootnotes, &*oldFootnotes}) {
        for (const QByteArray &label : *labels) {
            if (!footnoteLabels.contains(label))
                return std::nullopt;
        }
    }

    const Section *next = part + 1 < sections.size() ? &sections.at(part + 1) : nullptr;
    // The next heading must still begin a line. In the last part, the
    // definitions after it could be read as its own text.
    if (next && !newPart.endsWith('\n') && !newPart.endsWith('\r'))
        return std::nullopt;
    if (namesFootnotes && !next)
        return std::nullopt;
    const QByteArray nextHeading = next ? text.mid(next->begin + delta, next->headingEnd - next->begin) : QByteArray();
    QList<QByteArray> distinct;
    const QByteArray definitions = footnoteDefinitions(*newFootnotes, &distinct);
    const int partLines = SourceLines::lineBreakCount(newPart.constData(), newPart.size());
    auto tree = std::make_shared<const CmarkTree>(newPart + nextHeading + definitions);

    // The blocks must be: this section's heading (unchanged), its body
    // without headings or footnote definitions, then the next heading alone
    // on the line after the part.
    qsizetype chars = 0;
    bool sawNext = false;
    cmark_node *node = cmark_node_first_child(tree->root());
    if (part >= 0) {
        const Section &section = sections.at(part);
        if (!node || cmark_node_get_type(node) != CMARK_NODE_HEADING || CmarkTree::blockStartLine(node) != 1
            || cmark_node_get_heading_level(node) != section.level || TextCount::plainText(node) != section.heading)
            return std::nullopt;
    }
    for (; node; node = cmark_node_next(node)) {
        // The definitions parsed after the next heading come last.
        if (sawNext && !definitions.isEmpty() && cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            break;
        if (sawNext || cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            return std::nullopt;
        const bool isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
        if (isHeading && CmarkTree::blockStartLine(node) > partLines) {
            if (!next || CmarkTree::blockStartLine(node) != partLines + 1
                || cmark_node_get_heading_level(node) != next->level)
                return std::nullopt;
            sawNext = true;
            continue;
        }
        if (isHeading && (part < 0 || node != cmark_node_first_child(tree->root())))
            return std::nullopt;
        chars += TextCount::visibleChars(node);
    }
    if (bool(next) != sawNext)
        return std::nullopt;
    if (namesFootnotes) {
        // The same footnotes in the same order as before the edit.
        QList<QByteArray> oldDistinct;
        const QByteArray oldDefinitions = footnoteDefinitions(*oldFootnotes, &oldDistinct);
        const CmarkTree oldTree(oldPart + nextHeading + oldDefinitions);
        const int oldLines = SourceLines::lineBreakCount(oldPart.constData(), oldPart.size());
        if (referencedLabels(*tree, partLines, distinct) != referencedLabels(oldTree, oldLines, oldDistinct))
            return std::nullopt;
    }

    // The parse holds: shift what follows, recount this part and its
    // ancestors.
    const int lineDelta = partLines - SourceLines::lineBreakCount(oldPart.constData(), oldPart.size());
    qsizetype charsDelta = 0;
    if (part < 0) {
        charsDelta = chars - leadChars;
        leadChars = chars;
        leadEnd = newEnd;
    } else {
        Section &section = sections[part];
        charsDelta = chars - section.chars;
        section.chars = chars;
        section.end = newEnd;
        section.headingEnd = headingLineEnd(text, section.headingEnd);
        section.bodyBegin = SourceLines::metadataLineEnd(text, section.headingEnd);
        section.attributes = section.bodyBegin > section.headingEnd
            ? SourceLines::parseAttributes(text.mid(section.headingEnd, section.bodyBegin - section.headingEnd))
            : QMap<QString, QString>();
        for (int index = part; index >= 0; index = sections.at(index).parent) {
            sections[index].subtreeEnd += delta;
            sections[index].charsTotal += charsDelta;
        }
    }
    totalChars += charsDelta;
    for (int index = part + 1; index < sections.size(); ++index) {
        Section &section = sections[index];
        section.line += lineDelta;
        section.begin += delta;
        section.headingEnd += delta;
        section.bodyBegin += delta;
        section.end += delta;
        section.subtreeEnd += delta;
    }
    // Without a next heading every block is the part's, also on a last line
    // without a line break.
    return PartReparse{part, std::move(tree), next ? partLines : std::numeric_limits<int>::max(), definitions};
}
