#pragma once

#include "importresult.h"

#include <optional>

class QString;

// Which importer reads a file, and running it.
namespace ArticleImport {

enum class Format { Text, Html };

// .txt → Text, .html/.htm → Html; nothing for other names (Markdown).
std::optional<Format> formatOf(const QString &fileName);
ImportResult run(const QByteArray &bytes, Format format);

} // namespace ArticleImport
