#pragma once

#include "checkblock.h"
#include "ruleoptions.h"

#include <QList>
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

// A finding of a rule that reads the whole article, in one of its blocks.
struct ArticleRuleFinding
{
    int block = 0;
    RuleFinding finding;
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
    virtual void checkArticle(const QList<const CheckBlock *> &blocks, QList<ArticleRuleFinding> &findings) const;
};
