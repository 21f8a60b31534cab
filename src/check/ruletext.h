#pragma once

#include "checkblock.h"
#include "token.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariantMap>

// Small readings of block text shared by the rules.
namespace RuleText {

// A rule's message in the interface language (context "RuleText", where
// lupdate files RuleText::tr).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("RuleText", text);
}

// Whether messages read in Japanese: the installed translation says so.
bool isJapanese();

// A message from rule data (resources/rules/*.yml): `key` is English, and
// `key_ja`, when present, is used for Japanese.
QString dataText(const QVariantMap &entry, const char *key);

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

// An ASCII or full-width digit.
inline bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Whether the tilde at `index` joins two numbers (1~2, 4日〜7日, 20〜30%):
// a digit follows, and one of the four characters before is a digit.
bool isRangeTilde(QStringView text, int index);

// A pattern as textlint options write it: "/regexp/flags" or a literal string.
QRegularExpression patternFromString(const QString &pattern);

} // namespace RuleText
