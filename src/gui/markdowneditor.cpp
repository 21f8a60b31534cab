#include "markdowneditor.h"

#include "htmlimport.h"
#include "imagefolder.h"
#include "linkdialog.h"
#include "markdownhighlighter.h"
#include "tabledialog.h"
#include "wordclass.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QPixmap>
#include <QGuiApplication>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QHelpEvent>

#include <memory>

namespace {

struct CharacterPair
{
    QChar open;
    QChar close;
};

constexpr CharacterPair Pairs[] = {
    {u'「', u'」'}, {u'『', u'』'}, {u'（', u'）'}, {u'【', u'】'}, {u'(', u')'}, {u'[', u']'},
};

const CharacterPair *pairOpenedBy(QChar character)
{
    for (const CharacterPair &pair : Pairs) {
        if (pair.open == character)
            return &pair;
    }
    return nullptr;
}

bool isClosing(QChar character)
{
    for (const CharacterPair &pair : Pairs) {
        if (pair.close == character)
            return true;
    }
    return false;
}

QKeySequence linkShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_K);
}

QKeySequence tableShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
}

// How many `character`s in a row the document holds from `position` on,
// walking forward or backward, within [lowest, highest).
int runLength(const QTextDocument *document, int position, int step, QChar character, int lowest, int highest)
{
    int length = 0;
    for (int at = position; at >= lowest && at < highest && document->characterAt(at) == character; at += step)
        ++length;
    return length;
}

// A delimiter run of `length` around text contains that emphasis when it
// is long enough: `***x***` is both strong and italic.
bool runHasEmphasis(int length, MarkdownEditor::Emphasis emphasis)
{
    return emphasis == MarkdownEditor::Emphasis::Strong ? length >= 2 : (length == 1 || length >= 3);
}

// CommonMark ends a bare destination at white space or an unbalanced
// parenthesis; the pointy form takes anything but `<>`.
QString linkDestination(const QString &url)
{
    static const QRegularExpression needsBrackets(QStringLiteral("[\\s()<>]"));
    return url.contains(needsBrackets) ? QLatin1Char('<') + url + QLatin1Char('>') : url;
}

bool looksLikeUrl(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("^(?:https?://|mailto:)\\S+$"));
    return url.match(text).hasMatch();
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    // CJK glyphs in a fixed-width face keep tables and lists aligned;
    // the platform's size is kept.
    QFont editorFont = font();
    editorFont.setFamilies({QStringLiteral("Noto Sans Mono CJK JP"), QStringLiteral("Noto Sans CJK JP"),
                            QStringLiteral("IPAGothic"), QStringLiteral("VL Gothic"),
                            QStringLiteral("TakaoGothic"), QStringLiteral("monospace")});
    editorFont.setStyleHint(QFont::TypeWriter);
    setFont(editorFont);
    setTabStopDistance(QFontMetricsF(editorFont).horizontalAdvance(u' ') * 4);
    // A long URL or a Japanese sentence has no space to break at.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // QPlainTextDocumentLayout ignores line height; a wider margin is the
    // breathing room it allows.
    document()->setDocumentMargin(8);

    connect(document(), &QTextDocument::contentsChanged, this, &MarkdownEditor::onContentsChanged);
}

void MarkdownEditor::onContentsChanged()
{
    // setPlainText() and clear() rebuild the document with undo switched
    // off; no user edit happens that way.
    if (!document()->isUndoRedoEnabled()) {
        m_knownText = toPlainText();
        return;
    }
    // Highlighting and an input method's preedit change only the layout,
    // yet the document reports them as content changes.
    QString text = toPlainText();
    if (text == m_knownText)
        return;
    m_knownText = std::move(text);
    Q_EMIT textEditedByUser();
}

void MarkdownEditor::setTextPreservingCursor(const QString &text)
{
    const QString current = toPlainText();
    if (text == current)
        return;

    const qsizetype shorter = qMin(current.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && current.at(prefix) == text.at(prefix))
        ++prefix;
    if (prefix > 0 && current.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && current.at(current.size() - suffix).isLowSurrogate())
        --suffix;
    const int changeStart = int(prefix);
    const int removedEnd = int(current.size() - suffix);
    const int insertedLength = int(text.size() - suffix - prefix);

    // Positions after the change move with it; a position inside it stays
    // at the same offset into the new text, as far as that reaches.
    auto map = [&](int position) {
        if (position <= changeStart)
            return position;
        if (position >= removedEnd)
            return position - removedEnd + changeStart + insertedLength;
        return changeStart + qMin(position - changeStart, insertedLength);
    };
    const QTextCursor view = textCursor();
    const int anchor = map(view.anchor());
    const int position = map(view.position());
    const int horizontalScroll = horizontalScrollBar()->value();
    const int verticalScroll = verticalScrollBar()->value();

    m_knownText = text;
    QTextCursor edit(document());
    edit.beginEditBlock();
    edit.setPosition(changeStart);
    edit.setPosition(removedEnd, QTextCursor::KeepAnchor);
    edit.insertText(text.mid(changeStart, insertedLength));
    edit.endEditBlock();

    QTextCursor restored(document());
    restored.setPosition(anchor);
    restored.setPosition(position, QTextCursor::KeepAnchor);
    setTextCursor(restored);
    horizontalScrollBar()->setValue(horizontalScroll);
    verticalScrollBar()->setValue(verticalScroll);
}

void MarkdownEditor::setFindingMarks(const QList<FindingMark> &marks)
{
    m_findingMarks = marks;
    QList<QTextEdit::ExtraSelection> selections;
    const int end = document()->characterCount() - 1;
    for (const FindingMark &mark : marks) {
        if (mark.position < 0 || mark.position > end)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(mark.position);
        // An empty range (a missing 。) marks the character before it.
        const int markEnd = std::min(end, mark.position + std::max(1, mark.length));
        if (mark.length == 0 && mark.position > 0 && mark.position == end)
            selection.cursor.setPosition(mark.position - 1);
        selection.cursor.setPosition(std::max(markEnd, selection.cursor.position()), QTextCursor::KeepAnchor);
        const QColor color = mark.severity >= 2 ? QColor(0xd3, 0x2f, 0x2f)
            : mark.severity == 1                ? QColor(0xef, 0x8a, 0x00)
                                                : QColor(0x1e, 0x88, 0xe5);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(color);
        // A thin wave under CJK glyphs is easy to miss: a light tint too.
        QColor tint = color;
        tint.setAlpha(40);
        selection.format.setBackground(tint);
        selection.format.setToolTip(mark.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool MarkdownEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The message of the finding under the mouse.
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        QStringList messages;
        for (const FindingMark &mark : std::as_const(m_findingMarks)) {
            if (position >= mark.position && position <= mark.position + std::max(1, mark.length))
                messages.append(mark.message);
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool MarkdownEditor::event(QEvent *event)
{
    // The editor's shortcuts win over window actions bound to the same keys
    // while it has the focus.
    if (event->type() == QEvent::ShortcutOverride && shortcutFor(static_cast<QKeyEvent *>(event)) != Shortcut::None) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

MarkdownEditor::Shortcut MarkdownEditor::shortcutFor(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Bold))
        return Shortcut::Bold;
    if (event->matches(QKeySequence::Italic))
        return Shortcut::Italic;
    const QKeySequence pressed(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    if (pressed == linkShortcut())
        return Shortcut::Link;
    if (pressed == tableShortcut())
        return Shortcut::Table;
    return Shortcut::None;
}

void MarkdownEditor::runShortcut(Shortcut shortcut)
{
    if (isReadOnly())
        return;
    switch (shortcut) {
    case Shortcut::Bold:
        toggleEmphasis(Emphasis::Strong);
        break;
    case Shortcut::Italic:
        toggleEmphasis(Emphasis::Italic);
        break;
    case Shortcut::Link:
        showLinkDialog();
        break;
    case Shortcut::Table:
        showTableDialog();
        break;
    case Shortcut::None:
        break;
    }
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const Shortcut shortcut = shortcutFor(event);
    if (shortcut != Shortcut::None) {
        runShortcut(shortcut);
        event->accept();
        return;
    }
    if (!isReadOnly() && !overwriteMode()) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        bool handled = false;
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            if (modifiers == Qt::NoModifier) {
                handled = continueList();
            } else if (modifiers == Qt::ShiftModifier) {
                // Qt would insert U+2028, which the model would see as a
                // line break inside one editor block: give a real one.
                insertPlainText(QStringLiteral("\n"));
                handled = true;
            }
        } else if (event->key() == Qt::Key_Backspace && modifiers == Qt::NoModifier) {
            handled = deleteEmptyPair();
        } else if (event->text().size() == 1 && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            handled = typePairedCharacter(event->text().at(0));
        }
        if (handled) {
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::inputMethodEvent(QInputMethodEvent *event)
{
    // Japanese input methods commit 「 and other brackets as a one-character
    // string; pair them as if typed. A preedit never reaches this branch.
    const QString commit = event->commitString();
    if (!isReadOnly() && !overwriteMode() && commit.size() == 1 && event->preeditString().isEmpty()
        && event->replacementLength() == 0 && (pairOpenedBy(commit.at(0)) || isClosing(commit.at(0)))) {
        QInputMethodEvent endComposition; // removes the preedit the commit replaces
        QPlainTextEdit::inputMethodEvent(&endComposition);
        if (typePairedCharacter(commit.at(0))) {
            event->accept();
            return;
        }
    }
    // A commit with no composition on show or to come (an input method
    // committing as it goes, or direct input) is typed like a key: Qt's
    // input-method path marks the whole line changed, which lays out and
    // repaints every visible line again on each character.
    if (!isReadOnly() && !commit.isEmpty() && event->preeditString().isEmpty() && event->replacementStart() == 0
        && event->replacementLength() == 0 && event->attributes().isEmpty()
        && textCursor().block().layout()->preeditAreaText().isEmpty()) {
        insertPlainText(commit);
        ensureCursorVisible();
        event->accept();
        return;
    }
    QPlainTextEdit::inputMethodEvent(event);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    menu->addSeparator();
    auto addAction = [&](const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        // Shown for discoverability; the keys themselves reach keyPressEvent().
        action->setShortcut(shortcut);
        action->setEnabled(!isReadOnly());
        connect(action, &QAction::triggered, this, slot);
    };
    addAction(tr("&Bold"), QKeySequence(QKeySequence::Bold), [this] { toggleEmphasis(Emphasis::Strong); });
    addAction(tr("&Italic"), QKeySequence(QKeySequence::Italic), [this] { toggleEmphasis(Emphasis::Italic); });
    addAction(tr("Insert &Link…"), linkShortcut(), [this] { showLinkDialog(); });
    addAction(tr("Insert &Table…"), tableShortcut(), [this] { showTableDialog(); });
    // The window's actions on the text (Add Comment).
    if (!actions().isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions());
    }
    menu->exec(event->globalPos());
}

bool MarkdownEditor::continueList()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection() || MarkdownHighlighter::isInsideCodeBlock(cursor.block()))
        return false;

    // Quote prefixes, indentation, the marker, its spacing, a task box.
    static const QRegularExpression listItem(QStringLiteral(
        "^((?:[ \\t]*>[ \\t]?)*)([ \\t]*)(?:([-*+])|(\\d{1,9})([.)]))([ \\t]+)(\\[[ xX]\\](?:[ \\t]+|$))?"));
    static const QRegularExpression quoteLine(QStringLiteral("^(?:[ \\t]*>[ \\t]?)+"));
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();

    QString keptOnEmptyLine;
    QString nextPrefix;
    qsizetype prefixLength = 0;
    const QRegularExpressionMatch item = listItem.match(line);
    if (item.hasMatch()) {
        prefixLength = item.capturedLength();
        keptOnEmptyLine = item.captured(1);
        QString marker = item.captured(3);
        if (marker.isEmpty()) {
            const QString number = item.captured(4);
            // `01.` continues as `02.`.
            const int width = number.startsWith(u'0') ? int(number.size()) : 0;
            marker = QStringLiteral("%1").arg(number.toLongLong() + 1, width, 10, QLatin1Char('0')) + item.captured(5);
        }
        nextPrefix = item.captured(1) + item.captured(2) + marker + item.captured(6)
            + (item.hasCaptured(7) ? QStringLiteral("[ ] ") : QString());
    } else {
        const QRegularExpressionMatch quote = quoteLine.match(line);
        if (!quote.hasMatch())
            return false;
        prefixLength = quote.capturedLength();
        nextPrefix = quote.captured();
    }
    if (column < prefixLength)
        return false;

    cursor.beginEditBlock();
    if (QStringView(line).mid(prefixLength).trimmed().isEmpty()) {
        // Enter on an empty item ends the list (or the quote) instead.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(keptOnEmptyLine);
    } else {
        cursor.insertText(QLatin1Char('\n') + nextPrefix);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

bool MarkdownEditor::typePairedCharacter(QChar character)
{
    QTextCursor cursor = textCursor();
    const QTextDocument *doc = document();
    if (isClosing(character) && !cursor.hasSelection() && doc->characterAt(cursor.position()) == character) {
        cursor.movePosition(QTextCursor::NextCharacter);
        setTextCursor(cursor);
        return true;
    }
    const CharacterPair *pair = pairOpenedBy(character);
    if (!pair)
        return false;

    if (cursor.hasSelection()) {
        const int start = cursor.selectionStart();
        const int end = cursor.selectionEnd();
        const bool forward = cursor.position() == end;
        cursor.beginEditBlock();
        cursor.setPosition(end);
        cursor.insertText(QString(pair->close));
        cursor.setPosition(start);
        cursor.insertText(QString(pair->open));
        cursor.endEditBlock();
        cursor.setPosition(forward ? start + 1 : end + 1);
        cursor.setPosition(forward ? end + 1 : start + 1, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        return true;
    }

    // Before a word the bracket most likely opens around existing text,
    // where a closing bracket would be in the way.
    const QChar next = doc->characterAt(cursor.position());
    if (!next.isNull() && !next.isSpace() && !next.isPunct() && !isClosing(next))
        return false;
    cursor.beginEditBlock();
    cursor.insertText(QString(pair->open) + pair->close);
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::PreviousCharacter);
    setTextCursor(cursor);
    return true;
}

bool MarkdownEditor::deleteEmptyPair()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection() || cursor.atBlockStart())
        return false;
    const CharacterPair *pair = pairOpenedBy(document()->characterAt(cursor.position() - 1));
    if (!pair || document()->characterAt(cursor.position()) != pair->close)
        return false;
    cursor.beginEditBlock();
    cursor.deletePreviousChar();
    cursor.deleteChar();
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

void MarkdownEditor::wordRangeAtCursor(int *start, int *end) const
{
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const int column = cursor.positionInBlock();
    const WordClass before = column > 0 ? wordClass(line.at(column - 1)) : WordClass::None;
    const WordClass after = column < line.size() ? wordClass(line.at(column)) : WordClass::None;
    const WordClass word = before != WordClass::None ? before : after;
    int first = column;
    int last = column;
    if (word != WordClass::None) {
        while (first > 0 && wordClass(line.at(first - 1)) == word)
            --first;
        while (last < line.size() && wordClass(line.at(last)) == word)
            ++last;
    }
    *start = block.position() + first;
    *end = block.position() + last;
}

void MarkdownEditor::toggleEmphasis(Emphasis emphasis)
{
    QTextCursor cursor = textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    if (!cursor.hasSelection())
        wordRangeAtCursor(&start, &end);
    cursor.beginEditBlock();
    toggleEmphasisAt(cursor, start, end, emphasis);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

// Removes the emphasis when the range carries it, inside its ends or just
// around it, `*` or `_` alike; else wraps the range in `marker`. Leaves
// `cursor` selecting the text (or at the same place in the word).
void MarkdownEditor::toggleEmphasisAt(QTextCursor &cursor, int start, int end, Emphasis emphasis)
{
    const QTextDocument *doc = document();
    const QString marker = emphasis == Emphasis::Strong ? QStringLiteral("**") : QStringLiteral("*");
    const bool hadSelection = cursor.hasSelection();
    const bool forward = cursor.position() == cursor.selectionEnd();
    const int cursorOffset = cursor.position() - start;
    const int removedLength = int(marker.size());
    auto select = [&](int first, int last) {
        if (!hadSelection) {
            cursor.setPosition(qBound(first, first + cursorOffset, last));
            return;
        }
        cursor.setPosition(forward ? first : last);
        cursor.setPosition(forward ? last : first, QTextCursor::KeepAnchor);
    };
    auto removeAt = [&](int first, int last) {
        cursor.setPosition(last);
        cursor.setPosition(last + removedLength, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(first);
        cursor.setPosition(first + removedLength, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    };

    for (const QChar delimiter : {QLatin1Char('*'), QLatin1Char('_')}) {
        // `**bold**` selected with its markers.
        const int length = end - start;
        if (hadSelection && length >= 2 * removedLength && doc->characterAt(start) == delimiter) {
            const int leading = runLength(doc, start, 1, delimiter, start, end);
            const int trailing = runLength(doc, end - 1, -1, delimiter, start, end);
            const int run = leading + trailing > length ? length / 2 : qMin(leading, trailing);
            if (runHasEmphasis(run, emphasis)) {
                removeAt(start, end - removedLength);
                select(start, end - 2 * removedLength);
                return;
            }
        }
        // `bold` selected (or under the cursor) between its markers.
        const int blockStart = doc->findBlock(start).position();
        const QTextBlock lastBlock = doc->findBlock(end);
        const int blockEnd = lastBlock.position() + lastBlock.length() - 1;
        const int before = runLength(doc, start - 1, -1, delimiter, blockStart, end);
        const int after = runLength(doc, end, 1, delimiter, end, blockEnd);
        if (runHasEmphasis(qMin(before, after), emphasis)) {
            removeAt(start - removedLength, end);
            select(start - removedLength, end - removedLength);
            return;
        }
    }

    cursor.setPosition(end);
    cursor.insertText(marker);
    cursor.setPosition(start);
    cursor.insertText(marker);
    select(start + removedLength, end + removedLength);
}

void MarkdownEditor::insertLink(const QString &text, const QString &url)
{
    const QString target = url.trimmed();
    QString markdown;
    int cursorBack = 0;
    if (text.isEmpty()) {
        markdown = QLatin1Char('<') + target + QLatin1Char('>');
    } else {
        QString label = text;
        label.replace(QLatin1Char('['), QLatin1String("\\[")).replace(QLatin1Char(']'), QLatin1String("\\]"));
        markdown = QLatin1Char('[') + label + QLatin1String("](") + linkDestination(target) + QLatin1Char(')');
        // Without a URL the cursor waits where it goes.
        cursorBack = target.isEmpty() ? 1 : 0;
    }
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertText(markdown);
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::MoveAnchor, cursorBack);
    setTextCursor(cursor);
}

void MarkdownEditor::insertTable(int rows, int columns)
{
    rows = qMax(rows, 0);
    columns = qMax(columns, 1);
    const QString row = QLatin1Char('|') + QStringLiteral("   |").repeated(columns);
    QStringList lines = {row, QLatin1Char('|') + QStringLiteral("---|").repeated(columns)};
    for (int i = 0; i < rows; ++i)
        lines.append(row);

    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    // A table needs a line of its own and, to stay apart from a paragraph,
    // blank lines around it.
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const QStringView before = QStringView(line).left(cursor.positionInBlock());
    const QStringView after = QStringView(line).mid(cursor.positionInBlock());
    auto hasText = [](const QTextBlock &neighbour) { return neighbour.isValid() && !neighbour.text().trimmed().isEmpty(); };
    const QString leading = !before.trimmed().isEmpty() ? QStringLiteral("\n\n")
        : hasText(block.previous())                      ? QStringLiteral("\n")
                                                         : QString();
    const QString trailing = !after.trimmed().isEmpty() ? QStringLiteral("\n\n")
        : hasText(block.next())                         ? QStringLiteral("\n")
                                                        : QString();
    const int tableStart = cursor.position() + int(leading.size());
    cursor.insertText(leading + lines.join(QLatin1Char('\n')) + trailing);
    cursor.endEditBlock();
    cursor.setPosition(tableStart + 2);
    setTextCursor(cursor);
}

void MarkdownEditor::showLinkDialog()
{
    LinkDialog dialog(this);
    const QString selected = textCursor().selectedText();
    if (looksLikeUrl(selected)) {
        dialog.setUrl(selected);
    } else {
        dialog.setLinkText(selected);
        const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
        if (looksLikeUrl(clipboard))
            dialog.setUrl(clipboard);
    }
    if (dialog.exec() == QDialog::Accepted)
        insertLink(dialog.linkText(), dialog.url());
}

void MarkdownEditor::showTableDialog()
{
    TableDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        insertTable(dialog.rows(), dialog.columns());
}

void MarkdownEditor::setArticleDirectory(const QString &directory)
{
    m_articleDirectory = directory;
}

QStringList MarkdownEditor::imageFiles(const QMimeData *source)
{
    QStringList files;
    for (const QUrl &url : source->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && ImageFolder::isImageFileName(path) && QFileInfo(path).isFile())
            files.append(path);
    }
    return files;
}

bool MarkdownEditor::isImageData(const QMimeData *source)
{
    // Spreadsheets and word processors put a picture of the copied cells
    // beside their text; pasting into a text editor means the text.
    return source->hasImage() && !source->hasText();
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return isImageData(source) || !imageFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = imageFiles(source);
    if (files.isEmpty() && !isImageData(source)) {
        // Rich text (a word processor, a web page) arrives as Markdown.
        if (source->hasHtml()) {
            if (const QString markdown = HtmlImport::fragmentToMarkdown(source->html()); !markdown.isEmpty()) {
                insertPlainText(markdown);
                return;
            }
        }
        if (source->hasText() && m_plainTextPasteHandler && m_plainTextPasteHandler(source->text()))
            return;
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    if (m_articleDirectory.isEmpty()) {
        Q_EMIT imageRejected(tr("Save the article first: images are copied into the images folder beside it."));
        return;
    }

    const ImageFolder folder(m_articleDirectory);
    QStringList references;
    QStringList errors;
    auto add = [&](const QString &destination, const QString &error) {
        if (destination.isEmpty())
            errors.append(error);
        else
            references.append(QLatin1String("![](") + linkDestination(destination) + QLatin1Char(')'));
    };
    QString error;
    if (files.isEmpty()) {
        const QVariant data = source->imageData();
        const QImage image = data.metaType().id() == QMetaType::QPixmap ? data.value<QPixmap>().toImage()
                                                                         : data.value<QImage>();
        const QString destination = folder.addImage(image, QDateTime::currentDateTime(), &error);
        add(destination, error);
    }
    for (const QString &file : files) {
        const QString destination = folder.addFile(file, &error);
        add(destination, error);
    }

    if (!references.isEmpty()) {
        QTextCursor cursor = textCursor();
        cursor.beginEditBlock();
        cursor.insertText(references.join(QLatin1Char('\n')));
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    if (!errors.isEmpty())
        Q_EMIT imageRejected(errors.join(QLatin1Char('\n')));
}
