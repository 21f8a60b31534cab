#pragma once

#include "frontmatter.h"
#include "textedit.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class CmarkTree;
struct PartReparse;

// One heading of the article and the text it owns. Offsets are bytes of
// the document's text (without BOM); lines are 1-based file lines.
struct Section
{
    int level = 2;
    QString heading;
    int line = 0;
    bool isSetext = false;
    qsizetype begin = 0;       // first byte of the heading line
    qsizetype headingEnd = 0;  // after the heading's line break
    qsizetype bodyBegin = 0;   // after the `<!-- kiji: … -->` line, if any
    qsizetype end = 0;         // the next heading of any level
    qsizetype subtreeEnd = 0;  // the next heading of the same or a higher level
    int parent = -1;
    QList<int> children;
    qsizetype chars = 0;      // heading and own body
    qsizetype charsTotal = 0; // with subsections
    // key=value pairs of the `<!-- kiji: … -->` line (budget, status, by, date).
    QMap<QString, QString> attributes;

    int budget() const { return attributes.value(QStringLiteral("budget")).toInt(); }
    bool isOverBudget() const { return budget() > 0 && charsTotal > budget(); }
};

// The tree derived from the source: front matter, lead, and the top-level
// headings of the Markdown nested by level. Headings inside lists or block
// quotes are not sections.
struct ArticleStructure
{
    qsizetype markdownBegin = 0; // after the front matter
    qsizetype leadEnd = 0;
    qsizetype leadChars = 0;
    qsizetype totalChars = 0;
    // Some line outside footnote definitions holds `]:`, so a link
    // reference definition may exist: text with `[` depends on all of them.
    bool mayHaveLinkDefinitions = false;
    // The labels of the footnote definitions, as written, that some
    // reference uses (cmark-gfm drops the others from its tree).
    QSet<QByteArray> footnoteLabels;
    QList<Section> sections; // in document order
    QList<int> topLevel;

    // `tree`, when given, receives the parse of the Markdown after the front
    // matter, for rendering without parsing again.
    static ArticleStructure derive(const QByteArray &text, const FrontMatter &frontMatter,
                                   std::shared_ptr<const CmarkTree> *tree = nullptr);

    // After `edit` (already applied to `text`) changed bytes inside the lead
    // or inside one section's body, updates this structure from a parse of
    // that part alone and returns it. Returns nothing and changes nothing
    // when that parse cannot show that the rest of the article reads as
    // before (a new heading, a fence or HTML block running on into the next
    // section, a footnote reference added, removed or moved, a definition,
    // link definitions); derive() is then needed.
    std::optional<PartReparse> reparsePart(const QByteArray &text, const TextEdit &edit);

    // The section whose own text holds `offset`, or -1 in the lead.
    int sectionAt(qsizetype offset) const;
};

// One part of the article parsed on its own after an edit inside it.
struct PartReparse
{
    int part = -1; // the section, or -1 for the lead
    // The part's text followed by the next section's heading lines.
    std::shared_ptr<const CmarkTree> tree;
    int lines = 0; // the part's lines in `tree`; nodes after them are the next heading
    // Parsed after the next heading: a definition of each footnote the part
    // refers to, so that its references read as in the whole article
    // (empty when it refers to none). Their numbers in `tree` count from 1.
    QByteArray footnoteDefinitions;
};
