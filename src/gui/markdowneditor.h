#pragma once

#include <QPlainTextEdit>

#include <functional>

class MarkdownHighlighter;
class QTextCursor;

// The body editor of the section form: Markdown with highlighting and the
// editing aids Japanese writers expect (list continuation, paired
// brackets, emphasis and link shortcuts, a table skeleton). Every aid is
// one step on the editor's undo stack. Text typed through an input method
// reaches the document only when committed, so a preedit never triggers
// an aid.
//
// The editor works on LF text; a caller holding CRLF text converts it.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Emphasis { Strong, Italic };

    explicit MarkdownEditor(QWidget *parent = nullptr);

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // Refreshes the editor from the model. Text equal to the editor's does
    // nothing, so the undo stack survives the model echoing an edit back.
    // Otherwise only the differing middle is replaced, as one undoable step,
    // so the earlier history stays valid; the cursor, the selection and the
    // scroll position keep their place relative to the unchanged text. No
    // textEditedByUser() follows. Use setPlainText() to load another text
    // with a fresh undo stack.
    void setTextPreservingCursor(const QString &text);

    // Replaces the selection (or inserts at the cursor) with `[text](url)`;
    // without text, `<url>`.
    void insertLink(const QString &text, const QString &url);
    // Inserts a GFM table skeleton of a header row, the delimiter row and
    // `rows` body rows on lines of its own, separated from neighbouring
    // text by a blank line; the cursor goes to the first header cell.
    void insertTable(int rows, int columns);
    // Adds or removes `**` (Strong) or `*` (Italic) around the selection,
    // else around the word at the cursor, else inserts an empty pair.
    void toggleEmphasis(Emphasis emphasis);

    // The folder of the article's file, where pasted and dropped images are
    // copied (into images/); "" for an article never saved, which takes no
    // images.
    void setArticleDirectory(const QString &directory);
    QString articleDirectory() const { return m_articleDirectory; }

    // Sees pasted plain text first; returns true when it took care of it
    // (the window offers to recover a whole article's structure).
    void setPlainTextPasteHandler(std::function<bool(const QString &)> handler)
    {
        m_plainTextPasteHandler = std::move(handler);
    }

    // A checker's finding shown in the text: a wavy underline (red for an
    // error, orange for a warning, blue for info) whose tooltip is the
    // message. Positions are in the editor's text.
    struct FindingMark
    {
        int position = 0;
        int length = 0;
        int severity = 2; // textlint's numbers: 2 error, 1 warning, 0 info
        QString message;
    };
    void setFindingMarks(const QList<FindingMark> &marks);
    const QList<FindingMark> &findingMarks() const { return m_findingMarks; }

public Q_SLOTS:
    void showLinkDialog();
    void showTableDialog();

Q_SIGNALS:
    // The text changed through the user: typing, input method commits,
    // paste, undo, an editing aid, or an edit through textCursor(). Not
    // emitted for setPlainText(), clear(), setTextPreservingCursor(), or
    // for changes that leave the text as it was (highlighting, preedit).
    void textEditedByUser();
    // A pasted or dropped image was not inserted: the article has no folder
    // yet, or the file could not be copied.
    void imageRejected(const QString &reason);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Image files (png, jpg, jpeg, gif, webp, svg) and image data go into the
    // article's images/ folder and become `![](images/NAME)`, one undo step.
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    enum class Shortcut { None, Bold, Italic, Link, Table };
    static Shortcut shortcutFor(const QKeyEvent *event);
    void runShortcut(Shortcut shortcut);

    bool continueList();
    bool typePairedCharacter(QChar character);
    bool deleteEmptyPair();
    void toggleEmphasisAt(QTextCursor &cursor, int start, int end, Emphasis emphasis);
    void wordRangeAtCursor(int *start, int *end) const;
    void onContentsChanged();
    static QStringList imageFiles(const QMimeData *source);
    static bool isImageData(const QMimeData *source);

    MarkdownHighlighter *m_highlighter;
    // The text as last reported, to tell edits from layout-only changes.
    QString m_knownText;
    QString m_articleDirectory;
    std::function<bool(const QString &)> m_plainTextPasteHandler;
    QList<FindingMark> m_findingMarks;
};
