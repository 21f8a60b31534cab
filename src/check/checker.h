#pragma once

#include "checkconfig.h"
#include "finding.h"
#include "rule.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

class ArticleDocument;
class CmarkTree;
struct ArticleStructure;
struct FrontMatter;

// Runs the configured rules over an article and reports findings at file
// positions. It keeps each block's findings keyed by the block's content,
// so checking again after an edit reads only the blocks that changed. One
// thread at a time may use a Checker.
class Checker
{
public:
    explicit Checker(const CheckConfig &config);
    ~Checker();

    // False when the rules cannot run (no Japanese dictionary installed).
    bool isReady(QString *errorString = nullptr) const;

    // `displayLine` maps this text's lines to the lines a reader sees,
    // for messages that cite a line (an imported .txt article).
    Findings check(const ArticleDocument &document, const std::function<int(int)> &displayLine = {});
    Findings check(const QByteArray &text, const FrontMatter &frontMatter, const ArticleStructure &structure,
                   const CmarkTree &tree, const std::function<int(int)> &displayLine = {});

    // A flag another thread sets to stop a check that runs (the window
    // closing): check() then returns no findings, soon, and so does every
    // later check while it is set.
    void setStopFlag(const std::atomic_bool *stop) { m_stop = stop; }

    // Blocks the last check() had to read (not found unchanged in the cache).
    int blocksCheckedLastTime() const { return m_blocksChecked; }
    const QStringList &ruleIds() const { return m_ruleIds; }

private:
    struct ActiveRule
    {
        RuleSetting setting;
        std::shared_ptr<const Rule> rule;
    };
    struct CachedBlock
    {
        std::shared_ptr<CheckBlock> block;
        // (active rule's index, finding), in rule order: most blocks have
        // none, and a list per rule would cost each block ~1 KB.
        QList<std::pair<int, RuleFinding>> findings;
        quint64 generation = 0;
    };

    std::vector<ActiveRule> m_rules;
    QStringList m_ruleIds;
    QHash<QString, std::shared_ptr<CachedBlock>> m_cache;
    quint64 m_generation = 0;
    int m_blocksChecked = 0;
    const std::atomic_bool *m_stop = nullptr;
};
