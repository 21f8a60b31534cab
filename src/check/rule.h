#pragma once

#include "checkblock.h"
#include "articlestructure.h"
#include "frontmatter.h"
#include "reviewmarks.h"
#include "ruleoptions.h"

#include <QList>

#include <functional>
#include <QString>

#include <optional>

// A finding of one rule in one block, in the block's text.
struct RuleFinding
{
    RuleFinding() = default;
    RuleFinding(TextRange range, QString message) : range(range), message(std::move(message)) {}
    RuleFinding(TextRange range, QString message, TextRange fixRange, QString fixText)
        : range(range), message(std::move(message)), fixRange(fixRange), fixText(std::move(fixText))
    {
    }

    TextRange range;
    QString message;
    // A quick fix: `text` in place of `fixRange` of the block's text.
    std::optional<TextRange> fixRange;
    QString fixText;
};

// A finding of a rule that reads the whole article: in one of its blocks
// (`block` >= 0, the range in the block's text), or anywhere in the file
// (`block` < 0: bytes [byteBegin, byteEnd) of the article's text, e.g. an
// HTML comment, or the title line for what the whole article lacks).
struct ArticleRuleFinding
{
    int block = 0;
    RuleFinding finding;
    qsizetype byteBegin = 0;
    qsizetype byteEnd = 0;
    // With `block` < 0, a quick fix: `finding.fixText` in place of these bytes.
    bool hasFix = false;
    qsizetype fixByteBegin = 0;
    qsizetype fixByteEnd = 0;
};

// What a rule that reads the whole article sees.
struct ArticleContext
{
    const QByteArray &text; // the article's UTF-8 text (no BOM)
    const FrontMatter &frontMatter;
    const ArticleStructure &structure;
    QList<const CheckBlock *> blocks; // in file order
    QList<int> blockSections;         // the section of each block (-1: the lead)
    QList<int> blockLines;            // the 1-based file line where each block starts
    // The line a reader sees for a line of this text, for messages that
    // cite one (a .txt article is checked as the Markdown made from it).
    std::function<int(int)> displayLine;
    // The CriticMarkup review marks of the text (ReviewMarks::marks()).
    const QList<ReviewMark> &reviewMarks;

    int lineForMessage(int line) const { return displayLine ? displayLine(line) : line; }
    // Whether the article is about medicine: it has a supervisor or
    // `category: medical`.
    bool isMedical() const;
};

// One check. A rule reads blocks one at a time (its findings are cached
// per block content), and may also read all blocks together for what only
// the whole article shows (a style mixed across paragraphs).
class Rule
{
public:
    virtual ~Rule() = default;

    virtual void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const;
    virtual bool readsArticle() const { return false; }
    virtual void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const;
};
