// duplicate-sentence: a sentence written twice. (a) The same sentence
// again in the article's body text (paragraphs, list items, footnotes),
// compared without white space, punctuation and symbols, with full-width
// ASCII and case folded: sentences shorter than 10 characters so
// normalised, or with few kana and kanji (formulas, labels), are left
// alone, and far apart (beyond the paragraph before) a sentence must be 20
// characters long and end with 。, ！ or ？ (a stock phrase such as
// 詳しくは医師にご相談ください。 may come back). (b) A sentence that says
// again, in other words, what one of the three sentences before it in the
// same paragraph (or the paragraph just before) said, typically the same
// reason given twice: it brings no content word of its own (nouns,
// independent verbs and adjectives by their stem, light verbs such as する
// and できる left out; one new word allowed from eight), shares at least
// five with the other and 40% of the other's, neither negates what the
// other affirms, and it does not open with a contrast (一方, しかし…). The
// later sentence is reported, naming the line of the earlier one.
// Headings, table cells and block quotes are not read.
#include "rulefactories.h"

#include "morphology.h"
#include "ruletext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

// Normalised sentences shorter than this are not compared: headings-like
// fragments and labels repeat legitimately.
constexpr int MinimumLength = 10;
// Sentences repeated far apart (not in the window of (b)) are reported
// from this length, and only when they end like a sentence.
constexpr int MinimumDistantLength = 20;
// The kana and kanji a sentence needs to be read at all (not a formula,
// a label or an English line).
constexpr int MinimumJapanese = 6;
// How many sentences before a sentence (b) compares it with.
constexpr int Window = 3;
// Sentences longer than this are not compared for (b): a restatement is a
// short sentence, and the bound keeps huge blocks linear.
constexpr int MaximumRestatementLength = 300;
// The content words (b) needs in each sentence, the words the two must
// share, and the share of the earlier sentence's words that makes.
constexpr int MinimumContentWords = 4;
constexpr int MinimumSharedWords = 5;
constexpr double MinimumShareOfEarlier = 0.4;
// A later sentence with this many content words may add one of its own.
constexpr int MaximumAddedWordsFrom = 8;

bool isSkippedChar(QChar c)
{
    if (c.unicode() < 0x100)
        return c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Format;
    // Above Latin-1 each of the tests above reads the category: read it once.
    constexpr quint64 skipped = (1ull << QChar::Separator_Space) | (1ull << QChar::Separator_Line)
        | (1ull << QChar::Separator_Paragraph) | (1ull << QChar::Punctuation_Connector)
        | (1ull << QChar::Punctuation_Dash) | (1ull << QChar::Punctuation_Open) | (1ull << QChar::Punctuation_Close)
        | (1ull << QChar::Punctuation_InitialQuote) | (1ull << QChar::Punctuation_FinalQuote)
        | (1ull << QChar::Punctuation_Other) | (1ull << QChar::Symbol_Math) | (1ull << QChar::Symbol_Currency)
        | (1ull << QChar::Symbol_Modifier) | (1ull << QChar::Symbol_Other) | (1ull << QChar::Other_Format);
    return (skipped >> c.category()) & 1;
}

// The sentence without white space and punctuation, full-width ASCII as
// ASCII, lower case.
QString normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (isSkippedChar(c))
            continue;
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        if (c.unicode() < 0x80)
            c = c.toLower();
        result.append(c);
    }
    return result;
}

int japaneseCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || u == 0x3005)
            ++count;
    }
    return count;
}

// Whether the sentence ends with 。, ！ or ？ (before closing brackets).
bool isTerminated(const QString &text, TextRange range)
{
    static const QString closing = QStringLiteral(")）」』】\"”’");
    int end = range.end;
    while (end > range.begin && closing.contains(text.at(end - 1)))
        --end;
    if (end <= range.begin)
        return false;
    const QChar last = text.at(end - 1);
    return last == u'。' || last == u'．' || last == u'！' || last == u'？' || last == u'!' || last == u'?'
        || last == u'.';
}

// Whether the sentence opens by contrasting with the one before (しかし,
// 一方, 逆に…): what follows is not the same thing said again.
bool startsWithContrast(QStringView sentence)
{
    static const QStringList openings{
        QStringLiteral("しかし"), QStringLiteral("一方"), QStringLiteral("逆に"), QStringLiteral("反対に"),
        QStringLiteral("ただし"), QStringLiteral("但し"), QStringLiteral("ところが"), QStringLiteral("でも"),
        QStringLiteral("それに対して"), QStringLiteral("これに対して"), QStringLiteral("対して"), QStringLiteral("けれども"),
        QStringLiteral("だが"), QStringLiteral("なお"),
    };
    for (const QString &opening : openings) {
        if (sentence.startsWith(opening))
            return true;
    }
    return false;
}

// Verbs and adjectives that carry no content of their own.
bool isLightWord(const QString &basicForm)
{
    static const QSet<QString> light{
        QStringLiteral("する"), QStringLiteral("できる"), QStringLiteral("ある"), QStringLiteral("いる"),
        QStringLiteral("なる"), QStringLiteral("いう"), QStringLiteral("言う"), QStringLiteral("おる"),
        QStringLiteral("くる"), QStringLiteral("来る"), QStringLiteral("いく"), QStringLiteral("行く"),
        QStringLiteral("行う"), QStringLiteral("おこなう"), QStringLiteral("思う"), QStringLiteral("ない"),
        QStringLiteral("よい"), QStringLiteral("良い"), QStringLiteral("いい"), QStringLiteral("れる"),
        QStringLiteral("られる"), QStringLiteral("せる"), QStringLiteral("させる"), QStringLiteral("みる"),
        QStringLiteral("しまう"), QStringLiteral("おく"), QStringLiteral("くれる"), QStringLiteral("もらう"),
    };
    return light.contains(basicForm);
}

// Parts of speech as Morphology::featureId numbers, compared per token.
struct PosIds
{
    int noun = Morphology::featureId(QStringLiteral("名詞"));
    int verb = Morphology::featureId(QStringLiteral("動詞"));
    int adjective = Morphology::featureId(QStringLiteral("形容詞"));
    int auxiliary = Morphology::featureId(QStringLiteral("助動詞"));
    int suffix = Morphology::featureId(QStringLiteral("接尾"));
    int independent = Morphology::featureId(QStringLiteral("自立"));
    int nounKinds[5] = {Morphology::featureId(QStringLiteral("一般")), Morphology::featureId(QStringLiteral("サ変接続")),
                        Morphology::featureId(QStringLiteral("固有名詞")), Morphology::featureId(QStringLiteral("形容動詞語幹")),
                        Morphology::featureId(QStringLiteral("ナイ形容詞語幹"))};
    int nai = Morphology::featureId(QStringLiteral("特殊・ナイ"));
    int nu = Morphology::featureId(QStringLiteral("特殊・ヌ"));
};

const PosIds &posIds()
{
    static const PosIds ids;
    return ids;
}

bool isContentWord(const Token &token)
{
    const PosIds &ids = posIds();
    const int pos = token.features->id(FeatureField::Pos);
    const int detail = token.features->id(FeatureField::PosDetail1);
    if (pos == ids.noun) {
        if (detail == ids.suffix) {
            // 作り of 肌作り, 治療 of 再生治療: a suffix that is a word of its own.
            return token.surface.size() > 1
                && std::any_of(token.surface.begin(), token.surface.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        }
        if (std::find(std::begin(ids.nounKinds), std::end(ids.nounKinds), detail) == std::end(ids.nounKinds))
            return false;
        // A single kana or Latin letter is no word to compare.
        return token.surface.size() > 1 || token.surface.at(0).unicode() >= 0x4E00;
    }
    if (pos == ids.verb || pos == ids.adjective)
        return detail == ids.independent && !isLightWord(token.basicForm());
    return false;
}

bool isHiragana(QChar c)
{
    return c.unicode() >= 0x3041 && c.unicode() <= 0x309F;
}

// The word without its kana ending, so that 作る, 作り and 作れる (and 高い,
// 高さ) count as one word.
QStringView stem(const QString &word)
{
    qsizetype end = word.size();
    while (end > 1 && isHiragana(word.at(end - 1)))
        --end;
    return isHiragana(word.at(end - 1)) ? QStringView(word) : QStringView(word).left(end);
}

// Whether the token negates (ない, ぬ, ず, ません).
bool isNegation(const Token &token)
{
    const PosIds &ids = posIds();
    const int pos = token.features->id(FeatureField::Pos);
    if (pos == ids.auxiliary) {
        const int type = token.features->id(FeatureField::ConjugatedType);
        return type == ids.nai || type == ids.nu;
    }
    return pos == ids.adjective && token.basicForm() == QStringLiteral("ない");
}

// One sentence of the body text.
struct Sentence
{
    int block = 0;
    TextRange range;
    int line = 1;              // the 1-based file line where it begins
    std::vector<size_t> words; // hashes of the content words' stems, sorted, unique
    int negations = 0;
    bool comparable = false;   // read by (b)
};

int sharedCount(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    int count = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++count;
            ++i;
            ++j;
        }
    }
    return count;
}

// Whether `later` says nothing `earlier` did not: (nearly) all its
// content words are the earlier sentence's, which has not many more, and
// neither negates what the other affirms.
bool restates(const Sentence &earlier, const Sentence &later)
{
    if ((earlier.negations > 0) != (later.negations > 0))
        return false;
    const int shared = sharedCount(earlier.words, later.words);
    if (shared < MinimumSharedWords)
        return false;
    const int added = int(later.words.size()) - shared;
    const int allowed = later.words.size() >= size_t(MaximumAddedWordsFrom) ? 1 : 0;
    return added <= allowed && shared >= MinimumShareOfEarlier * double(earlier.words.size());
}

// The sentence's range without white space around it.
TextRange trimmed(const QString &text, TextRange range)
{
    while (range.begin < range.end && text.at(range.begin).isSpace())
        ++range.begin;
    while (range.end > range.begin && text.at(range.end - 1).isSpace())
        --range.end;
    return range;
}

class DuplicateSentence : public Rule
{
public:
    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        const QList<const CheckBlock *> &blocks = article.blocks;
        QHash<QString, int> seen; // normalised text -> index in `sentences`
        std::vector<Sentence> sentences;
        int previousBlock = -1; // the body block read before the current one
        size_t previousBlockStart = 0;
        for (int blockIndex = 0; blockIndex < blocks.size(); ++blockIndex) {
            const CheckBlock &block = *blocks.at(blockIndex);
            if (!RuleText::isParagraph(block) || block.isInBlockQuote())
                continue;
            // (b) looks back into the block just before only when both are
            // paragraphs next to each other (no heading or list between).
            const bool followsParagraph = previousBlock >= 0 && previousBlock == blockIndex - 1
                && block.kind() == CheckBlock::Kind::Paragraph
                && blocks.at(previousBlock)->kind() == CheckBlock::Kind::Paragraph;
            const size_t blockStart = sentences.size();
            const size_t windowStart = followsParagraph ? previousBlockStart : blockStart;
            previousBlock = blockIndex;
            previousBlockStart = blockStart;
            int line = blockIndex < article.blockLines.size() ? article.blockLines.at(blockIndex) : 1;
            int lineCounted = 0; // `line` is the line of this index of the text

            const QString &text = block.text();
            const QList<TextRange> markup = markupRanges(block);
            for (const TextRange &found : block.sentences()) {
                const TextRange range = trimmed(text, found);
                if (range.length() <= 0 || isMostlyMarkup(markup, range))
                    continue;
                const QString key = normalized(QStringView(text).mid(range.begin, range.length()));
                if (key.size() < MinimumLength || japaneseCount(key) < MinimumJapanese)
                    continue;
                for (; lineCounted < range.begin; ++lineCounted) {
                    if (text.at(lineCounted) == u'\n')
                        ++line;
                }
                Sentence sentence{blockIndex, range, line, {}, 0, false};

                // (a) the same sentence before.
                const auto earlier = seen.constFind(key);
                // Far apart, a short or unfinished sentence (a stock phrase,
                // a label) may repeat.
                if (earlier != seen.constEnd()
                    && (size_t(*earlier) >= windowStart
                        || (key.size() >= MinimumDistantLength && isTerminated(text, range)))) {
                    const Sentence &first = sentences.at(size_t(*earlier));
                    findings.append({blockIndex,
                                     {range,
                                      RuleText::tr("This sentence repeats the sentence on line %1: delete one of them.")
                                          .arg(article.lineForMessage(first.line))}});
                    sentences.push_back(std::move(sentence));
                    continue;
                }
                if (earlier == seen.constEnd())
                    seen.insert(key, int(sentences.size()));

                // (b) the same content words as a sentence just before.
                if (range.length() <= MaximumRestatementLength) {
                    const QList<Token> &tokens = block.tokens();
                    for (int index = block.tokenIndexAt(range.begin); index >= 0 && index < tokens.size(); ++index) {
                        const Token &token = tokens.at(index);
                        if (token.begin >= range.end)
                            break;
                        if (isContentWord(token))
                            sentence.words.push_back(qHash(stem(token.basicForm())));
                        else if (isNegation(token))
                            ++sentence.negations;
                    }
                    std::sort(sentence.words.begin(), sentence.words.end());
                    sentence.words.erase(std::unique(sentence.words.begin(), sentence.words.end()), sentence.words.end());
                    sentence.comparable = int(sentence.words.size()) >= MinimumContentWords;
                }
                if (sentence.comparable && !startsWithContrast(QStringView(text).mid(range.begin, range.length()))) {
                    const size_t end = sentences.size();
                    const size_t begin = std::max(windowStart, end >= size_t(Window) ? end - size_t(Window) : size_t(0));
                    for (size_t other = end; other-- > begin;) {
                        const Sentence &earlier = sentences.at(other);
                        if (!earlier.comparable || !restates(earlier, sentence))
                            continue;
                        findings.append(
                            {blockIndex,
                             {range, RuleText::tr("This sentence restates the sentence on line %1 in other words: "
                                                  "delete one of them or merge them.")
                                         .arg(article.lineForMessage(earlier.line))}});
                        sentence.comparable = false; // reported once, and not compared again
                        break;
                    }
                }
                sentences.push_back(std::move(sentence));
            }
        }
    }

private:
    // The block's code, links and images, in text order (top-level spans
    // do not overlap).
    static QList<TextRange> markupRanges(const CheckBlock &block)
    {
        QList<TextRange> ranges;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.isTopLevel
                && (span.type == CheckBlock::Span::Type::Code || span.type == CheckBlock::Span::Type::Link
                    || span.type == CheckBlock::Span::Type::Image))
                ranges.append(span.range);
        }
        std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        return ranges;
    }

    // Whether code, links and images make up most of the sentence (a
    // command, a value or a reference that a text repeats on purpose). Only
    // the markup from the sentence's start on is looked at: a paragraph of
    // 100 000 sentences and footnote references took minutes otherwise.
    static bool isMostlyMarkup(const QList<TextRange> &markup, const TextRange &range)
    {
        int code = 0;
        auto span = std::lower_bound(markup.cbegin(), markup.cend(), range.begin,
                                     [](const TextRange &markupRange, int begin) { return markupRange.end <= begin; });
        for (; span != markup.cend() && span->begin < range.end; ++span) {
            if (span->overlaps(range))
                code += std::min(span->end, range.end) - std::max(span->begin, range.begin);
        }
        return code * 2 >= range.length();
    }
};

} // namespace

std::unique_ptr<Rule> createDuplicateSentence(const RuleOptions &)
{
    return std::make_unique<DuplicateSentence>();
}
