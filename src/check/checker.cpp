#include "checker.h"

#include "articlelimits.h"

#include "articledocument.h"
#include "blockextraction.h"
#include "morphology.h"
#include "rulecatalog.h"
#include "textpositions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

// `<!-- kiji-disable-next-line [rule-id …] -->`: the line after the
// comment is not checked by the named rules (all rules when none is named).
QHash<int, QStringList> disabledLines(const QByteArray &text, const TextPositions &positions)
{
    QHash<int, QStringList> lines;
    static const QByteArray marker = "<!-- kiji-disable-next-line";
    qsizetype at = 0;
    while ((at = text.indexOf(marker, at)) >= 0) {
        const qsizetype close = text.indexOf("-->", at);
        const qsizetype lineEnd = text.indexOf('\n', at);
        if (close < 0 || (lineEnd >= 0 && close > lineEnd)) {
            at += marker.size();
            continue;
        }
        const QString ids = QString::fromUtf8(text.mid(at + marker.size(), close - at - marker.size()));
        const int line = positions.at(at).line + 1;
        lines.insert(line, ids.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts));
        at = close;
    }
    return lines;
}

// Characters of the block kept around a finding in Finding::context.
constexpr int contextMargin = 12;

// Just after the UTF-8 character that starts at `offset`.
qsizetype endOfCharacter(const QByteArray &text, qsizetype offset)
{
    if (offset >= text.size())
        return text.size();
    const unsigned char lead = static_cast<unsigned char>(text.at(offset));
    const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return std::min(text.size(), offset + length);
}

} // namespace

Checker::Checker(const CheckConfig &config)
{
    for (const RuleSetting &setting : config.rules()) {
        const RuleInfo *info = RuleCatalog::find(setting.id);
        if (!info)
            continue;
        m_rules.push_back({setting, RuleCatalog::shared(*info, setting.options)});
        m_ruleIds.append(setting.id);
    }
}

Checker::~Checker() = default;

bool Checker::isReady(QString *errorString) const
{
    if (Morphology::isAvailable())
        return true;
    if (errorString)
        *errorString = Morphology::errorString();
    return false;
}

Findings Checker::check(const ArticleDocument &document, const std::function<int(int)> &displayLine)
{
    return check(document.text(), document.frontMatter(), document.structure(), document.markdownTree(), displayLine);
}

Findings Checker::check(const QByteArray &text, const FrontMatter &frontMatter, const ArticleStructure &structure,
                        const CmarkTree &tree, const std::function<int(int)> &displayLine)
{
    ++m_generation;
    m_blocksChecked = 0;
    // Read once: the blocks read the marks as accepted, review-open lists them.
    const QList<ReviewMark> reviewMarks = BlockExtraction::reviewMarksOf(text, structure, tree);
    const QList<SourceBlock> blocks = BlockExtraction::extract(text, structure, tree, reviewMarks);

    // Per-block findings, from the cache where the block is unchanged.
    QList<std::shared_ptr<const CachedBlock>> blockFindings;
    QList<const CheckBlock *> checkBlocks;
    blockFindings.reserve(blocks.size());
    auto stopped = [this] { return m_stop && m_stop->load(std::memory_order_relaxed); };
    for (const SourceBlock &source : blocks) {
        if (stopped())
            return {};
        const QString key = source.block->cacheKey();
        auto cached = m_cache.find(key);
        if (cached == m_cache.end()) {
            auto entry = std::make_shared<CachedBlock>();
            entry->block = source.block;
            QList<RuleFinding> found;
            for (size_t index = 0; index < m_rules.size(); ++index) {
                found.clear();
                m_rules[index].rule->checkBlock(*entry->block, found);
                for (RuleFinding &finding : found)
                    entry->findings.append({int(index), std::move(finding)});
            }
            entry->findings.squeeze();
            cached = m_cache.insert(key, std::move(entry));
            ++m_blocksChecked;
        }
        (*cached)->generation = m_generation;
        blockFindings.append(*cached);
        checkBlocks.append((*cached)->block.get());
    }

    const TextPositions positions(text);
    const QHash<int, QStringList> disabled = disabledLines(text, positions);
    Findings findings;
    auto add = [&](const ActiveRule &active, int blockIndex, const RuleFinding &found) {
        const QList<qsizetype> &offsets = blocks.at(blockIndex).sourceOffsets;
        const int last = int(offsets.size()) - 1;
        const int begin = std::clamp(found.range.begin, 0, last);
        const int end = std::clamp(std::max(found.range.end, found.range.begin), 0, last);
        Finding finding;
        finding.ruleId = active.setting.id;
        finding.message = found.message;
        finding.severity = active.setting.severity;
        finding.start = positions.at(offsets.at(begin));
        // The end is just after the last character found.
        finding.end = finding.start;
        if (end > begin)
            finding.end = positions.at(endOfCharacter(text, offsets.at(end - 1)));
        const CheckBlock &block = *blocks.at(blockIndex).block;
        const int fixBegin = found.fixRange ? std::clamp(found.fixRange->begin, 0, last) : 0;
        const int fixEnd = found.fixRange ? std::clamp(found.fixRange->end, fixBegin, last) : 0;
        // A fix never rewrites review markup the text leaves out.
        if (found.fixRange && !block.hasReviewMarkGapIn({fixBegin, fixEnd})) {
            FindingFix fix;
            qsizetype firstByte = offsets.at(fixBegin);
            // A fix of punctuation written as a Markdown escape (`\~`)
            // replaces the backslash too.
            if (firstByte > 0 && text.at(firstByte - 1) == '\\' && firstByte < text.size()
                && QByteArrayView("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(text.at(firstByte)))
                --firstByte;
            const TextPosition first = positions.at(firstByte);
            const TextPosition last = fixEnd > fixBegin ? positions.at(endOfCharacter(text, offsets.at(fixEnd - 1)))
                                                        : first;
            fix.begin = first.index;
            fix.end = last.index;
            fix.byteBegin = first.byte;
            fix.byteEnd = last.byte;
            fix.text = found.fixText;
            finding.fix = fix;
        }
        finding.section = blocks.at(blockIndex).section;
        const QString &blockText = block.text();
        const int contextBegin = std::max(0, begin - contextMargin);
        const int contextEnd = std::min(int(blockText.size()), std::max(end, begin) + contextMargin);
        finding.context = blockText.mid(contextBegin, contextEnd - contextBegin);
        finding.contextOffset = begin - contextBegin;
        finding.contextLength = std::max(0, std::min(end, int(blockText.size())) - begin);
        const auto lineRules = disabled.constFind(finding.start.line);
        if (lineRules != disabled.cend() && (lineRules->isEmpty() || lineRules->contains(finding.ruleId)))
            return;
        if (frontMatter.disabledRules.contains(finding.ruleId))
            return;
        findings.append(std::move(finding));
    };

    // A finding of the whole article at bytes of the file.
    auto addAt = [&](const ActiveRule &active, const ArticleRuleFinding &found) {
        Finding finding;
        finding.ruleId = active.setting.id;
        finding.message = found.finding.message;
        finding.severity = active.setting.severity;
        const qsizetype begin = std::clamp<qsizetype>(found.byteBegin, 0, text.size());
        const qsizetype end = std::clamp<qsizetype>(found.byteEnd, begin, text.size());
        finding.start = positions.at(begin);
        finding.end = positions.at(end);
        finding.section = begin < structure.markdownBegin ? -1 : structure.sectionAt(begin);
        if (found.hasFix) {
            const qsizetype fixBegin = std::clamp<qsizetype>(found.fixByteBegin, 0, text.size());
            const qsizetype fixEnd = std::clamp<qsizetype>(found.fixByteEnd, fixBegin, text.size());
            const TextPosition first = positions.at(fixBegin);
            const TextPosition last = positions.at(fixEnd);
            finding.fix = FindingFix{first.index, last.index, found.finding.fixText, fixBegin, fixEnd};
        }
        if (frontMatter.disabledRules.contains(finding.ruleId))
            return;
        const auto lineRules = disabled.constFind(finding.start.line);
        if (lineRules != disabled.cend() && (lineRules->isEmpty() || lineRules->contains(finding.ruleId)))
            return;
        findings.append(std::move(finding));
    };
    bool anyReadsArticle = false;
    for (const ActiveRule &active : m_rules)
        anyReadsArticle = anyReadsArticle || active.rule->readsArticle();
    ArticleContext article{text, frontMatter, structure, checkBlocks, {}, {}, displayLine, reviewMarks};
    if (anyReadsArticle) {
        for (const SourceBlock &source : blocks) {
            article.blockSections.append(source.section);
            article.blockLines.append(positions.at(source.sourceOffsets.isEmpty() ? 0 : source.sourceOffsets.first()).line);
        }
    }

    for (size_t ruleIndex = 0; ruleIndex < m_rules.size(); ++ruleIndex) {
        if (stopped())
            return {};
        const ActiveRule &active = m_rules[ruleIndex];
        if (active.setting.medicalArticlesOnly && !article.isMedical())
            continue;
        // Past the limit a rule's findings are only counted; the first of
        // them stays, as the place where the list stops.
        int listed = 0;
        int omitted = 0;
        qsizetype omittedAt = -1;
        auto adding = [&](const auto &addFinding) {
            if (listed >= ArticleLimits::MaximumFindingsPerRule && omitted++ > 0)
                return;
            const qsizetype before = findings.size();
            addFinding();
            if (findings.size() == before)
                return;
            if (listed < ArticleLimits::MaximumFindingsPerRule)
                ++listed;
            else
                omittedAt = before;
        };
        for (int blockIndex = 0; blockIndex < blocks.size(); ++blockIndex) {
            for (const auto &[rule, found] : blockFindings.at(blockIndex)->findings) {
                if (rule == int(ruleIndex))
                    adding([&] { add(active, blockIndex, found); });
            }
        }
        if (active.rule->readsArticle()) {
            QList<ArticleRuleFinding> articleFindings;
            active.rule->checkArticle(article, articleFindings);
            for (const ArticleRuleFinding &found : articleFindings) {
                if (found.block >= 0 && found.block < blocks.size())
                    adding([&] { add(active, found.block, found.finding); });
                else if (found.block < 0)
                    adding([&] { addAt(active, found); });
            }
        }
        if (omittedAt >= 0) {
            Finding &more = findings[omittedAt];
            more.severity = FindingSeverity::Info;
            more.message = QCoreApplication::translate(
                               "RuleText", "%n more finding(s) of this rule are not listed: Kiji lists %1 per rule.",
                               nullptr, omitted)
                               .arg(ArticleLimits::MaximumFindingsPerRule);
            more.fix.reset();
        }
    }

    m_cache.removeIf([this](const auto &entry) { return entry.value()->generation != m_generation; });
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start.line != b.start.line)
            return a.start.line < b.start.line;
        return a.start.column < b.start.column;
    });
    return findings;
}
