#pragma once

// Morpheme patterns as textlint's morpheme-match family (morpheme-match,
// morpheme-match-all, morpheme-match-textlint) reads them: a dictionary
// entry is a sequence of token patterns, each a set of kuromoji token fields
// (surface_form, pos, pos_detail_1…, basic_form, reading…) with one value or
// a list of accepted values, optionally `_skippable` and with a `_capture`
// placeholder ("$1") that messages and expected texts are written with.
// Header-only: the rules that read such dictionaries share it.

#include "checkblock.h"
#include "morphology.h"
#include "token.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <vector>

namespace MorphemeMatch {

enum class Field : unsigned char {
    Surface,
    Pos,
    PosDetail1,
    PosDetail2,
    PosDetail3,
    ConjugatedType,
    ConjugatedForm,
    BasicForm,
    Reading,
    Pronunciation,
    Never, // a field Kiji's tokens do not have (word_id…): never matches
};

// One morpheme as kuromoji gives it to textlint: a MeCab token, or a run of
// white space (which MeCab skips and kuromoji reads as 記号,空白).
struct Morpheme
{
    const TokenFeatures *features = nullptr;
    int begin = 0;
    int end = 0;
    QStringView surface;

    QStringView value(Field field) const
    {
        switch (field) {
        case Field::Surface:
            return surface;
        case Field::Pos:
            return features->pos;
        case Field::PosDetail1:
            return features->posDetail1;
        case Field::PosDetail2:
            return features->posDetail2;
        case Field::PosDetail3:
            return features->posDetail3;
        case Field::ConjugatedType:
            return features->conjugatedType;
        case Field::ConjugatedForm:
            return features->conjugatedForm;
        case Field::BasicForm:
            return features->basicForm; // "*" for unknown words, as kuromoji
        case Field::Reading:
            return features->reading;
        case Field::Pronunciation:
            return features->pronunciation;
        case Field::Never:
            break;
        }
        return {};
    }
};

// kuromoji's reading of white space: 記号,空白 without a base form or reading.
inline const TokenFeatures *whiteSpaceFeatures()
{
    static const TokenFeatures features = [] {
        TokenFeatures whiteSpace{QStringLiteral("記号"), QStringLiteral("空白"), QStringLiteral("*"),
                                 QStringLiteral("*"),    QStringLiteral("*"),   QStringLiteral("*"),
                                 QStringLiteral("*"),    QString(),             QString()};
        Morphology::setFeatureIds(whiteSpace);
        return whiteSpace;
    }();
    return &features;
}

// The morphemes kuromoji would read in `block`: its tokens, with a white
// space morpheme for each run of text between them, leaving out what starts
// at an index `exclude` says (code spans the rule does not read).
template<typename Exclude>
std::vector<Morpheme> morphemes(const CheckBlock &block, Exclude exclude)
{
    const QString &text = block.text();
    const QList<Token> &tokens = block.tokens();
    std::vector<Morpheme> result;
    result.reserve(size_t(tokens.size()) + 8);
    int cursor = 0;
    auto addGap = [&](int end) {
        if (end > cursor && !exclude(cursor))
            result.push_back({whiteSpaceFeatures(), cursor, end, QStringView(text).mid(cursor, end - cursor)});
    };
    for (const Token &token : tokens) {
        if (token.begin < cursor || token.end > text.size() || token.end <= token.begin)
            continue;
        addGap(token.begin);
        if (!exclude(token.begin))
            result.push_back({token.features, token.begin, token.end, QStringView(text).mid(token.begin, token.end - token.begin)});
        cursor = token.end;
    }
    addGap(int(text.size()));
    return result;
}

inline std::vector<Morpheme> morphemes(const CheckBlock &block)
{
    return morphemes(block, [](int) { return false; });
}

// The spans of some types of a block, sorted and merged, asked about with
// indices that only grow.
class SpanCursor
{
public:
    SpanCursor(const CheckBlock &block, std::initializer_list<CheckBlock::Span::Type> types)
    {
        QList<TextRange> ranges;
        for (const CheckBlock::Span &span : block.spans()) {
            if (std::find(types.begin(), types.end(), span.type) != types.end())
                ranges.append(span.range);
        }
        m_ranges = mergedRanges(ranges);
    }

    bool contains(int index)
    {
        while (m_next < m_ranges.size() && m_ranges.at(m_next).end <= index)
            ++m_next;
        return m_next < m_ranges.size() && m_ranges.at(m_next).begin <= index;
    }

private:
    QList<TextRange> m_ranges;
    qsizetype m_next = 0;
};

// The morphemes of the block's Str nodes as textlint reads them one after
// another: all text but code spans (and image alt text).
inline std::vector<Morpheme> strMorphemes(const CheckBlock &block)
{
    SpanCursor code(block, {CheckBlock::Span::Type::Code, CheckBlock::Span::Type::Image});
    return morphemes(block, [&](int index) { return code.contains(index); });
}

inline Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("surface_form"), Field::Surface},
        {QStringLiteral("pos"), Field::Pos},
        {QStringLiteral("pos_detail_1"), Field::PosDetail1},
        {QStringLiteral("pos_detail_2"), Field::PosDetail2},
        {QStringLiteral("pos_detail_3"), Field::PosDetail3},
        {QStringLiteral("conjugated_type"), Field::ConjugatedType},
        {QStringLiteral("conjugated_form"), Field::ConjugatedForm},
        {QStringLiteral("basic_form"), Field::BasicForm},
        {QStringLiteral("reading"), Field::Reading},
        {QStringLiteral("pronunciation"), Field::Pronunciation},
    };
    return fields.value(name, Field::Never);
}

struct Condition
{
    Field field = Field::Never;
    QStringList values; // any of them
    // The values as TokenFeatures::ids numbers, for fields other than the
    // surface.
    std::vector<int> ids;
};

// A field's index in TokenFeatures::ids (Surface and Never have none).
inline int featureIndex(Field field)
{
    return int(field) - int(Field::Pos);
}

// What one position of a sequence accepts: a morpheme that meets every
// condition of one of the alternatives (a plain pattern has one).
struct TokenPattern
{
    QList<QList<Condition>> alternatives;
    bool skippable = false;
    QString capture; // "$1": replaced in messages by what this matched
    // `_capture_to_expected`: in expected texts, the capture of a surface
    // listed here becomes its value; any other surface gives no fix.
    bool hasExpectedMap = false;
    QHash<QString, QString> expectedMap;

    bool matches(const Morpheme &morpheme) const
    {
        for (const QList<Condition> &conditions : alternatives) {
            bool all = true;
            for (const Condition &condition : conditions) {
                bool any = false;
                if (condition.field == Field::Surface) {
                    for (const QString &value : condition.values) {
                        if (morpheme.surface == value) {
                            any = true;
                            break;
                        }
                    }
                } else if (condition.field != Field::Never) {
                    const int actual = morpheme.features->ids[size_t(featureIndex(condition.field))];
                    any = std::find(condition.ids.cbegin(), condition.ids.cend(), actual) != condition.ids.cend();
                }
                if (!any) {
                    all = false;
                    break;
                }
            }
            if (all)
                return true;
        }
        return false;
    }
};

using Sequence = QList<TokenPattern>;

inline QList<Condition> conditionsOf(const QVariantMap &map)
{
    QList<Condition> conditions;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        Condition condition;
        condition.field = fieldNamed(it.key());
        if (it.value().typeId() == QMetaType::QVariantList) {
            for (const QVariant &value : it.value().toList())
                condition.values.append(value.toString());
        } else {
            condition.values.append(it.value().toString());
        }
        if (condition.field != Field::Surface && condition.field != Field::Never) {
            for (const QString &value : std::as_const(condition.values))
                condition.ids.push_back(Morphology::featureId(value));
        }
        conditions.append(condition);
    }
    return conditions;
}

// A sequence from its dictionary form: a list whose items are token patterns
// (maps) or lists of alternative token patterns. Empty when malformed.
inline Sequence sequenceFrom(const QVariant &data)
{
    Sequence sequence;
    for (const QVariant &item : data.toList()) {
        TokenPattern pattern;
        if (item.typeId() == QMetaType::QVariantList) {
            for (const QVariant &alternative : item.toList())
                pattern.alternatives.append(conditionsOf(alternative.toMap()));
        } else {
            const QVariantMap map = item.toMap();
            pattern.alternatives.append(conditionsOf(map));
            pattern.skippable = map.value(QStringLiteral("_skippable")).toBool();
            pattern.capture = map.value(QStringLiteral("_capture")).toString();
            const auto expected = map.constFind(QStringLiteral("_capture_to_expected"));
            if (expected != map.constEnd()) {
                pattern.hasExpectedMap = true;
                const QVariantMap expectedMap = expected->toMap();
                for (auto it = expectedMap.constBegin(); it != expectedMap.constEnd(); ++it)
                    pattern.expectedMap.insert(it.key(), it.value().toString());
            }
        }
        if (pattern.alternatives.isEmpty())
            return {};
        sequence.append(pattern);
    }
    return sequence;
}

// A match: the morphemes (indices into the stream) that met the sequence's
// patterns, and for each pattern whether it was skipped.
struct Match
{
    int sequence = 0;
    std::vector<int> morphemes;
    std::vector<bool> skipped;
};

// morpheme-match's matcher of one sequence, read one morpheme at a time: a
// morpheme that does not fit the pattern at the current position starts
// over from the first (without trying that morpheme against it); a
// skippable pattern that does not fit is passed over.
class SequenceMatcher
{
public:
    explicit SequenceMatcher(const Sequence *sequence) : m_sequence(sequence) {}

    // True when `morpheme` (at `index` of the stream) completes a match,
    // which `match` then receives.
    bool read(const Morpheme &morpheme, int index, Match *match)
    {
        const int count = int(m_sequence->size());
        while (m_position < count) {
            const TokenPattern &pattern = m_sequence->at(m_position);
            if (pattern.matches(morpheme)) {
                m_morphemes.push_back(index);
                m_skipped.push_back(false);
                ++m_position;
                break;
            }
            if (pattern.skippable) {
                m_skipped.push_back(true);
                ++m_position;
                continue;
            }
            reset();
            break;
        }
        if (count == 0 || m_position < count)
            return false;
        const bool matched = !m_morphemes.empty();
        if (matched && match) {
            match->morphemes = m_morphemes;
            match->skipped = m_skipped;
        }
        reset();
        return matched;
    }

    // Whether no match is under way: only a morpheme the sequence's first
    // pattern accepts changes anything.
    bool isIdle() const { return m_position == 0; }

    void reset()
    {
        m_position = 0;
        m_morphemes.clear();
        m_skipped.clear();
    }

private:
    const Sequence *m_sequence;
    int m_position = 0;
    std::vector<int> m_morphemes;
    std::vector<bool> m_skipped;
};

// Which sequences a morpheme can start: each sequence by a value its first
// pattern asks for (a base form, a part of speech, a surface…), so that an
// idle matcher is not asked about a morpheme that cannot start it.
class SequenceIndex
{
public:
    SequenceIndex() = default;
    explicit SequenceIndex(const QList<const Sequence *> &sequences)
    {
        for (qsizetype at = 0; at < sequences.size(); ++at)
            add(*sequences.at(at), int(at));
    }

    // Appends the sequences `morpheme` may start (perhaps more, never fewer).
    void candidates(const Morpheme &morpheme, std::vector<int> &out) const
    {
        out.insert(out.end(), m_always.cbegin(), m_always.cend());
        for (const auto &[field, byId] : m_byId) {
            const auto it = byId.constFind(morpheme.features->ids[size_t(field)]);
            if (it != byId.constEnd())
                out.insert(out.end(), it->cbegin(), it->cend());
        }
        if (!m_bySurface.isEmpty()) {
            const QString surface = QString::fromRawData(morpheme.surface.data(), morpheme.surface.size());
            const auto it = m_bySurface.constFind(surface);
            if (it != m_bySurface.constEnd())
                out.insert(out.end(), it->cbegin(), it->cend());
        }
    }

private:
    void add(const Sequence &sequence, int index)
    {
        const TokenPattern &first = sequence.first();
        if (first.skippable) {
            m_always.push_back(index);
            return;
        }
        for (const QList<Condition> &conditions : first.alternatives) {
            const Condition *key = nullptr;
            bool matchesNothing = false;
            for (const Condition &condition : conditions) {
                matchesNothing = matchesNothing || condition.field == Field::Never;
                if (!key || condition.field == Field::BasicForm || condition.field == Field::Surface)
                    key = &condition;
            }
            if (matchesNothing)
                continue;
            if (!key) {
                m_always.push_back(index);
                continue;
            }
            if (key->field == Field::Surface) {
                for (const QString &value : key->values)
                    m_bySurface[value].push_back(index);
                continue;
            }
            auto &byId = idIndex(featureIndex(key->field));
            for (int id : key->ids)
                byId[id].push_back(index);
        }
    }

    QHash<int, std::vector<int>> &idIndex(int field)
    {
        for (auto &[known, byId] : m_byId) {
            if (known == field)
                return byId;
        }
        m_byId.emplace_back(field, QHash<int, std::vector<int>>());
        return m_byId.back().second;
    }

    std::vector<int> m_always;
    std::vector<std::pair<int, QHash<int, std::vector<int>>>> m_byId; // by TokenFeatures::ids index
    QHash<QString, std::vector<int>> m_bySurface;
};

// morpheme-match-all: every sequence's matches in `stream`, in the order
// they complete (for each morpheme, in the order of `sequences`).
class DictionaryMatcher
{
public:
    // `index`, built from the same sequences, spares asking idle matchers.
    explicit DictionaryMatcher(const QList<const Sequence *> &sequences, const SequenceIndex *index = nullptr)
        : m_index(index)
    {
        m_matchers.reserve(size_t(sequences.size()));
        for (const Sequence *sequence : sequences)
            m_matchers.emplace_back(sequence);
    }

    template<typename Callback>
    void run(const std::vector<Morpheme> &stream, Callback onMatch)
    {
        Match match;
        if (!m_index) {
            for (size_t index = 0; index < stream.size(); ++index) {
                for (size_t at = 0; at < m_matchers.size(); ++at) {
                    if (m_matchers[at].read(stream[index], int(index), &match)) {
                        match.sequence = int(at);
                        onMatch(match);
                    }
                }
            }
            return;
        }
        // Only matchers with a match under way and those the morpheme can
        // start change; the others stay idle.
        std::vector<int> active;
        std::vector<int> asked;
        for (size_t index = 0; index < stream.size(); ++index) {
            asked = active;
            m_index->candidates(stream[index], asked);
            std::sort(asked.begin(), asked.end());
            asked.erase(std::unique(asked.begin(), asked.end()), asked.end());
            active.clear();
            for (int at : asked) {
                SequenceMatcher &matcher = m_matchers[size_t(at)];
                if (matcher.read(stream[index], int(index), &match)) {
                    match.sequence = at;
                    onMatch(match);
                }
                if (!matcher.isIdle())
                    active.push_back(at);
            }
        }
    }

private:
    const SequenceIndex *m_index;
    std::vector<SequenceMatcher> m_matchers;
};

inline void replaceAll(QString &text, const QString &from, QStringView to)
{
    if (!from.isEmpty())
        text.replace(from, to.toString());
}

// `text` with each pattern's capture placeholder replaced by the surface it
// matched, or by nothing when it was skipped. For an expected text
// (`forExpected`), a pattern's `_capture_to_expected` map applies, and
// nothing is returned when it refuses the surface.
inline std::optional<QString> substitute(QString text, const Sequence &sequence, const Match &match,
                                         const std::vector<Morpheme> &stream, bool forExpected)
{
    size_t actual = 0;
    for (qsizetype index = 0; index < sequence.size(); ++index) {
        const TokenPattern &pattern = sequence.at(index);
        if (size_t(index) < match.skipped.size() && match.skipped[size_t(index)]) {
            replaceAll(text, pattern.capture, {});
            continue;
        }
        if (actual >= match.morphemes.size())
            break;
        const Morpheme &morpheme = stream[size_t(match.morphemes[actual])];
        if (!pattern.capture.isEmpty()) {
            if (forExpected && pattern.hasExpectedMap) {
                const auto it = pattern.expectedMap.constFind(morpheme.surface.toString());
                if (it == pattern.expectedMap.constEnd())
                    return std::nullopt;
                replaceAll(text, pattern.capture, *it);
            } else {
                replaceAll(text, pattern.capture, morpheme.surface);
            }
        }
        ++actual;
    }
    return text;
}

// The surfaces of the matched morphemes, one after another.
inline QString matchedText(const Match &match, const std::vector<Morpheme> &stream)
{
    QString text;
    for (int index : match.morphemes)
        text += stream[size_t(index)].surface;
    return text;
}

} // namespace MorphemeMatch
