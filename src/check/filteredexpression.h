#pragma once

#include <QRegularExpression>
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

    // The first match starting at `from` or later, as
    // QRegularExpression::match(text, from) finds it.
    QRegularExpressionMatch match(QStringView text, qsizetype from = 0) const;
    bool hasMatch(QStringView text) const { return match(text).hasMatch(); }

    // Every match, as QRegularExpression::globalMatch finds them, in order.
    template<typename Callback>
    void forEachMatch(QStringView text, Callback callback) const
    {
        if (!m_starts) {
            QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
            while (it.hasNext())
                callback(it.next());
            return;
        }
        // A filtered pattern's matches are never empty.
        const bool valid = isValidUtf16(text);
        qsizetype from = 0;
        for (;;) {
            const QRegularExpressionMatch found = matchFrom(text, from, valid);
            if (!found.hasMatch())
                return;
            callback(found);
            from = found.capturedEnd();
        }
    }

    using Units = std::bitset<0x10000>;
    // The UTF-16 units a match of `pattern` can start with, or null when
    // the pattern does not tell.
    static std::shared_ptr<const Units> firstUnits(const QString &pattern, QRegularExpression::PatternOptions options);

private:
    static bool isValidUtf16(QStringView text);
    // `valid`: `text` has no lone surrogate, so PCRE2 need not check it
    // again on every try (it checks the whole subject each time).
    QRegularExpressionMatch matchFrom(QStringView text, qsizetype from, bool valid) const;

    QRegularExpression m_expression;
    // The pattern tried at one position: `\G(?:pattern)`. PCRE2 runs a
    // match anchored by an option without its JIT code; anchored by \G in
    // the pattern it keeps it.
    QRegularExpression m_anchored;
    std::shared_ptr<const Units> m_starts;
};
