#pragma once

#include "checkblock.h"
#include "token.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Small readings of block text shared by the rules.
namespace RuleText {

// A rule's message in the interface language (context "Rules").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}

// The blocks textlint reads as paragraphs: paragraphs, list items and
// footnotes (not headings or table cells).
inline bool isParagraph(const CheckBlock &block)
{
    return block.kind() == CheckBlock::Kind::Paragraph || block.kind() == CheckBlock::Kind::ListItem
        || block.kind() == CheckBlock::Kind::Footnote;
}

// The pieces of the block's text that textlint reads as Str nodes: text
// outside code spans and images (whose alt text is no Str), cut where
// inline markup begins or ends, without those inside a span of a type in
// `skipped`.
QList<TextRange> strRanges(const CheckBlock &block, std::initializer_list<CheckBlock::Span::Type> skipped);

// A pattern as textlint options write it: "/regexp/flags" or a literal string.
QRegularExpression patternFromString(const QString &pattern);

} // namespace RuleText
