#include "filteredexpression.h"

#include <QChar>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

using Units = FilteredExpression::Units;

// Failed tries at possible starts after which one search runs on instead.
constexpr int denseStarts = 16;

// Reads the first units of a pattern's alternatives. Gives up (returns
// false) on anything whose first unit it cannot bound.
class StartReader
{
public:
    StartReader(const QString &pattern, bool caseless, bool unicode)
        : m_pattern(pattern), m_caseless(caseless), m_unicode(unicode)
    {
    }

    // The alternatives from `m_at` to the end of the pattern.
    bool readAll(Units &units)
    {
        if (!readAlternatives(units))
            return false;
        return m_at == m_pattern.size();
    }

private:
    QChar peek(qsizetype offset = 0) const
    {
        return m_at + offset < m_pattern.size() ? m_pattern.at(m_at + offset) : QChar();
    }
    bool atEnd() const { return m_at >= m_pattern.size(); }
    // Escaped, any other unit is itself (QRegularExpression::escape
    // escapes every unit but these).
    static bool isAsciiLetterOrDigit(QChar c)
    {
        return c.unicode() < 0x80 && c.isLetterOrNumber();
    }

    // Alternatives up to an unmatched ')' or the end; leaves m_at there.
    bool readAlternatives(Units &units)
    {
        for (;;) {
            if (!readFirstItem(units))
                return false;
            if (!skipRestOfAlternative())
                return false;
            if (atEnd() || peek() == u')')
                return true;
            ++m_at; // '|'
        }
    }

    // The first item of an alternative and its quantifier.
    bool readFirstItem(Units &units)
    {
        if (atEnd())
            return false; // an empty alternative
        const QChar c = peek();
        if (c == u'|' || c == u')' || c == u'.' || c == u'^' || c == u'$')
            return false;
        if (c == u'(' && peek(1) == u'?'
            && (peek(2) == u'=' || peek(2) == u'!' || (peek(2) == u'<' && (peek(3) == u'=' || peek(3) == u'!')))) {
            // A lookaround matches no text: the next item starts the match.
            if (!skipGroup())
                return false;
            return readFirstItem(units);
        }
        if (c == u'(') {
            if (!readGroup(units))
                return false;
        } else if (c == u'[') {
            if (!readClass(units))
                return false;
        } else if (c == u'\\') {
            if (!readEscape(units))
                return false;
        } else if (c == u'*' || c == u'+' || c == u'?' || c == u'{') {
            return false;
        } else {
            addUnit(units, c);
            ++m_at;
        }
        if (!isOptionalQuantifier())
            return true;
        // An optional item: the match may start with it or with what
        // follows (and an alternative of optional items only may be empty,
        // which the next item's reading refuses).
        skipQuantifier();
        return readFirstItem(units);
    }

    void skipQuantifier()
    {
        if (peek() == u'{') {
            while (!atEnd() && peek() != u'}')
                ++m_at;
        }
        ++m_at; // '?', '*' or '}'
        if (peek() == u'?' || peek() == u'+')
            ++m_at; // lazy or possessive
    }

    // After an item: `?`, `*` or `{0` make it optional.
    bool isOptionalQuantifier() const
    {
        const QChar c = peek();
        if (c == u'?' || c == u'*')
            return true;
        if (c == u'{')
            return peek(1) == u'0' || peek(1) == u',';
        return false;
    }

    bool readGroup(Units &units)
    {
        ++m_at; // '('
        if (peek() == u'?') {
            const QChar kind = peek(1);
            if (kind == u':') {
                m_at += 2;
            } else if (kind == u'<' && peek(2) != u'=' && peek(2) != u'!') {
                if (!skipPast(u'>'))
                    return false;
            } else if (kind == u'P' && peek(2) == u'<') {
                if (!skipPast(u'>'))
                    return false;
            } else if (kind == u'i' && peek(2) == u':') {
                if (!m_caseless)
                    return false; // read again as caseless by the caller
                m_at += 3;
            } else {
                return false; // lookaround, flags, comments, conditions
            }
        }
        if (!readAlternatives(units) || peek() != u')')
            return false;
        ++m_at;
        return true;
    }

    // Past the group that starts at m_at.
    bool skipGroup()
    {
        ++m_at; // '('
        if (!skipRestOfAlternative())
            return false;
        while (peek() == u'|') {
            ++m_at;
            if (!skipRestOfAlternative())
                return false;
        }
        if (peek() != u')')
            return false;
        ++m_at;
        return true;
    }

    bool skipPast(QChar end)
    {
        const qsizetype close = m_pattern.indexOf(end, m_at);
        if (close < 0)
            return false;
        m_at = close + 1;
        return true;
    }

    bool readClass(Units &units)
    {
        ++m_at; // '['
        if (peek() == u'^' || peek() == u'[')
            return false;
        bool first = true;
        while (!atEnd() && (first || peek() != u']')) {
            first = false;
            char16_t low;
            if (!readClassUnit(units, &low))
                return false;
            if (low == 0)
                continue; // a class escape such as \d, already added
            if (peek() == u'-' && peek(1) != u']' && !peek(1).isNull()) {
                ++m_at;
                char16_t high;
                if (!readClassUnit(units, &high) || high == 0 || high < low)
                    return false;
                for (char32_t unit = low; unit <= high; ++unit)
                    addUnit(units, QChar(char16_t(unit)));
            } else {
                addUnit(units, QChar(low));
            }
        }
        if (atEnd())
            return false;
        ++m_at; // ']'
        return true;
    }

    // One unit of a class, or 0 with `units` filled for \d and \s.
    bool readClassUnit(Units &units, char16_t *unit)
    {
        const QChar c = peek();
        ++m_at;
        if (c != u'\\') {
            *unit = c.unicode();
            return !c.isHighSurrogate(); // a range of supplementary characters
        }
        const QChar escaped = peek();
        ++m_at;
        if (escaped == u'd' || escaped == u's') {
            addClass(units, escaped);
            *unit = 0;
            return true;
        }
        if (isAsciiLetterOrDigit(escaped) || escaped.isNull())
            return false;
        *unit = escaped.unicode();
        return true;
    }

    bool readEscape(Units &units)
    {
        const QChar escaped = peek(1);
        m_at += 2;
        if (escaped == u'd' || escaped == u's') {
            addClass(units, escaped);
            return true;
        }
        if (isAsciiLetterOrDigit(escaped) || escaped.isNull())
            return false; // \w, \b, \p{…}, \x{…}, back references, \Q…
        addUnit(units, escaped);
        return true;
    }

    void addClass(Units &units, QChar kind)
    {
        if (kind == u'd') {
            if (!m_unicode) {
                for (char16_t digit = u'0'; digit <= u'9'; ++digit)
                    units.set(digit);
                return;
            }
            for (char32_t unit = 0; unit < 0x10000; ++unit) {
                const QChar c{char16_t(unit)};
                if (c.category() == QChar::Number_DecimalDigit || c.isHighSurrogate())
                    units.set(unit);
            }
            return;
        }
        // \s: PCRE2's white space, and Unicode's with UCP.
        for (char16_t space : {u'\t', u'\n', u'\v', u'\f', u'\r', u' ', u'\u0085', u'\u00a0', u'\u1680',
                               u'\u180e', u'\u2028', u'\u2029', u'\u202f', u'\u205f', u'\u3000'})
            units.set(space);
        for (char16_t space = 0x2000; space <= 0x200a; ++space)
            units.set(space);
        if (m_unicode) {
            for (char32_t unit = 0; unit < 0x10000; ++unit) {
                if (QChar(char16_t(unit)).isSpace())
                    units.set(unit);
            }
        }
    }

    void addUnit(Units &units, QChar c)
    {
        units.set(c.unicode());
        if (!m_caseless)
            return;
        for (QChar other : {c.toLower(), c.toUpper(), c.toTitleCase(), c.toCaseFolded()})
            units.set(other.unicode());
        // Case folding joins these to ASCII letters.
        const char16_t folded = c.toCaseFolded().unicode();
        if (folded == u'k')
            units.set(0x212a); // KELVIN SIGN
        if (folded == u's')
            units.set(0x017f); // LATIN SMALL LETTER LONG S
        if (folded == u'\u00e5')
            units.set(0x212b); // ANGSTROM SIGN
        if (c == u'\u212a' || c == u'\u017f' || c == u'\u212b')
            units.set(c.toCaseFolded().unicode());
    }

    // From inside an alternative to its end: the next '|' at this depth, an
    // unmatched ')' or the end of the pattern.
    bool skipRestOfAlternative()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\') {
                if (peek(1) == u'Q')
                    return false;
                m_at += 2;
                continue;
            }
            if (c == u'[') {
                ++m_at;
                if (peek() == u'^')
                    ++m_at;
                if (peek() == u']')
                    ++m_at;
                while (!atEnd() && peek() != u']')
                    m_at += peek() == u'\\' ? 2 : 1;
                if (atEnd())
                    return false;
                ++m_at;
                continue;
            }
            if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                if (depth == 0)
                    return true;
                --depth;
            } else if (c == u'|' && depth == 0) {
                return true;
            }
            ++m_at;
        }
        return depth == 0;
    }

    const QString &m_pattern;
    const bool m_caseless;
    const bool m_unicode;
    qsizetype m_at = 0;
};

// Reads the texts a match cannot do without: runs of literal characters,
// in groups too, that are neither optional nor repeated. Gives up
// (returns false) on any syntax it does not follow; it never claims a text
// that a match could lack.
class RequiredReader
{
public:
    explicit RequiredReader(const QString &pattern) : m_pattern(pattern) {}

    bool read(QList<QStringList> &required) { return readAlternatives(required) && atEnd(); }

    // Longer texts are rarer, and fewer alternatives are fewer chances.
    static std::pair<qsizetype, qsizetype> selectivity(const QStringList &texts)
    {
        qsizetype shortest = std::numeric_limits<qsizetype>::max();
        for (const QString &text : texts)
            shortest = std::min(shortest, text.size());
        return {shortest, -texts.size()};
    }

private:
    QChar peek(qsizetype offset = 0) const
    {
        return m_at + offset < m_pattern.size() ? m_pattern.at(m_at + offset) : QChar();
    }
    bool atEnd() const { return m_at >= m_pattern.size(); }
    static bool isAsciiLetterOrDigit(QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); }
    // Escapes of one letter that match one character or none.
    static bool isSingleEscape(QChar c) { return QStringView(u"dDsSwWbBhHvVRXAzZGntrfae").contains(c); }

    // Alternatives up to an unmatched ')' or the end; `required` gets the
    // sets of texts that a match of any of them holds.
    bool readAlternatives(QList<QStringList> &required)
    {
        QList<QList<QStringList>> alternatives;
        for (;;) {
            QList<QStringList> candidates;
            if (!readAlternative(candidates))
                return false;
            alternatives.append(candidates);
            if (atEnd() || peek() == u')')
                break;
            ++m_at; // '|'
        }
        if (alternatives.size() == 1) {
            required = alternatives.first();
            return true;
        }
        // Several alternatives: a match holds the texts of one of them.
        QStringList any;
        for (const QList<QStringList> &candidates : std::as_const(alternatives)) {
            if (candidates.isEmpty())
                return true; // an alternative that requires nothing
            any += *std::max_element(candidates.begin(), candidates.end(), [](const QStringList &a, const QStringList &b) {
                return selectivity(a) < selectivity(b);
            });
        }
        required = {any};
        return true;
    }

    // One alternative, up to '|', an unmatched ')' or the end.
    bool readAlternative(QList<QStringList> &candidates)
    {
        QString run;
        auto endRun = [&] {
            if (!run.isEmpty())
                candidates.append(QStringList{run});
            run.clear();
        };
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const QChar c = peek();
            if (c == u'*' || c == u'+' || c == u'?' || c == u'{')
                return false;
            bool quantified = false;
            if (c == u'(') {
                bool consumes = true;
                QList<QStringList> inner;
                if (!readGroup(&consumes, inner) || !skipQuantifier(&quantified))
                    return false;
                endRun();
                if (consumes && !quantified)
                    candidates += inner;
                continue;
            }
            if (c == u'[') {
                if (!skipClass() || !skipQuantifier(&quantified))
                    return false;
                endRun();
                continue;
            }
            QString literal;
            if (c == u'\\') {
                const QChar escaped = peek(1);
                if (escaped.isNull())
                    return false;
                if (isAsciiLetterOrDigit(escaped)) {
                    // Anything longer than a letter (\x{…}, \p{…}, back
                    // references, \Q…\E, \K) is not read.
                    if (!isSingleEscape(escaped))
                        return false;
                    m_at += 2;
                    if (!skipQuantifier(&quantified))
                        return false;
                    endRun();
                    continue;
                }
                literal = escaped;
                m_at += 2;
            } else if (c == u'.' || c == u'^' || c == u'$') {
                ++m_at;
                if (!skipQuantifier(&quantified))
                    return false;
                endRun();
                continue;
            } else {
                literal = c;
                ++m_at;
                if (c.isHighSurrogate() && peek().isLowSurrogate()) {
                    literal += peek();
                    ++m_at;
                }
            }
            if (!skipQuantifier(&quantified))
                return false;
            if (quantified) {
                endRun();
                continue;
            }
            run += literal;
        }
        endRun();
        return true;
    }

    // The group at m_at and what its content requires. `consumes` is false
    // for a lookaround, which requires nothing of the match.
    bool readGroup(bool *consumes, QList<QStringList> &required)
    {
        ++m_at; // '('
        *consumes = true;
        if (peek() == u'?') {
            const QChar kind = peek(1);
            if (kind == u':' || kind == u'>' || kind == u'|') {
                m_at += 2;
            } else if (kind == u'=' || kind == u'!') {
                *consumes = false;
                m_at += 2;
            } else if (kind == u'<' && (peek(2) == u'=' || peek(2) == u'!')) {
                *consumes = false;
                m_at += 3;
            } else if (kind == u'<' || (kind == u'P' && peek(2) == u'<')) {
                const qsizetype close = m_pattern.indexOf(u'>', m_at);
                if (close < 0)
                    return false;
                m_at = close + 1;
            } else {
                return false; // options, comments, conditions, recursion
            }
        } else if (peek() == u'*') {
            return false; // a verb
        }
        if (!readAlternatives(required) || peek() != u')')
            return false;
        ++m_at;
        return true;
    }

    // Past a quantifier, if any; false on a '{' that is no quantifier.
    bool skipQuantifier(bool *quantified)
    {
        *quantified = false;
        const QChar c = peek();
        if (c == u'?' || c == u'*' || c == u'+') {
            ++m_at;
        } else if (c == u'{') {
            auto isDigit = [&](qsizetype at) {
                return at < m_pattern.size() && m_pattern.at(at).unicode() >= u'0' && m_pattern.at(at).unicode() <= u'9';
            };
            qsizetype at = m_at + 1;
            if (!isDigit(at))
                return false;
            while (isDigit(at))
                ++at;
            if (at < m_pattern.size() && m_pattern.at(at) == u',') {
                ++at;
                while (isDigit(at))
                    ++at;
            }
            if (at >= m_pattern.size() || m_pattern.at(at) != u'}')
                return false;
            m_at = at + 1;
        } else {
            return true;
        }
        *quantified = true;
        if (peek() == u'?' || peek() == u'+')
            ++m_at; // lazy or possessive
        return true;
    }

    // Past a class; false on POSIX classes and escapes it does not know.
    bool skipClass()
    {
        ++m_at; // '['
        if (peek() == u'^')
            ++m_at;
        if (peek() == u']')
            ++m_at;
        while (!atEnd() && peek() != u']') {
            if (peek() == u'\\') {
                if (peek(1).isNull() || (isAsciiLetterOrDigit(peek(1)) && !isSingleEscape(peek(1))))
                    return false;
                m_at += 2;
                continue;
            }
            if (peek() == u'[' && (peek(1) == u':' || peek(1) == u'.' || peek(1) == u'='))
                return false;
            ++m_at;
        }
        if (atEnd())
            return false;
        ++m_at; // ']'
        return true;
    }

    const QString &m_pattern;
    qsizetype m_at = 0;
};
} // namespace

std::shared_ptr<const FilteredExpression::Units> FilteredExpression::firstUnits(
    const QString &pattern, QRegularExpression::PatternOptions options)
{
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        return nullptr;
    // Inline option settings, (?x) or (?i) in the middle of the pattern,
    // are not followed; a caseless group is read as caseless throughout.
    if (pattern.contains(QLatin1String("(?x")) || pattern.contains(QLatin1String("(?i)"))
        || pattern.contains(QLatin1String("(*")))
        return nullptr;
    const bool caseless = (options & QRegularExpression::CaseInsensitiveOption)
        || pattern.contains(QLatin1String("(?i:"));
    auto units = std::make_shared<Units>();
    StartReader reader(pattern, caseless, options & QRegularExpression::UseUnicodePropertiesOption);
    if (!reader.readAll(*units) || units->none())
        return nullptr;
    return units;
}

QList<QStringList> FilteredExpression::requiredTexts(const QString &pattern, QRegularExpression::PatternOptions options)
{
    if (options & (QRegularExpression::ExtendedPatternSyntaxOption | QRegularExpression::CaseInsensitiveOption))
        return {};
    if (pattern.contains(QLatin1String("(?i")) || pattern.contains(QLatin1String("(*")))
        return {};
    QList<QStringList> required;
    RequiredReader reader(pattern);
    if (!reader.read(required))
        return {};
    return required;
}

FilteredExpression::FilteredExpression(const QRegularExpression &expression) : m_expression(expression)
{
    m_expression.optimize();
    if (!m_expression.isValid() || m_expression.pattern().isEmpty())
        return;
    m_starts = firstUnits(m_expression.pattern(), m_expression.patternOptions());
    // Where the first units are rare, trying them costs less than a scan
    // for the required texts.
    QList<QStringList> required =
        !m_starts || hasCommonUnits(*m_starts) ? requiredTexts(m_expression.pattern(), m_expression.patternOptions())
                                               : QList<QStringList>();
    // Two sets are scanned at most, the longer texts first: rarer.
    std::stable_sort(required.begin(), required.end(), [](const QStringList &a, const QStringList &b) {
        return RequiredReader::selectivity(a) > RequiredReader::selectivity(b);
    });
    if (required.size() > 2)
        required.resize(2);
    if (!required.isEmpty()) {
        auto sets = std::make_shared<QList<RequiredSet>>();
        for (const QStringList &texts : required) {
            RequiredSet set;
            set.texts = texts;
            for (const QString &text : texts)
                set.firstUnits.set(text.at(0).unicode() & 0xfff);
            sets->append(set);
        }
        m_required = std::move(sets);
    }
    if (!m_starts)
        return;
    m_anchored = QRegularExpression(QStringLiteral("\\G(?:") + m_expression.pattern() + u')',
                                    m_expression.patternOptions());
    m_anchored.optimize();
    if (!m_anchored.isValid())
        m_starts.reset();
}

bool FilteredExpression::isValidUtf16(QStringView text)
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text[at];
        if (!c.isSurrogate())
            continue;
        if (!c.isHighSurrogate() || at + 1 >= text.size() || !text[at + 1].isLowSurrogate())
            return false;
        ++at;
    }
    return true;
}

bool FilteredExpression::hasCommonUnits(const Units &units)
{
    for (char16_t unit = u'0'; unit <= u'z'; ++unit) {
        if (units.test(unit) && QChar(unit).isLetterOrNumber())
            return true;
    }
    for (char16_t unit = 0x3041; unit <= 0x309f; ++unit) {
        if (units.test(unit))
            return true;
    }
    return false;
}

bool FilteredExpression::mayMatch(QStringView text, qsizetype from) const
{
    if (from < 0)
        return true; // counted from the end: searched as usual
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    for (const RequiredSet &set : *m_required) {
        if (set.texts.size() == 1) {
            // One text: QStringView's search is vectorised.
            if (text.indexOf(set.texts.front(), std::min(from, text.size())) < 0)
                return false;
            continue;
        }
        bool found = false;
        for (const char16_t *at = begin + std::min(from, text.size()); at < end && !found; ++at) {
            if (!set.firstUnits[*at & 0xfff])
                continue;
            for (const QString &required : set.texts) {
                const char16_t *const units = reinterpret_cast<const char16_t *>(required.constData());
                if (units[0] == *at && required.size() <= end - at && std::equal(units + 1, units + required.size(), at + 1)) {
                    found = true;
                    break;
                }
            }
        }
        if (!found)
            return false;
    }
    return true;
}

QRegularExpressionMatch FilteredExpression::match(const Subject &subject, qsizetype from) const
{
    const QStringView text = subject.text();
    // No match can lack a required text.
    if (m_required && !mayMatch(text, from))
        return m_expression.match(QStringView(), 0, QRegularExpression::NoMatch);
    if (!m_starts)
        return m_expression.match(text, from, QRegularExpression::NormalMatch, checkOption(subject));
    const Units &starts = *m_starts;
    // PCRE2 finds nothing in a subject with a lone surrogate.
    const qsizetype end = subject.isValid() ? text.size() : 0;
    int misses = 0;
    for (qsizetype at = std::max<qsizetype>(from, 0); at < end; ++at) {
        if (!starts.test(text[at].unicode()))
            continue;
        // Where possible starts are dense, one search from here costs less
        // than a try at each of them.
        if (misses == denseStarts)
            return m_expression.match(text, at, QRegularExpression::NormalMatch,
                                      QRegularExpression::DontCheckSubjectStringMatchOption);
        QRegularExpressionMatch found = m_anchored.match(text, at, QRegularExpression::NormalMatch,
                                                         QRegularExpression::DontCheckSubjectStringMatchOption);
        if (found.hasMatch())
            return found;
        ++misses;
    }
    // No match: the result of a search that found none, for hasMatch().
    return m_expression.match(QStringView(), 0, QRegularExpression::NoMatch);
}
