// kanji-misconversion: a homophone (同音異義語) that the context shows to be
// the wrong one, the typical slip of kana-kanji conversion: アイスピックを
// 指した (刺した), 気が効く (利く), 改善を計る (図る), 炎症を押さえる (抑える),
// 保健適用 (保険). The dictionary in resources/rules/kanji-misconversion.yml
// pairs each written word (a morpheme's basic form, or a text at morpheme
// boundaries) with the word probably meant and the context that shows it:
// a word a few morphemes before (with its particle), the word directly
// before or after, parts of speech, and words nearby in the same sentence
// that must or must not occur. Only clear contexts are listed, so a word
// alone is never reported. The finding names the phrase as written and as
// probably meant, with the meant word as the quick fix.
#include "rulefactories.h"

#include "ruletext.h"
#include "yamlvariant.h"

#include <QHash>
#include <QStringView>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <optional>

namespace {

// How far a `context` or `unless` word may be from the written word.
constexpr int contextReach = 30;
// Morphemes a `prev` word may span.
constexpr int prevReach = 4;

// A word matched in the text at morpheme boundaries; `open` (written with
// a trailing *) lets it end inside a morpheme.
struct Word
{
    QString text;
    bool open = false;
};

// A part of speech and, optionally, its first two details.
struct PosSpec
{
    QString pos;
    QString detail1;
    QString detail2;

    bool matches(const Token &token) const
    {
        return token.pos() == pos && (detail1.isEmpty() || token.posDetail1() == detail1)
            && (detail2.isEmpty() || token.posDetail2() == detail2);
    }
};

struct Entry
{
    QStringList written;
    QString intended;
    std::optional<PosSpec> pos;
    QList<Word> before;
    QList<Word> particles;
    int window = 3;
    QList<Word> prev;
    QList<Word> next;
    QList<Word> context;
    QList<Word> unless;
    QList<PosSpec> prevPos;
    QList<PosSpec> prevPosNot;
};

QStringList stringList(const QVariant &value)
{
    QStringList list;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            list.append(item.toString());
    } else if (value.isValid()) {
        list.append(value.toString());
    }
    return list;
}

QList<Word> words(const QVariant &value)
{
    QList<Word> list;
    for (QString text : stringList(value)) {
        Word word;
        if (text.size() > 1 && text.endsWith(u'*')) {
            text.chop(1);
            word.open = true;
        }
        if (text.isEmpty())
            continue;
        word.text = text;
        list.append(word);
    }
    return list;
}

PosSpec posSpec(const QString &text)
{
    const QStringList parts = text.split(u',');
    PosSpec spec;
    spec.pos = parts.value(0).trimmed();
    spec.detail1 = parts.value(1).trimmed();
    spec.detail2 = parts.value(2).trimmed();
    return spec;
}

QList<PosSpec> posSpecs(const QVariant &value)
{
    QList<PosSpec> list;
    for (const QString &text : stringList(value))
        list.append(posSpec(text));
    return list;
}

QList<Entry> loadEntries()
{
    QList<Entry> entries;
    QVariant data;
    if (!YamlVariant::readFile(QStringLiteral(":/rules/kanji-misconversion.yml"), &data, nullptr))
        return entries;
    for (const QVariant &item : data.toMap().value(QStringLiteral("entries")).toList()) {
        const QVariantMap map = item.toMap();
        Entry entry;
        entry.written = stringList(map.value(QStringLiteral("written")));
        entry.intended = map.value(QStringLiteral("intended")).toString();
        entry.written.removeAll(QString());
        if (entry.written.isEmpty() || entry.intended.isEmpty())
            continue;
        if (map.contains(QStringLiteral("pos")))
            entry.pos = posSpec(map.value(QStringLiteral("pos")).toString());
        entry.before = words(map.value(QStringLiteral("before")));
        entry.particles = words(map.value(QStringLiteral("particles")));
        entry.window = std::clamp(map.value(QStringLiteral("window"), 3).toInt(), 1, 8);
        entry.prev = words(map.value(QStringLiteral("prev")));
        entry.next = words(map.value(QStringLiteral("next")));
        entry.context = words(map.value(QStringLiteral("context")));
        entry.unless = words(map.value(QStringLiteral("unless")));
        entry.prevPos = posSpecs(map.value(QStringLiteral("prev_pos")));
        entry.prevPosNot = posSpecs(map.value(QStringLiteral("prev_pos_not")));
        entries.append(entry);
    }
    return entries;
}

// The text of `block` and its morphemes, with the sentence around one
// morpheme, as the matching reads them.
struct Context
{
    const QString &text;
    const QList<Token> &tokens;
    int first = 0; // the first morpheme of the sentence (within reach)
    int last = 0;  // one past the last

    // Where `word` starting at morpheme `index` ends: the index of its last
    // morpheme, or -1. A word of one morpheme also matches its basic form.
    int match(int index, const Word &word) const
    {
        if (index < first || index >= last)
            return -1;
        const Token &token = tokens.at(index);
        if (token.features->basicForm == word.text && token.surface != word.text)
            return index;
        if (QStringView(text).mid(token.begin).startsWith(word.text) == false)
            return -1;
        const int end = token.begin + int(word.text.size());
        for (int at = index; at < last; ++at) {
            const Token &part = tokens.at(at);
            if (part.end == end || (word.open && part.end > end))
                return at;
            if (part.end > end)
                return -1;
            // A gap (white space MeCab skipped) inside the word.
            if (at + 1 < last && tokens.at(at + 1).begin != part.end)
                return -1;
        }
        return -1;
    }

    // Whether some word of `list` starts at a morpheme within the reach.
    bool anyNear(int index, const QList<Word> &list) const
    {
        const int from = std::max(first, index - contextReach);
        const int to = std::min(last, index + contextReach + 1);
        for (int at = from; at < to; ++at) {
            for (const Word &word : list) {
                if (match(at, word) >= 0)
                    return true;
            }
        }
        return false;
    }
};

QString commonSuffixSwap(const QString &written, const QString &intended, const QString &surface)
{
    if (surface == written)
        return intended;
    int suffix = 0;
    while (suffix < written.size() && suffix < intended.size()
           && written.at(written.size() - 1 - suffix) == intended.at(intended.size() - 1 - suffix))
        ++suffix;
    const QString stem = written.left(written.size() - suffix);
    if (stem.isEmpty() || !surface.startsWith(stem))
        return {};
    return intended.left(intended.size() - suffix) + surface.mid(stem.size());
}

class KanjiMisconversion : public Rule
{
public:
    KanjiMisconversion() : m_entries(loadEntries())
    {
        for (int index = 0; index < m_entries.size(); ++index) {
            for (const QString &written : std::as_const(m_entries.at(index).written)) {
                QList<int> &byForm = m_byWritten[written];
                if (!byForm.contains(index))
                    byForm.append(index);
                QList<int> &byChar = m_byFirstChar[written.at(0)];
                if (!byChar.contains(index))
                    byChar.append(index);
            }
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (m_entries.isEmpty())
            return;
        const QString &text = block.text();
        const QList<Token> &tokens = block.tokens();
        const QList<TextRange> &sentences = block.sentences();
        QList<int> candidates;
        int lastEnd = -1; // no overlapping findings
        for (int index = 0; index < tokens.size(); ++index) {
            const Token &token = tokens.at(index);
            if (token.surface.isEmpty() || token.begin < lastEnd)
                continue;
            candidates.clear();
            if (const auto found = m_byWritten.constFind(token.features->basicForm); found != m_byWritten.cend())
                candidates.append(*found);
            if (const auto found = m_byFirstChar.constFind(token.surface.at(0)); found != m_byFirstChar.cend()) {
                const QStringView rest = QStringView(text).mid(token.begin);
                for (const int entry : *found) {
                    if (candidates.contains(entry))
                        continue;
                    const QStringList &written = m_entries.at(entry).written;
                    if (std::any_of(written.cbegin(), written.cend(),
                                    [&](const QString &form) { return rest.startsWith(form); }))
                        candidates.append(entry);
                }
            }
            if (candidates.isEmpty() || block.isInCode(token.begin))
                continue;
            std::sort(candidates.begin(), candidates.end());

            // The sentence around the morpheme, within reach.
            TextRange sentence{0, int(text.size())};
            const auto sentenceAt = std::upper_bound(sentences.cbegin(), sentences.cend(), token.begin,
                                                     [](int at, const TextRange &range) { return at < range.end; });
            if (sentenceAt != sentences.cend() && sentenceAt->begin <= token.begin)
                sentence = *sentenceAt;
            Context context{text, tokens, index, index + 1};
            while (context.first > 0 && index - context.first < contextReach + 8
                   && tokens.at(context.first - 1).begin >= sentence.begin)
                --context.first;
            while (context.last < tokens.size() && context.last - index < contextReach + 8
                   && tokens.at(context.last).end <= sentence.end)
                ++context.last;

            for (const int entryIndex : std::as_const(candidates)) {
                const Entry &entry = m_entries.at(entryIndex);
                std::optional<RuleFinding> finding = check(entry, context, index);
                if (finding) {
                    lastEnd = finding->range.end;
                    findings.append(*finding);
                    break;
                }
            }
        }
    }

private:
    std::optional<RuleFinding> check(const Entry &entry, const Context &context, int index) const
    {
        const Token &token = context.tokens.at(index);
        if (entry.pos && !entry.pos->matches(token))
            return std::nullopt;
        // The written word: a basic form, or a text at morpheme boundaries.
        int writtenEnd = -1;
        QString writtenForm;
        for (const QString &written : entry.written) {
            if (token.features->basicForm == written) {
                writtenEnd = index;
                writtenForm = written;
                break;
            }
            const int end = context.match(index, Word{written, false});
            if (end >= 0) {
                writtenEnd = end;
                writtenForm = written;
                break;
            }
        }
        if (writtenEnd < 0)
            return std::nullopt;
        const int begin = token.begin;
        const int end = context.tokens.at(writtenEnd).end;
        int evidenceBegin = begin;
        int evidenceEnd = end;

        if (!entry.prevPos.isEmpty() || !entry.prevPosNot.isEmpty()) {
            const Token *previous = index > context.first ? &context.tokens.at(index - 1) : nullptr;
            auto matchesAny = [&](const QList<PosSpec> &specs) {
                return previous && std::any_of(specs.cbegin(), specs.cend(),
                                               [&](const PosSpec &spec) { return spec.matches(*previous); });
            };
            if (!entry.prevPos.isEmpty() && !matchesAny(entry.prevPos))
                return std::nullopt;
            if (!entry.prevPosNot.isEmpty() && matchesAny(entry.prevPosNot))
                return std::nullopt;
            if (!entry.prevPos.isEmpty()) {
                // Show the number with its counter: 1回異常.
                int shown = index - 1;
                if (previous->posDetail1() == QStringLiteral("接尾") && shown > context.first
                    && context.tokens.at(shown - 1).posDetail1() == QStringLiteral("数"))
                    --shown;
                evidenceBegin = context.tokens.at(shown).begin;
            }
        }
        if (!entry.prev.isEmpty()) {
            bool found = false;
            for (int at = index - 1; !found && at >= context.first && at >= index - prevReach; --at) {
                for (const Word &word : entry.prev) {
                    const int wordEnd = context.match(at, word);
                    if (wordEnd == index - 1 && context.tokens.at(wordEnd).end == begin) {
                        found = true;
                        evidenceBegin = context.tokens.at(at).begin;
                        break;
                    }
                }
            }
            if (!found)
                return std::nullopt;
        }
        if (!entry.next.isEmpty()) {
            bool found = false;
            const int after = writtenEnd + 1;
            if (after < context.last && context.tokens.at(after).begin == end) {
                for (const Word &word : entry.next) {
                    const int wordEnd = context.match(after, word);
                    if (wordEnd >= 0) {
                        found = true;
                        evidenceEnd = context.tokens.at(wordEnd).end;
                        break;
                    }
                }
            }
            if (!found)
                return std::nullopt;
        }
        if (!entry.before.isEmpty()) {
            bool found = false;
            const int from = std::max(context.first, index - entry.window - 6);
            for (int at = index - 1; !found && at >= from; --at) {
                for (const Word &word : entry.before) {
                    int last = context.match(at, word);
                    if (last < 0 || last >= index)
                        continue;
                    if (!entry.particles.isEmpty()) {
                        int particleEnd = -1;
                        if (last + 1 < index && context.tokens.at(last + 1).begin == context.tokens.at(last).end) {
                            for (const Word &particle : entry.particles) {
                                particleEnd = context.match(last + 1, particle);
                                if (particleEnd >= 0)
                                    break;
                            }
                        }
                        if (particleEnd < 0 || particleEnd >= index)
                            continue;
                        last = particleEnd;
                    }
                    if (index - last > entry.window)
                        continue;
                    found = true;
                    evidenceBegin = std::min(evidenceBegin, context.tokens.at(at).begin);
                    break;
                }
            }
            if (!found)
                return std::nullopt;
        }
        if (!entry.context.isEmpty() && !context.anyNear(index, entry.context))
            return std::nullopt;
        if (!entry.unless.isEmpty() && context.anyNear(index, entry.unless))
            return std::nullopt;

        // The phrase as written and as probably meant.
        const QString surface = context.text.mid(begin, end - begin);
        const QString fix = commonSuffixSwap(writtenForm, entry.intended, surface);
        for (int at = writtenEnd + 1; at < context.last && at <= writtenEnd + 3; ++at) {
            const Token &following = context.tokens.at(at);
            if (following.begin != context.tokens.at(at - 1).end)
                break;
            const bool inflection = following.pos() == QStringLiteral("助動詞")
                || (following.pos() == QStringLiteral("助詞") && following.posDetail1() == QStringLiteral("接続助詞")
                    && (following.surface == QStringLiteral("て") || following.surface == QStringLiteral("で")));
            if (!inflection)
                break;
            evidenceEnd = std::max(evidenceEnd, following.end);
        }
        if (begin - evidenceBegin > 12)
            evidenceBegin = begin;
        if (evidenceEnd - end > 10)
            evidenceEnd = end;
        const QString written = context.text.mid(evidenceBegin, evidenceEnd - evidenceBegin);
        const QString meant = context.text.mid(evidenceBegin, begin - evidenceBegin)
            + (fix.isEmpty() ? entry.intended : fix) + context.text.mid(end, evidenceEnd - end);
        const QString message = RuleText::tr("Possible misconversion: 「%1」 is probably 「%2」.").arg(written, meant);
        if (fix.isEmpty())
            return RuleFinding{{begin, end}, message};
        return RuleFinding{{begin, end}, message, {begin, end}, fix};
    }

    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byWritten;
    QHash<QChar, QList<int>> m_byFirstChar;
};

} // namespace

std::unique_ptr<Rule> createKanjiMisconversion(const RuleOptions &)
{
    return std::make_unique<KanjiMisconversion>();
}
