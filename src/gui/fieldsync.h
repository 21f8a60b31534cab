#pragma once

#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Refreshing a form from the document without disturbing the user: a field
// is only rewritten when its text differs, and the cursor stays where it was.
namespace FieldSync {

void setText(QLineEdit *edit, const QString &text);
void setText(QPlainTextEdit *edit, const QString &text);
// Setting a spin box's value repaints it even when the value is the same.
void setValue(QSpinBox *box, int value);

// Characters as a reader counts them (code points, not UTF-16 units).
int characterCount(const QString &text);
// `text` cut to `limit` characters with "…", as search engines show it.
QString cut(const QString &text, int limit);

} // namespace FieldSync
