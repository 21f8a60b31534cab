#include "fieldsync.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>

namespace FieldSync {

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min<int>(position, int(text.size())));
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    const int scroll = edit->verticalScrollBar()->value();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    edit->setTextCursor(cursor);
    edit->verticalScrollBar()->setValue(scroll);
}

void setValue(QSpinBox *box, int value)
{
    if (box->value() != value)
        box->setValue(value);
}

int characterCount(const QString &text)
{
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    return count;
}

QString cut(const QString &text, int limit)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= limit)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), limit) + QStringLiteral("…");
}

} // namespace FieldSync
