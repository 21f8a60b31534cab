#pragma once

#include "articledocument.h"

#include <optional>

// Computes the smallest change of a front matter block that sets one field,
// keeping every other byte (comments, order, quoting of other keys).
namespace YamlFieldEdit {

// `path` is a top-level key or "parent.key". Returns the new text of the
// whole article, or nothing with `errorString` set.
std::optional<QByteArray> withField(const QByteArray &text, const FrontMatter &frontMatter, const QString &path,
                                    const FieldValue &value, const QByteArray &lineBreak, QString *errorString);

// A YAML scalar for `text`: plain where that reads back the same, quoted otherwise.
QByteArray scalar(const QString &text);

} // namespace YamlFieldEdit
