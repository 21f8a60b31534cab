#pragma once

#include "importresult.h"

// Plain text as a writer pastes it from a word processor (the title on the
// first line, a supervisor profile block, bare heading lines, "- " lists)
// turned into a structured Kiji article. Every guess is noted.
namespace TextImport {

ImportResult fromText(const QByteArray &bytes);

} // namespace TextImport
