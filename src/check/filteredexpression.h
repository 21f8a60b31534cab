#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <memory>

// A regular expression searched only from the positions a match can start
// at. PCRE2 skips ahead by a match's possible first code units only below
// U+0100, so a pattern of many Japanese alternatives is otherwise tried at
// every position of the text. The first units are read from the pattern;
// a pattern whose start cannot be read that way (\w, ., a lookaround, an
// optional first item) is searched as usual.
class FilteredExpression
{
public:
    FilteredExpression() = default;
    // Compiles `expression` (QRegularExpression::optimize) right away.
    explicit FilteredExpression(const QRegularExpression &expression);

    const QRegularExpression &expression() const { return m_expression; }
    bool isEmpty() const { return m_expression.pattern().isEmpty(); }
    bool isValid() const { return m_expression.isValid(); }
    // Whether searches skip positions (the pattern's first units are known).
    bool isFiltered() const { return m_starts != nullptr; }
    // Whether a text is searched only when it holds the texts every match
    // must hold (see requiredTexts()).
    bool hasRequiredTexts() const { return m_required != nullptr; }

    // A text that several expressions search, or one many times: PCRE2
    // checks a subject's UTF-16 on every search unless told it is valid,
    // so it is checked here once.
    class Subject
    {
    public:
        explicit Subject(QStringView text) : m_text(text), m_isValid(isValidUtf16(text)) {}
        QStringView text() const { return m_text; }
        bool isValid() const { return m_isValid; }

    private:
        QStringView m_text;
        bool m_isValid;
    };

    // The first match starting at `from` or later, as
    // QRegularExpression::match(text, from) finds it.
    QRegularExpressionMatch match(const Subject &subject, qsizetype from = 0) const;
    QRegularExpressionMatch match(QStringView text, qsizetype from = 0) const { return match(Subject(text), from); }
    bool hasMatch(const Subject &subject) const { return match(subject).hasMatch(); }
    bool hasMatch(QStringView text) const { return match(Subject(text)).hasMatch(); }

    // Every match, as QRegularExpression::globalMatch finds them, in order.
    template<typename Callback>
    void forEachMatch(const Subject &subject, Callback callback) const
    {
        if (!m_starts) {
            if (m_required && !mayMatch(subject.text(), 0))
                return;
            QRegularExpressionMatchIterator it =
                m_expression.globalMatch(subject.text(), 0, QRegularExpression::NormalMatch, checkOption(subject));
            while (it.hasNext())
                callback(it.next());
            return;
        }
        // A filtered pattern's matches are never empty.
        qsizetype from = 0;
        for (;;) {
            const QRegularExpressionMatch found = match(subject, from);
            if (!found.hasMatch())
                return;
            callback(found);
            from = found.capturedEnd();
        }
    }
    template<typename Callback>
    void forEachMatch(QStringView text, Callback callback) const
    {
        forEachMatch(Subject(text), callback);
    }

    using Units = std::bitset<0x10000>;
    // The UTF-16 units a match of `pattern` can start with, or null when
    // the pattern does not tell.
    static std::shared_ptr<const Units> firstUnits(const QString &pattern, QRegularExpression::PatternOptions options);
    // Sets of texts of which every match of `pattern` holds one, for each
    // set (the literal text and the groups of literal alternatives that no
    // alternative of the pattern can leave out), or an empty list when the
    // pattern does not tell. A text that lacks them all for one set has no
    // match, and the search costs a scan instead of a try at every position
    // (a pattern that starts with \d or a lookbehind, `^|(?<=。)`…).
    static QList<QStringList> requiredTexts(const QString &pattern, QRegularExpression::PatternOptions options);

private:
    static bool isValidUtf16(QStringView text);
    static QRegularExpression::MatchOptions checkOption(const Subject &subject)
    {
        return subject.isValid() ? QRegularExpression::DontCheckSubjectStringMatchOption
                                 : QRegularExpression::NoMatchOption;
    }

    struct RequiredSet
    {
        std::bitset<4096> firstUnits; // of the texts, by their low 12 bits
        QStringList texts;
    };
    // Whether `units` holds ASCII letters or digits or hiragana: units of
    // most texts, where possible starts are dense.
    static bool hasCommonUnits(const Units &units);
    // Whether `text` holds, from `from` on, a text of each required set.
    bool mayMatch(QStringView text, qsizetype from) const;

    QRegularExpression m_expression;
    std::shared_ptr<const QList<RequiredSet>> m_required;
    // The pattern tried at one position: `\G(?:pattern)`. PCRE2 runs a
    // match anchored by an option without its JIT code; anchored by \G in
    // the pattern it keeps it.
    QRegularExpression m_anchored;
    std::shared_ptr<const Units> m_starts;
};
