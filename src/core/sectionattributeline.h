#pragma once

#include "textedit.h"

#include <QList>
#include <QString>

#include <utility>

struct Section;

// Writing a section's `<!-- kiji: … -->` line (budget, status, by, date).
namespace SectionAttributeLine {

// The edit of `text` that sets `values` (key, value; an empty value removes
// the key) in the line after the section's heading, creating the line when
// needed and removing it when no key is left. Existing keys keep their
// order; new ones go last. False with a reason when a key or value cannot be
// stored (a value with white space or `-->`).
bool edit(const QByteArray &text, const QByteArray &lineBreak, const Section &section,
          const QList<std::pair<QString, QString>> &values, TextEdit *result, QString *errorString);

} // namespace SectionAttributeLine
