// notation-variants: the same word written in two ways in one article
// (表記ゆれ): 出来る/できる, 下さい/ください, 事/こと, 様々/さまざま,
// ニキビ/にきび, 1~2/1〜2. Each occurrence of the less frequent form is
// reported with the more frequent one as the message's advice and the quick
// fix (on a tie, the form the data lists first, or else the one the article
// uses first). The variants come from three sources:
// - groups of forms in resources/rules/notation-variants.yml, matched as a
//   morpheme's basic form (so 出来た counts for 出来る) or a text at
//   morpheme boundaries;
// - the dictionary's reading: a noun or adverb written in katakana and in
//   hiragana (ニキビ/にきび), or a noun in kana beside the only kanji noun of
//   that reading and part of speech in the article (まゆげ/眉毛), both of
//   two characters or more (a single kanji's reading is often a guess);
// - the wave dash of a range of numbers: 〜, ～ or ~ (4日〜7日, 1~2週間).
// Code spans are not read.
#include "rulefactories.h"

#include "morphology.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QHash>
#include <QStringView>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct PosSpec
{
    QString pos;
    QString detail1;

    bool matches(const Token &token) const
    {
        return pos.isEmpty() || (token.pos() == pos && (detail1.isEmpty() || token.posDetail1() == detail1));
    }
};

struct Group
{
    QStringList forms;
    PosSpec pos;
};

QList<Group> loadGroups()
{
    QList<Group> groups;
    QVariant data;
    if (!YamlVariant::readFile(QStringLiteral(":/rules/notation-variants.yml"), &data, nullptr))
        return groups;
    for (const QVariant &item : data.toMap().value(QStringLiteral("groups")).toList()) {
        const QVariantMap map = item.toMap();
        Group group;
        for (const QVariant &form : map.value(QStringLiteral("forms")).toList()) {
            const QString text = form.toString();
            if (!text.isEmpty() && !group.forms.contains(text))
                group.forms.append(text);
        }
        const QStringList pos = map.value(QStringLiteral("pos")).toString().split(u',');
        group.pos.pos = pos.value(0).trimmed();
        group.pos.detail1 = pos.value(1).trimmed();
        if (group.forms.size() >= 2)
            groups.append(group);
    }
    return groups;
}

enum class Script { Other, Hiragana, Katakana, Kanji };

bool isHiragana(char16_t c)
{
    return (c >= 0x3041 && c <= 0x309F) || c == 0x30FC;
}

bool isKatakana(char16_t c)
{
    return c >= 0x30A1 && c <= 0x30FC && c != 0x30FB;
}

bool isKanji(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005 || (c >= 0xF900 && c <= 0xFAFF);
}

// The script of a word: all hiragana, all katakana, or kanji (with kana).
Script scriptOf(const QString &surface)
{
    bool hiragana = true;
    bool katakana = true;
    bool kanji = false;
    for (const QChar c : surface) {
        const char16_t u = c.unicode();
        const bool h = isHiragana(u);
        const bool k = isKatakana(u);
        if (isKanji(u))
            kanji = true;
        else if (!h && !k)
            return Script::Other;
        hiragana = hiragana && h && u != 0x30FC;
        katakana = katakana && k;
    }
    if (kanji)
        return Script::Kanji;
    if (hiragana)
        return Script::Hiragana;
    if (katakana)
        return Script::Katakana;
    return Script::Other;
}

bool isTilde(char16_t c)
{
    return c == u'~' || c == u'〜' || c == u'～';
}

// The inflected `surface` of `written` turned into `preferred`: the stems
// swapped, the okurigana kept (出来 → でき, 下さい → ください).
QString swapStem(const QString &written, const QString &preferred, const QString &surface)
{
    if (surface == written)
        return preferred;
    int suffix = 0;
    while (suffix < written.size() && suffix < preferred.size()
           && written.at(written.size() - 1 - suffix) == preferred.at(preferred.size() - 1 - suffix))
        ++suffix;
    const QString stem = written.left(written.size() - suffix);
    if (stem.isEmpty() || !surface.startsWith(stem))
        return {};
    return preferred.left(preferred.size() - suffix) + surface.mid(stem.size());
}

// One use of a variant in a block.
struct Use
{
    int block = 0;
    TextRange range;
    int variant = 0; // the form's index in its set
};

// The forms of one word in the article and where each is used.
struct VariantSet
{
    QStringList forms;     // as the data or the text writes them
    QList<int> counts;     // per form
    QList<int> firstUse;   // per form: the order of its first use
    bool listed = false;   // from the data: the first form wins a tie
    QList<Use> uses;
    // Readings only: the part of speech of the first use; whether all agree.
    QString detail;
    bool detailsAgree = true;

    int add(const QString &form, int order)
    {
        int index = int(forms.indexOf(form));
        if (index < 0) {
            index = int(forms.size());
            forms.append(form);
            counts.append(0);
            firstUse.append(order);
        }
        ++counts[index];
        return index;
    }

    // The form to write: the most used; on a tie the first listed or used.
    int preferred() const
    {
        int best = -1;
        for (int index = 0; index < forms.size(); ++index) {
            if (counts.at(index) == 0)
                continue;
            if (best < 0 || counts.at(index) > counts.at(best)
                || (counts.at(index) == counts.at(best) && !listed && firstUse.at(index) < firstUse.at(best)))
                best = index;
        }
        return best;
    }

    int used() const { return int(std::count_if(counts.cbegin(), counts.cend(), [](int count) { return count > 0; })); }
};

// The sets of readings in the order first read. The keys are the tokens'
// readings or surfaces, which outlive the check.
struct ReadingSets
{
    QHash<QStringView, qsizetype> index;
    std::vector<VariantSet> sets;

    VariantSet &at(QStringView reading)
    {
        const auto found = index.constFind(reading);
        if (found != index.cend())
            return sets[size_t(*found)];
        index.insert(reading, qsizetype(sets.size()));
        return sets.emplace_back();
    }
};

class NotationVariants : public Rule
{
public:
    NotationVariants() : m_groups(loadGroups())
    {
        for (int group = 0; group < m_groups.size(); ++group) {
            const QStringList &forms = m_groups.at(group).forms;
            for (int form = 0; form < forms.size(); ++form) {
                m_byForm[Morphology::featureId(forms.at(form))].append({group, form});
                m_byFirstChar[forms.at(form).at(0)].append({group, form});
            }
        }
    }

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        QList<VariantSet> listed(m_groups.size());
        for (int group = 0; group < m_groups.size(); ++group) {
            VariantSet &set = listed[group];
            set.listed = true;
            set.forms = m_groups.at(group).forms;
            set.counts.fill(0, set.forms.size());
            set.firstUse.fill(0, set.forms.size());
        }
        // Readings: nouns and adverbs apart.
        ReadingSets nouns;
        ReadingSets adverbs;
        VariantSet tildes;
        int order = 0;

        for (int blockIndex = 0; blockIndex < article.blocks.size(); ++blockIndex) {
            const CheckBlock &block = *article.blocks.at(blockIndex);
            const QString &text = block.text();
            QList<TextRange> code;
            for (const CheckBlock::Span &span : block.spans()) {
                if (span.type == CheckBlock::Span::Type::Code)
                    code.append(span.range);
            }
            code = mergedRanges(code);
            qsizetype nextCode = 0;
            auto inCode = [&](int index) {
                while (nextCode < code.size() && code.at(nextCode).end <= index)
                    ++nextCode;
                return nextCode < code.size() && code.at(nextCode).begin <= index;
            };

            // Ranges of numbers.
            for (int index = 0; index < text.size(); ++index) {
                if (!isTilde(text.at(index).unicode()) || !RuleText::isRangeTilde(text, index))
                    continue;
                if (inCode(index))
                    continue;
                const int variant = tildes.add(QString(text.at(index)), order++);
                tildes.uses.append({blockIndex, {index, index + 1}, variant});
            }
            nextCode = 0;

            const QList<Token> &tokens = block.tokens();
            int coveredEnd = -1;
            for (int index = 0; index < tokens.size(); ++index) {
                const Token &token = tokens.at(index);
                if (token.surface.isEmpty() || token.begin < coveredEnd || inCode(token.begin))
                    continue;
                if (const auto match = matchListed(text, tokens, index)) {
                    const auto [group, form, last] = *match;
                    VariantSet &set = listed[group];
                    ++set.counts[form];
                    set.uses.append({blockIndex, {token.begin, tokens.at(last).end}, form});
                    coveredEnd = tokens.at(last).end;
                    continue;
                }
                addReading(token, blockIndex, nouns, adverbs, order);
            }
        }

        for (VariantSet &set : listed)
            report(set, article, findings, [&](const VariantSet &variants, const Use &use, int preferred) {
                const QString &text = article.blocks.at(use.block)->text();
                const QString surface = text.mid(use.range.begin, use.range.length());
                return swapStem(variants.forms.at(use.variant), variants.forms.at(preferred), surface);
            });
        for (ReadingSets *sets : {&nouns, &adverbs}) {
            for (VariantSet &set : sets->sets) {
                if (set.used() < 2 || !readingVariants(set, sets == &adverbs))
                    continue;
                report(set, article, findings, [](const VariantSet &variants, const Use &, int preferred) {
                    return variants.forms.at(preferred);
                });
            }
        }
        report(tildes, article, findings, [](const VariantSet &variants, const Use &, int preferred) {
            return variants.forms.at(preferred);
        });
    }

private:
    struct ListedMatch
    {
        int group;
        int form;
        int last; // the last morpheme of the match
    };

    // A form of the data at morpheme `index`: its basic form, or its text
    // ending at a morpheme boundary.
    std::optional<ListedMatch> matchListed(const QString &text, const QList<Token> &tokens, int index) const
    {
        const Token &token = tokens.at(index);
        if (const auto found = m_byForm.constFind(token.features->id(FeatureField::BasicForm)); found != m_byForm.cend()) {
            for (const auto &[group, form] : *found) {
                if (m_groups.at(group).pos.matches(token))
                    return ListedMatch{group, form, index};
            }
        }
        const auto found = m_byFirstChar.constFind(token.surface.at(0));
        if (found == m_byFirstChar.cend())
            return std::nullopt;
        const QStringView rest = QStringView(text).mid(token.begin);
        for (const auto &[group, form] : *found) {
            const QString &written = m_groups.at(group).forms.at(form);
            // The first units are equal (m_byFirstChar): compare the rest in place.
            if (written.size() > rest.size() || !std::equal(written.cbegin() + 1, written.cend(), rest.cbegin() + 1)
                || !m_groups.at(group).pos.matches(token))
                continue;
            const int end = token.begin + int(written.size());
            for (int at = index; at < tokens.size() && tokens.at(at).end <= end; ++at) {
                if (tokens.at(at).end == end)
                    return ListedMatch{group, form, at};
                if (at + 1 < tokens.size() && tokens.at(at + 1).begin != tokens.at(at).end)
                    break;
            }
        }
        return std::nullopt;
    }

    // A noun or adverb counted under its reading.
    static void addReading(const Token &token, int blockIndex, ReadingSets &nouns, ReadingSets &adverbs, int &order)
    {
        static const int noun = Morphology::featureId(QStringLiteral("名詞"));
        static const int adverb = Morphology::featureId(QStringLiteral("副詞"));
        static const int nounKinds[] = {
            Morphology::featureId(QStringLiteral("一般")), Morphology::featureId(QStringLiteral("固有名詞")),
            Morphology::featureId(QStringLiteral("サ変接続")), Morphology::featureId(QStringLiteral("形容動詞語幹"))};
        const int pos = token.features->id(FeatureField::Pos);
        ReadingSets *sets = nullptr;
        if (pos == noun) {
            const int detail = token.features->id(FeatureField::PosDetail1);
            if (std::find(std::begin(nounKinds), std::end(nounKinds), detail) != std::end(nounKinds))
                sets = &nouns;
        } else if (pos == adverb) {
            sets = &adverbs;
        }
        if (!sets)
            return;
        const Script script = scriptOf(token.surface);
        // A word of one character is too ambiguous: き (気, 木, 黄…), and a
        // single kanji may have been given the wrong reading (辺: あたり, へん).
        if (script == Script::Other || token.surface.size() < 2)
            return;
        const QString *reading = &token.features->reading;
        if (reading->isEmpty() || *reading == QStringLiteral("*")) {
            if (script != Script::Katakana)
                return;
            reading = &token.surface;
        }
        VariantSet &set = sets->at(*reading);
        if (set.forms.isEmpty())
            set.detail = token.posDetail1();
        else if (set.detail != token.posDetail1())
            set.detailsAgree = false;
        const int variant = set.add(token.surface, order++);
        set.uses.append({blockIndex, {token.begin, token.end}, variant});
    }

    // Whether the forms of one reading are the same word: kana in both
    // scripts, or kana beside the only kanji form with the same part of
    // speech throughout (not 紙/髪 beside かみ).
    static bool readingVariants(const VariantSet &set, bool adverbs)
    {
        int kanji = 0;
        for (int index = 0; index < set.forms.size(); ++index) {
            if (set.counts.at(index) > 0 && scriptOf(set.forms.at(index)) == Script::Kanji)
                ++kanji;
        }
        if (kanji == 0)
            return true;
        // Adverbs in kanji and kana are often two words (最も "most",
        // もっとも "however"): only the listed ones count.
        return !adverbs && kanji == 1 && set.detailsAgree;
    }

    template<typename FixOf>
    static void report(const VariantSet &set, const ArticleContext &article, QList<ArticleRuleFinding> &findings,
                       FixOf fixOf)
    {
        if (set.used() < 2)
            return;
        const int preferred = set.preferred();
        if (preferred < 0)
            return;
        for (const Use &use : set.uses) {
            if (use.variant == preferred)
                continue;
            const QString &text = article.blocks.at(use.block)->text();
            QString written = text.mid(use.range.begin, use.range.length());
            QString fix = fixOf(set, use, preferred);
            QString shownFix = fix.isEmpty() ? set.forms.at(preferred) : fix;
            if (written.size() == 1 && isTilde(written.at(0).unicode())) {
                // A range: show its numbers, 1~2 → 1〜2.
                int begin = use.range.begin;
                while (begin > 0 && use.range.begin - begin < 4 && RuleText::isDigit(text.at(begin - 1).unicode()))
                    --begin;
                int end = use.range.end;
                while (end < text.size() && end - use.range.end < 4 && RuleText::isDigit(text.at(end).unicode()))
                    ++end;
                const QString before = text.mid(begin, use.range.begin - begin);
                const QString after = text.mid(use.range.end, end - use.range.end);
                written = before + written + after;
                shownFix = before + shownFix + after;
            }
            const QString message =
                RuleText::tr("Notation varies: 「%1」 here, 「%3」 elsewhere in the article (%2 against %4 uses): "
                             "write one form.")
                    .arg(written)
                    .arg(set.counts.at(use.variant))
                    .arg(shownFix)
                    .arg(set.counts.at(preferred));
            ArticleRuleFinding finding;
            finding.block = use.block;
            finding.finding = fix.isEmpty() ? RuleFinding{use.range, message}
                                            : RuleFinding{use.range, message, use.range, fix};
            findings.append(finding);
        }
    }

    QList<Group> m_groups;
    QHash<int, QList<std::pair<int, int>>> m_byForm; // by Morphology::featureId of the form
    QHash<QChar, QList<std::pair<int, int>>> m_byFirstChar;
};

} // namespace

std::unique_ptr<Rule> createNotationVariants(const RuleOptions &)
{
    return std::make_unique<NotationVariants>();
}
