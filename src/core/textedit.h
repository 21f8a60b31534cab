#pragma once

#include <QByteArray>
#include <optional>

// One replacement in the article's source bytes: `removed` at `offset`
// becomes `inserted`. Every change to an article is one of these, so undo
// restores the exact bytes.
struct TextEdit
{
    qsizetype offset = 0;
    QByteArray removed;
    QByteArray inserted;

    bool isNull() const { return removed == inserted; }
    TextEdit inverted() const { return {offset, inserted, removed}; }
    void applyTo(QByteArray &text) const;

    // The smallest edit that turns `before` into `after`.
    static TextEdit between(const QByteArray &before, const QByteArray &after);
    // `first` then `second` as one edit, when the two touch or overlap.
    static std::optional<TextEdit> composed(const TextEdit &first, const TextEdit &second);
};
