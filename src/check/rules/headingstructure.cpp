// heading-structure: the outline of the article read from its headings.
// A heading that skips a level (an H2 followed by an H4; the title, from
// the front matter or the first H1, is level 1), a section with neither
// body nor subsections (an image, code or any other content is a body;
// white space, HTML comments and thematic breaks are not), two sibling
// sections with the same heading, a heading that ends in 「。」, and a list
// that names the sections that follow it but names one of them otherwise
// than its heading (a list in a section's own body, or in the lead, with as
// many top-level items as the section has subsections, all but about one
// in four of them naming a subsection).
#include "rulefactories.h"

#include "articlelists.h"
#include "ruletext.h"

#include <QHash>

namespace {

// A heading or list item text reduced for comparing: width and case folded,
// `{#id}` attributes, white space, brackets and punctuation removed.
QString comparable(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'}')) {
        const qsizetype open = text.lastIndexOf(QLatin1String("{#"));
        if (open >= 0)
            text.truncate(open);
    }
    text = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace() || c.isPunct() || c == u'`' || c == u'*' || c == u'~' || c == u'|')
            continue;
        result += c;
    }
    if (result.endsWith(u"とは") && result.size() > 3)
        result.chop(2);
    return result;
}

// The part of an item or heading before a separator that adds a
// description or a reading (`ダーマペン：針で…`, `ダーマペン（Dermapen）`).
QString namePart(const QString &text)
{
    static const QString separators = QStringLiteral("：:（(—－―|｜、,。");
    qsizetype cut = text.size();
    for (const QChar c : separators) {
        const qsizetype at = text.indexOf(c);
        if (at > 0 && at < cut)
            cut = at;
    }
    const qsizetype dash = text.indexOf(QLatin1String(" - "));
    if (dash > 0 && dash < cut)
        cut = dash;
    return text.left(cut);
}

bool namesMatch(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= 2 && longer.contains(shorter);
}

struct Names
{
    QString full;
    QString name;
    // The names a text joins (`結果と考察`: 結果, 考察), when it joins some.
    QStringList parts;
};

Names namesOf(const QString &text)
{
    Names names{comparable(text), comparable(namePart(text)), {}};
    static const QString joiners = QStringLiteral("と・や＆&+＋");
    QString part;
    auto flush = [&] {
        const QString reduced = comparable(part);
        if (!reduced.isEmpty())
            names.parts.append(reduced);
        part.clear();
    };
    for (const QChar c : text) {
        if (joiners.contains(c))
            flush();
        else
            part += c;
    }
    flush();
    if (names.parts.size() < 2)
        names.parts.clear();
    return names;
}

// Whether every name `a` joins, each two characters or more, is in `b`.
bool partsIn(const Names &a, const Names &b)
{
    if (a.parts.isEmpty())
        return false;
    for (const QString &part : a.parts) {
        if (part.size() < 2 || !b.full.contains(part))
            return false;
    }
    return true;
}

bool matches(const Names &item, const Names &heading)
{
    return namesMatch(item.full, heading.full) || namesMatch(item.name, heading.full)
        || namesMatch(item.full, heading.name) || namesMatch(item.name, heading.name) || partsIn(heading, item)
        || partsIn(item, heading);
}

// Whether bytes [begin, end) of `text` hold nothing a reader sees: white
// space, HTML comments, thematic breaks.
bool isBlank(const QByteArray &text, qsizetype begin, qsizetype end)
{
    begin = std::clamp<qsizetype>(begin, 0, text.size());
    end = std::clamp<qsizetype>(end, begin, text.size());
    qsizetype index = begin;
    while (index < end) {
        const char c = text.at(index);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++index;
            continue;
        }
        if (QByteArrayView(text.constData() + index, end - index).startsWith("<!--")) {
            const qsizetype close = text.indexOf("-->", index + 4);
            if (close < 0 || close + 3 > end)
                return true; // the comment runs to the end
            index = close + 3;
            continue;
        }
        // A thematic break: a line of three or more -, * or _.
        if (c == '-' || c == '*' || c == '_') {
            qsizetype lineEnd = text.indexOf('\n', index);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            int marks = 0;
            bool onlyMarks = true;
            for (qsizetype at = index; at < lineEnd; ++at) {
                const char d = text.at(at);
                if (d == c)
                    ++marks;
                else if (d != ' ' && d != '\t' && d != '\r')
                    onlyMarks = false;
            }
            if (onlyMarks && marks >= 3) {
                index = lineEnd;
                continue;
            }
        }
        return false;
    }
    return true;
}

class HeadingStructure : public Rule
{
public:
    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        const QList<Section> &sections = article.structure.sections;
        if (sections.isEmpty())
            return;
        const QList<int> headingBlocks = ArticleLists::headingBlocks(article);
        auto report = [&](int section, TextRange range, const QString &message, std::optional<TextRange> fix = {}) {
            ArticleRuleFinding found;
            const int block = headingBlocks.value(section, -1);
            if (block >= 0) {
                found.block = block;
                found.finding = fix ? RuleFinding{range, message, *fix, QString()} : RuleFinding{range, message};
            } else {
                const Section &where = sections.at(section);
                found.block = -1;
                found.finding.message = message;
                found.byteBegin = where.begin;
                found.byteEnd = std::max(where.begin, where.headingEnd - 1);
            }
            findings.append(found);
        };
        auto wholeHeading = [&](int section) {
            const int block = headingBlocks.value(section, -1);
            return block >= 0 ? TextRange{0, int(article.blocks.at(block)->text().size())} : TextRange{};
        };

        // The title is level 1, whether in the front matter or the first H1.
        int previousLevel = 1;
        QHash<QString, int> siblings; // "parent:heading" -> the first section
        for (int index = 0; index < sections.size(); ++index) {
            const Section &section = sections.at(index);
            if (section.level > previousLevel + 1) {
                report(index, wholeHeading(index),
                       RuleText::tr("Heading level skipped: an H%1 after an H%2. Make it an H%3 or add the missing level.")
                           .arg(section.level)
                           .arg(previousLevel)
                           .arg(previousLevel + 1));
            }
            previousLevel = section.level;

            if (section.children.isEmpty() && isBlank(article.text, section.bodyBegin, section.end)) {
                report(index, wholeHeading(index),
                       RuleText::tr("Empty section: nothing follows this heading. Write its text or remove the heading."));
            }

            const QString key = comparable(section.heading);
            if (!key.isEmpty()) {
                const QString siblingKey = QString::number(section.parent) + u':' + key;
                const auto first = siblings.constFind(siblingKey);
                if (first == siblings.cend()) {
                    siblings.insert(siblingKey, index);
                } else {
                    report(index, wholeHeading(index),
                           RuleText::tr("Same heading as another section at this level (line %1). Make the headings distinct.")
                               .arg(article.lineForMessage(sections.at(*first).line)));
                }
            }

            checkFinalPeriod(article, headingBlocks, index, report);
        }

        checkAnnouncingLists(article, findings);
    }

private:
    template<typename Report>
    void checkFinalPeriod(const ArticleContext &article, const QList<int> &headingBlocks, int index, Report &report) const
    {
        const int block = headingBlocks.value(index, -1);
        if (block < 0)
            return;
        const QString &text = article.blocks.at(block)->text();
        int end = int(text.size());
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        // `{#id}` after the heading text.
        if (end > 0 && text.at(end - 1) == u'}') {
            const qsizetype open = text.lastIndexOf(QLatin1String("{#"), end - 1);
            if (open > 0) {
                end = int(open);
                while (end > 0 && text.at(end - 1).isSpace())
                    --end;
            }
        }
        if (end == 0 || (text.at(end - 1) != u'。' && text.at(end - 1) != u'｡'))
            return;
        const TextRange period{end - 1, end};
        report(index, period, RuleText::tr("A heading ends in 「。」. Remove it."), period);
    }

    // A list in a section's own body (or in the lead) with one item per
    // subsection (top-level section) that names all but a few of them.
    void checkAnnouncingLists(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const
    {
        const QList<Section> &sections = article.structure.sections;
        const QList<const CheckBlock *> &blocks = article.blocks;
        std::optional<ArticleLists::LineIndex> lines;
        int listEnd = -1; // blocks before this belong to a list already read
        for (int index = 0; index < blocks.size() && index < article.blockSections.size(); ++index) {
            const CheckBlock &block = *blocks.at(index);
            if (block.kind() != CheckBlock::Kind::ListItem || block.isInBlockQuote() || index < listEnd)
                continue;
            const int section = article.blockSections.at(index);
            const QList<int> &following = section >= 0 ? sections.at(section).children : article.structure.topLevel;
            if (following.size() < 3)
                continue;
            if (!lines)
                lines.emplace(article.text);
            const QList<int> items = ArticleLists::listItems(article, *lines, index);
            if (items.isEmpty())
                continue;
            listEnd = items.last() + 1;
            while (listEnd < blocks.size() && blocks.at(listEnd)->kind() == CheckBlock::Kind::ListItem
                   && article.blockSections.value(listEnd) == section)
                ++listEnd;
            if (items.size() != following.size())
                continue;
            compareNames(article, items, following, findings);
        }
    }

    void compareNames(const ArticleContext &article, const QList<int> &items,
                      const QList<int> &following, QList<ArticleRuleFinding> &findings) const
    {
        const QList<Section> &sections = article.structure.sections;
        const qsizetype count = items.size();
        QList<Names> itemNames;
        QList<Names> headingNames;
        for (int item : items)
            itemNames.append(namesOf(article.blocks.at(item)->text()));
        for (int section : following)
            headingNames.append(namesOf(sections.at(section).heading));
        QList<bool> headingUsed(count, false);
        QList<int> unmatchedItems;
        for (qsizetype item = 0; item < count; ++item) {
            bool found = false;
            for (qsizetype heading = 0; heading < count && !found; ++heading) {
                if (!headingUsed.at(heading) && matches(itemNames.at(item), headingNames.at(heading))) {
                    headingUsed[heading] = true;
                    found = true;
                }
            }
            if (!found)
                unmatchedItems.append(int(item));
        }
        const qsizetype matched = count - unmatchedItems.size();
        if (unmatchedItems.isEmpty() || matched < 2 || unmatchedItems.size() > std::max<qsizetype>(1, count / 4))
            return;
        QList<int> unmatchedHeadings;
        for (qsizetype heading = 0; heading < count; ++heading) {
            if (!headingUsed.at(heading))
                unmatchedHeadings.append(int(heading));
        }
        for (qsizetype pair = 0; pair < unmatchedItems.size() && pair < unmatchedHeadings.size(); ++pair) {
            const int item = items.at(unmatchedItems.at(pair));
            const Section &heading = sections.at(following.at(unmatchedHeadings.at(pair)));
            const QString &text = article.blocks.at(item)->text();
            int end = int(text.size());
            while (end > 0 && text.at(end - 1).isSpace())
                --end;
            ArticleRuleFinding found;
            found.block = item;
            found.finding = RuleFinding{TextRange{0, end},
                                        RuleText::tr("The list names 「%1」 but the section it announces is headed 「%2」 (line %3). Use the same name.")
                                            .arg(text.left(end), heading.heading.trimmed())
                                            .arg(article.lineForMessage(heading.line))};
            findings.append(found);
        }
    }
};

} // namespace

std::unique_ptr<Rule> createHeadingStructure(const RuleOptions &)
{
    return std::make_unique<HeadingStructure>();
}
