#pragma once

#include "checkblock.h"
#include "filteredexpression.h"
#include "rule.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

// Dictionaries in prh's form: each entry is the expected text and the
// patterns that find a wrong spelling of it ("/regexp/flags" or literal
// text; without patterns, the expected text in any letter case). Searched
// in the text of each Str node as textlint-rule-prh does: not in code,
// images, links or emphasis; where two matches overlap the longer one
// starting first wins. Every match gives a fix to the expected text ($1…
// stand for the pattern's groups).
class PrhDictionary
{
public:
    // Entries as {pattern, expected, note, reference} maps (Kiji's rule data).
    void addEntries(const QVariantList &entries);
    // A prh YAML file: `rules: [{expected, pattern | patterns, prh}]`.
    bool addFile(const QString &fileName, QString *errorString);
    bool isEmpty() const { return m_entries.isEmpty(); }

    void check(const CheckBlock &block, QList<RuleFinding> &findings) const;

private:
    struct Entry
    {
        QRegularExpression pattern;
        FilteredExpression search; // the pattern, as searched
        QString expected;
        QString note;
        QString reference;
    };
    void add(Entry entry);
    void updateAny();
    void checkIn(const QString &text, int begin, int end, QList<RuleFinding> &findings) const;

    QList<Entry> m_entries;
    // Any of the patterns: text that matches none costs one scan. Built
    // when entries are added, so that check() changes nothing and may run
    // on several threads.
    FilteredExpression m_any;
    // No pattern is anchored: a block where `m_any` finds nothing has no
    // match in any of its pieces either.
    bool m_anyCoversBlocks = false;
    QStringList m_alternatives;
};
