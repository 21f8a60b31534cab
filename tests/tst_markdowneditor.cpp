// The section body editor: editing aids driven by real key and input
// method events, one undo step each, the user-edit signal, refreshing from
// the model, and the highlighter's formats in the laid-out blocks.
#include "linkdialog.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "tabledialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QInputMethodEvent>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace {

// In the state strings below ▮ is the cursor; « and » are the selection's
// anchor and position.
constexpr QChar Cursor = u'▮';
constexpr QChar Anchor = u'«';
constexpr QChar Position = u'»';

using Element = MarkdownHighlighter::Element;

} // namespace

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listContinuation_data();
    void listContinuation();
    void orderedListCountsUp();
    void shiftEnterBreaksWithoutMarker();
    void aidAfterTypingIsOwnUndoStep();
    void pairing_data();
    void pairing();
    void pairingBeforeWordTypesOneCharacter();
    void inputMethodCommitPairs();
    void inputMethodCommitRepaintsItsLineOnly();
    void emphasis_data();
    void emphasis();
    void insertLink_data();
    void insertLink();
    void linkDialogFromShortcut();
    void insertTable_data();
    void insertTable();
    void tableDialogFromShortcut();
    void preeditChangesNothing();
    void textEditedByUserOnlyForUserEdits();
    void setTextPreservingCursor();
    void highlighterHeadingAndBold();
    void highlighterFencedCode();
    void highlighterCommentsAndReviewMarks();
    void highlighterFollowsFlankingRules();
    void highlighterBlockSyntax();
    void highlighterSkipsInlinesOfLinesFullOfOpeners();
    void pasteImageFileCopiesIt();
    void pastedImageNamesAreSafeAndUnique();
    void pasteImageData();
    void pasteImageWithoutArticleFolder();
    void pasteImageFromArticleFolder();
    void dropImageFilesIsOneUndoStep();
    void pasteOtherFilesAsDefault();

private:
    void load(const QString &state);
    QString state() const;
    void type(const QString &text);
    void undo();
    QTextCharFormat formatAt(int blockNumber, int column) const;
    void paste(QMimeData *data);

    std::unique_ptr<MarkdownEditor> m_editor;
};

void TestMarkdownEditor::init()
{
    m_editor = std::make_unique<MarkdownEditor>();
    m_editor->resize(600, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setFocus();
}

void TestMarkdownEditor::cleanup()
{
    m_editor.reset();
}

void TestMarkdownEditor::load(const QString &state)
{
    QString text = state;
    int anchor = int(text.size());
    int position = anchor;
    if (const qsizetype cursor = state.indexOf(Cursor); cursor >= 0) {
        text.remove(cursor, 1);
        anchor = position = int(cursor);
    } else if (state.contains(Anchor)) {
        const int anchorMark = int(state.indexOf(Anchor));
        const int positionMark = int(state.indexOf(Position));
        text.remove(Anchor).remove(Position);
        anchor = anchorMark < positionMark ? anchorMark : anchorMark - 1;
        position = positionMark < anchorMark ? positionMark : positionMark - 1;
    } else {
        anchor = position = int(text.size());
    }
    m_editor->setPlainText(text);
    QTextCursor textCursor(m_editor->document());
    textCursor.setPosition(anchor);
    textCursor.setPosition(position, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(textCursor);
}

QString TestMarkdownEditor::state() const
{
    QString text = m_editor->toPlainText();
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return text.insert(cursor.position(), Cursor);
    if (cursor.anchor() < cursor.position())
        return text.insert(cursor.position(), Position).insert(cursor.anchor(), Anchor);
    return text.insert(cursor.anchor(), Anchor).insert(cursor.position(), Position);
}

// Key events carrying the text, as a keyboard without an input method
// sends them; QTest::keyClicks() cannot carry non-Latin-1 text.
void TestMarkdownEditor::type(const QString &text)
{
    for (const QChar character : text) {
        if (character == u'\n')
            QTest::keyClick(m_editor.get(), Qt::Key_Return);
        else if (character.unicode() < 0x80)
            QTest::keyClick(m_editor.get(), character.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, m_editor.get(), Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

void TestMarkdownEditor::undo()
{
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
}

QTextCharFormat TestMarkdownEditor::formatAt(int blockNumber, int column) const
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

void TestMarkdownEditor::listContinuation_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("bullet -") << "- りんご▮" << "- りんご\n- ▮";
    QTest::newRow("bullet *") << "* りんご▮" << "* りんご\n* ▮";
    QTest::newRow("bullet +") << "+ りんご▮" << "+ りんご\n+ ▮";
    QTest::newRow("ordered .") << "1. 一つ目▮" << "1. 一つ目\n2. ▮";
    QTest::newRow("ordered ) past 9") << "9) 九つ目▮" << "9) 九つ目\n10) ▮";
    QTest::newRow("ordered zero-padded") << "01. 一▮" << "01. 一\n02. ▮";
    QTest::newRow("nested") << "- 親\n  - 子▮" << "- 親\n  - 子\n  - ▮";
    QTest::newRow("nested ordered") << "1. 親\n   1. 子▮" << "1. 親\n   1. 子\n   2. ▮";
    QTest::newRow("task") << "- [x] 済み▮" << "- [x] 済み\n- [ ] ▮";
    QTest::newRow("quoted item") << "> - 引用▮" << "> - 引用\n> - ▮";
    QTest::newRow("quote") << "> 引用文▮" << "> 引用文\n> ▮";
    QTest::newRow("nested quote") << "> > 二重▮" << "> > 二重\n> > ▮";
    QTest::newRow("split item") << "- 前半▮後半" << "- 前半\n- ▮後半";
    QTest::newRow("empty item ends list") << "- 一\n- ▮" << "- 一\n▮";
    QTest::newRow("empty ordered item ends list") << "1. 一\n2. ▮" << "1. 一\n▮";
    QTest::newRow("empty task ends list") << "- [ ] 一\n- [ ] ▮" << "- [ ] 一\n▮";
    QTest::newRow("empty nested item ends list") << "- 親\n  - ▮" << "- 親\n▮";
    QTest::newRow("empty quoted item keeps quote") << "> - 一\n> - ▮" << "> - 一\n> ▮";
    QTest::newRow("empty quote line ends quote") << "> 一\n> ▮" << "> 一\n▮";
    QTest::newRow("paragraph") << "本文▮" << "本文\n▮";
    QTest::newRow("cursor before marker") << "▮- 一" << "\n▮- 一";
    QTest::newRow("inside fenced code") << "```\n- 一▮" << "```\n- 一\n▮";
    QTest::newRow("after closed fence") << "```\nx\n```\n- 一▮" << "```\nx\n```\n- 一\n- ▮";
}

void TestMarkdownEditor::listContinuation()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    load(before);
    const QString original = m_editor->toPlainText();
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(state(), after);
    undo();
    QCOMPARE(m_editor->toPlainText(), original);
}

void TestMarkdownEditor::orderedListCountsUp()
{
    load(QString());
    type(QStringLiteral("1. 一\n二\n三\n\n"));
    QCOMPARE(state(), QStringLiteral("1. 一\n2. 二\n3. 三\n▮"));
}

void TestMarkdownEditor::shiftEnterBreaksWithoutMarker()
{
    load(QStringLiteral("- 項目▮"));
    QTest::keyClick(m_editor.get(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(state(), QStringLiteral("- 項目\n▮"));
    QCOMPARE(m_editor->document()->blockCount(), 2);
}

// Typing merges into one undo step; an aid right after it must not join it.
void TestMarkdownEditor::aidAfterTypingIsOwnUndoStep()
{
    load(QStringLiteral("▮"));
    type(QStringLiteral("ab("));
    QCOMPARE(state(), QStringLiteral("ab(▮)"));
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ab"));

    load(QStringLiteral("▮"));
    type(QStringLiteral("ab"));
    QTest::keyClick(m_editor.get(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(state(), QStringLiteral("**ab▮**"));
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ab"));

    load(QStringLiteral("▮"));
    type(QStringLiteral("ab"));
    m_editor->insertTable(1, 1);
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ab"));

    load(QStringLiteral("▮"));
    type(QStringLiteral("ab"));
    m_editor->insertLink(QStringLiteral("c"), QStringLiteral("https://example.com/"));
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ab"));
}

void TestMarkdownEditor::pairing_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::newRow("「」") << "「" << "」";
    QTest::newRow("『』") << "『" << "』";
    QTest::newRow("（）") << "（" << "）";
    QTest::newRow("【】") << "【" << "】";
    QTest::newRow("()") << "(" << ")";
    QTest::newRow("[]") << "[" << "]";
}

void TestMarkdownEditor::pairing()
{
    QFETCH(QString, open);
    QFETCH(QString, close);

    load(QStringLiteral("前▮"));
    type(open);
    QCOMPARE(state(), "前" + open + Cursor + close);
    undo();
    QCOMPARE(state(), QStringLiteral("前▮"));

    // The closing character steps over the one already there.
    type(open + "語" + close);
    QCOMPARE(state(), "前" + open + "語" + close + Cursor);

    // Backspace between an empty pair deletes both, as one undo step.
    load(QStringLiteral("前▮"));
    type(open);
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QCOMPARE(state(), QStringLiteral("前▮"));
    undo();
    QCOMPARE(state(), "前" + open + Cursor + close);

    // A closing character with nothing to step over is typed.
    load(QStringLiteral("前▮"));
    type(close);
    QCOMPARE(state(), "前" + close + Cursor);

    // With a selection the opening character wraps it.
    load(QStringLiteral("前«語句»後"));
    type(open);
    QCOMPARE(state(), "前" + open + Anchor + "語句" + Position + close + "後");
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前語句後"));
}

void TestMarkdownEditor::pairingBeforeWordTypesOneCharacter()
{
    load(QStringLiteral("▮語句"));
    type(QStringLiteral("「"));
    QCOMPARE(state(), QStringLiteral("「▮語句"));
    load(QStringLiteral("▮word"));
    type(QStringLiteral("("));
    QCOMPARE(state(), QStringLiteral("(▮word"));
}

void TestMarkdownEditor::inputMethodCommitPairs()
{
    load(QStringLiteral("前▮"));
    QInputMethodEvent preedit(QStringLiteral("「"), {});
    QApplication::sendEvent(m_editor.get(), &preedit);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前"));
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("「"));
    QApplication::sendEvent(m_editor.get(), &commit);
    QCOMPARE(state(), QStringLiteral("前「▮」"));
    QVERIFY(m_editor->textCursor().block().layout()->preeditAreaText().isEmpty());

    QInputMethodEvent closing;
    closing.setCommitString(QStringLiteral("」"));
    QApplication::sendEvent(m_editor.get(), &closing);
    QCOMPARE(state(), QStringLiteral("前「」▮"));
}

void TestMarkdownEditor::inputMethodCommitRepaintsItsLineOnly()
{
    QStringList lines;
    for (int line = 0; line < 12; ++line)
        lines.append(QStringLiteral("%1行目の文章です。").arg(line + 1));
    load(lines.join(QLatin1Char('\n')));
    struct PaintedArea : QObject
    {
        QRegion region;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                region += static_cast<QPaintEvent *>(event)->region();
            return false;
        }
    } painted;
    QWidget *viewport = m_editor->viewport();
    QApplication::processEvents();
    viewport->installEventFilter(&painted);
    const QRect lastLine = m_editor->cursorRect();

    // An input method that commits as it goes, character by character.
    for (const QString &character : {QStringLiteral("追"), QStringLiteral("記")}) {
        QInputMethodEvent commit;
        commit.setCommitString(character);
        QApplication::sendEvent(m_editor.get(), &commit);
    }
    QCOMPARE(state(), lines.join(QLatin1Char('\n')) + QStringLiteral("追記▮"));
    QTRY_VERIFY(!painted.region.isEmpty());
    // Its own line only, not the whole view.
    QVERIFY2(painted.region.boundingRect().height() <= 2 * lastLine.height(),
             qPrintable(QStringLiteral("%1 px of %2").arg(painted.region.boundingRect().height()).arg(viewport->height())));
    QVERIFY(painted.region.boundingRect().intersects(lastLine));

    // A commit replaces the selection, as typing does.
    load(QStringLiteral("前«選択»後"));
    QInputMethodEvent replacing;
    replacing.setCommitString(QStringLiteral("置換"));
    QApplication::sendEvent(m_editor.get(), &replacing);
    QCOMPARE(state(), QStringLiteral("前置換▮後"));

    // After a composition, the commit ends it as well.
    QInputMethodEvent preedit(QStringLiteral("かんじ"), {});
    QApplication::sendEvent(m_editor.get(), &preedit);
    QInputMethodEvent ending;
    ending.setCommitString(QStringLiteral("漢字"));
    QApplication::sendEvent(m_editor.get(), &ending);
    QCOMPARE(state(), QStringLiteral("前置換漢字▮後"));
    QVERIFY(m_editor->textCursor().block().layout()->preeditAreaText().isEmpty());
}

void TestMarkdownEditor::emphasis_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("after");
    const int bold = Qt::Key_B;
    const int italic = Qt::Key_I;

    QTest::newRow("bold selection") << "これは«重要»です" << bold << "これは**«重要»**です";
    QTest::newRow("bold backward selection") << "これは»重要«です" << bold << "これは**»重要«**です";
    QTest::newRow("bold off, markers outside") << "これは**«重要»**です" << bold << "これは«重要»です";
    QTest::newRow("bold off, markers selected") << "これは«**重要**»です" << bold << "これは«重要»です";
    QTest::newRow("bold off, underscores") << "«__語__»" << bold << "«語»";
    QTest::newRow("bold kanji word") << "これは重▮要です" << bold << "これは**重▮要**です";
    QTest::newRow("bold katakana word") << "新しいサーバ▮ーを" << bold << "新しい**サーバ▮ー**を";
    QTest::newRow("bold latin word") << "use Qt▮ here" << bold << "use **Qt▮** here";
    QTest::newRow("bold word off") << "これは**重▮要**です" << bold << "これは重▮要です";
    QTest::newRow("bold empty") << "一 ▮ 二" << bold << "一 **▮** 二";
    QTest::newRow("bold empty off") << "一 **▮** 二" << bold << "一 ▮ 二";
    QTest::newRow("bold over italic") << "*«語»*" << bold << "***«語»***";
    QTest::newRow("italic selection") << "«語»" << italic << "*«語»*";
    QTest::newRow("italic off") << "*«語»*" << italic << "«語»";
    QTest::newRow("italic over bold") << "**«語»**" << italic << "***«語»***";
    QTest::newRow("italic off bold italic") << "***«語»***" << italic << "**«語»**";
    QTest::newRow("italic word") << "an▮swer" << italic << "*an▮swer*";
    QTest::newRow("italic empty") << "▮" << italic << "*▮*";
}

void TestMarkdownEditor::emphasis()
{
    QFETCH(QString, before);
    QFETCH(int, key);
    QFETCH(QString, after);
    load(before);
    const QString original = m_editor->toPlainText();
    QTest::keyClick(m_editor.get(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(state(), after);
    undo();
    QCOMPARE(m_editor->toPlainText(), original);
}

void TestMarkdownEditor::insertLink_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("after");

    QTest::newRow("at cursor") << "詳しくは▮を参照" << "公式サイト" << "https://example.com/"
                               << "詳しくは[公式サイト](https://example.com/)▮を参照";
    QTest::newRow("replaces selection") << "詳しくは«こちら»" << "こちら" << " https://example.com/a_b "
                                        << "詳しくは[こちら](https://example.com/a_b)▮";
    QTest::newRow("no text") << "▮" << "" << "https://example.com/" << "<https://example.com/>▮";
    QTest::newRow("brackets in text") << "▮" << "注[1]" << "https://example.com/" << "[注\\[1\\]](https://example.com/)▮";
    QTest::newRow("space in url") << "▮" << "資料" << "file:///資料 一覧.pdf" << "[資料](<file:///資料 一覧.pdf>)▮";
    QTest::newRow("no url") << "▮" << "あとで" << "" << "[あとで](▮)";
}

void TestMarkdownEditor::insertLink()
{
    QFETCH(QString, before);
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, after);
    load(before);
    const QString original = m_editor->toPlainText();
    m_editor->insertLink(text, url);
    QCOMPARE(state(), after);
    undo();
    QCOMPARE(m_editor->toPlainText(), original);
}

void TestMarkdownEditor::linkDialogFromShortcut()
{
    load(QStringLiteral("詳しくは«公式サイト»で"));
    QString prefilled;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<LinkDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        prefilled = dialog->linkText();
        dialog->setUrl(QStringLiteral("https://example.com/"));
        dialog->accept();
    });
    QTest::keyClick(m_editor.get(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(prefilled, QStringLiteral("公式サイト"));
    QCOMPARE(state(), QStringLiteral("詳しくは[公式サイト](https://example.com/)▮で"));
}

void TestMarkdownEditor::insertTable_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("after");

    QTest::newRow("empty") << "▮" << 2 << 3
                           << "| ▮  |   |   |\n"
                              "|---|---|---|\n"
                              "|   |   |   |\n"
                              "|   |   |   |";
    QTest::newRow("after paragraph") << "前の段落▮" << 1 << 2
                                     << "前の段落\n\n"
                                        "| ▮  |   |\n"
                                        "|---|---|\n"
                                        "|   |   |";
    QTest::newRow("inside line") << "前▮後" << 1 << 1
                                 << "前\n\n"
                                    "| ▮  |\n"
                                    "|---|\n"
                                    "|   |\n\n"
                                    "後";
    QTest::newRow("empty line between paragraphs") << "前\n▮\n後" << 1 << 1
                                                   << "前\n\n"
                                                      "| ▮  |\n"
                                                      "|---|\n"
                                                      "|   |\n\n"
                                                      "後";
    QTest::newRow("after blank line") << "前\n\n▮" << 1 << 1
                                      << "前\n\n"
                                         "| ▮  |\n"
                                         "|---|\n"
                                         "|   |";
}

void TestMarkdownEditor::insertTable()
{
    QFETCH(QString, before);
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(QString, after);
    load(before);
    const QString original = m_editor->toPlainText();
    m_editor->insertTable(rows, columns);
    QCOMPARE(state(), after);
    undo();
    QCOMPARE(m_editor->toPlainText(), original);
}

void TestMarkdownEditor::tableDialogFromShortcut()
{
    load(QStringLiteral("▮"));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<TableDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setRows(1);
        dialog->setColumns(2);
        dialog->accept();
    });
    QTest::keyClick(m_editor.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("|   |   |\n|---|---|\n|   |   |"));
}

// Qt's own textChanged() does fire for a preedit, because the document
// reports the layout change as a content change; the text and
// textEditedByUser(), which the form pushes into the model, stay still.
void TestMarkdownEditor::preeditChangesNothing()
{
    load(QStringLiteral("- 項目▮"));
    QSignalSpy edited(m_editor.get(), &MarkdownEditor::textEditedByUser);

    QInputMethodEvent preedit(QStringLiteral("にほん"), {});
    QApplication::sendEvent(m_editor.get(), &preedit);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("- 項目"));
    QCOMPARE(m_editor->textCursor().block().layout()->preeditAreaText(), QStringLiteral("にほん"));
    QInputMethodEvent preeditWithBreak(QStringLiteral("にほん\n"), {});
    QApplication::sendEvent(m_editor.get(), &preeditWithBreak);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("- 項目"));
    QCOMPARE(edited.count(), 0);

    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("日本"));
    QApplication::sendEvent(m_editor.get(), &commit);
    QCOMPARE(state(), QStringLiteral("- 項目日本▮"));
    QCOMPARE(edited.count(), 1);
    QVERIFY(m_editor->textCursor().block().layout()->preeditAreaText().isEmpty());
}

void TestMarkdownEditor::textEditedByUserOnlyForUserEdits()
{
    QSignalSpy edited(m_editor.get(), &MarkdownEditor::textEditedByUser);
    m_editor->setPlainText(QStringLiteral("本文"));
    m_editor->clear();
    m_editor->setPlainText(QStringLiteral("本文"));
    m_editor->highlighter()->rehighlight();
    m_editor->setTextPreservingCursor(QStringLiteral("本文です"));
    QCOMPARE(edited.count(), 0);

    m_editor->moveCursor(QTextCursor::End);
    type(QStringLiteral("a"));
    QCOMPARE(edited.count(), 1);
    type(QStringLiteral("("));
    QCOMPARE(edited.count(), 2);
    undo();
    QCOMPARE(edited.count(), 3);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("本文ですa"));
}

void TestMarkdownEditor::setTextPreservingCursor()
{
    load(QStringLiteral("一行目\n二行目の▮途中\n三行目"));
    type(QStringLiteral("x"));
    QVERIFY(m_editor->document()->isUndoAvailable());

    // The model echoing the editor's own text changes nothing.
    m_editor->setTextPreservingCursor(QStringLiteral("一行目\n二行目のx途中\n三行目"));
    QCOMPARE(state(), QStringLiteral("一行目\n二行目のx▮途中\n三行目"));
    QVERIFY(m_editor->document()->isUndoAvailable());

    // A change before the cursor moves it along with its text.
    m_editor->setTextPreservingCursor(QStringLiteral("追加\n一行目\n二行目のx途中\n三行目"));
    QCOMPARE(state(), QStringLiteral("追加\n一行目\n二行目のx▮途中\n三行目"));
    // A change after it leaves it.
    m_editor->setTextPreservingCursor(QStringLiteral("追加\n一行目\n二行目のx途中\n三"));
    QCOMPARE(state(), QStringLiteral("追加\n一行目\n二行目のx▮途中\n三"));
    // A change at the cursor keeps its offset.
    m_editor->setTextPreservingCursor(QStringLiteral("追加\n一行目\n二行目のxYZ途中\n三"));
    QCOMPARE(state(), QStringLiteral("追加\n一行目\n二行目のx▮YZ途中\n三"));

    // The editor's history survives: the refreshes, then the typing.
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("追加\n一行目\n二行目のx途中\n三"));
    undo();
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("一行目\n二行目のx途中\n三行目"));
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("一行目\n二行目の途中\n三行目"));
}

void TestMarkdownEditor::highlighterHeadingAndBold()
{
    m_editor->setPlainText(QStringLiteral("## 見出し\n本文の**強調**です。"));
    const MarkdownHighlighter *highlighter = m_editor->highlighter();
    const QTextCharFormat heading = formatAt(0, 4);
    QCOMPARE(heading.foreground(), highlighter->charFormat(Element::Heading).foreground());
    QCOMPARE(heading.fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(0, 0).foreground(), highlighter->charFormat(Element::HeadingMarker).foreground());

    const QTextCharFormat strong = formatAt(1, 5);
    QCOMPARE(strong.fontWeight(), int(QFont::Bold));
    QVERIFY(strong != heading);
    QVERIFY(strong.foreground() != heading.foreground());
    QCOMPARE(formatAt(1, 1), QTextCharFormat());
    QCOMPARE(formatAt(1, 10), QTextCharFormat());

    // Edits re-highlight: the heading becomes a paragraph.
    QTextCursor cursor(m_editor->document());
    cursor.deleteChar();
    cursor.deleteChar();
    QCOMPARE(formatAt(0, 2).fontWeight(), int(QFont::Normal));
}

void TestMarkdownEditor::highlighterFencedCode()
{
    m_editor->setPlainText(QStringLiteral("前\n````js\nconst a = '**x**';\n```\n# コメント\n````\n後の**本文**"));
    const QTextCharFormat code = m_editor->highlighter()->charFormat(Element::CodeBlock);
    const QTextCharFormat fence = m_editor->highlighter()->charFormat(Element::CodeFence);
    QCOMPARE(formatAt(0, 0), QTextCharFormat());
    QCOMPARE(formatAt(1, 0), fence);
    QCOMPARE(formatAt(2, 0), code);
    QCOMPARE(formatAt(2, 12), code); // no bold inside code
    QCOMPARE(formatAt(3, 0), code);  // a shorter fence does not close it
    QCOMPARE(formatAt(4, 2), code);  // nor is `#` a heading inside it
    QCOMPARE(formatAt(5, 0), fence);
    QCOMPARE(formatAt(6, 5).fontWeight(), int(QFont::Bold));

    // Opening a fence above turns the following lines into code.
    QTextCursor cursor(m_editor->document());
    cursor.insertText(QStringLiteral("~~~\n"));
    QCOMPARE(formatAt(1, 0), code);
    QCOMPARE(formatAt(2, 0), code);
}

void TestMarkdownEditor::highlighterCommentsAndReviewMarks()
{
    m_editor->setPlainText(QStringLiteral("<!-- kiji: status=draft\n**続き** -->本文\n"
                                          "{--削除--}と{++追加++}と{==注目==}{>>要確認<<}\n"
                                          "- [ ] 項目 [^1] <ftp://example.com/*a*>\n"
                                          "https://example.com/?q=*b*&x 参照"));
    const MarkdownHighlighter *highlighter = m_editor->highlighter();
    const QTextCharFormat comment = highlighter->charFormat(Element::HtmlComment);
    QCOMPARE(formatAt(0, 5), comment);
    QCOMPARE(formatAt(1, 2), comment); // the comment spans lines; no bold in it
    QCOMPARE(formatAt(1, 10), QTextCharFormat());

    QVERIFY(formatAt(2, 4).fontStrikeOut());
    QCOMPARE(formatAt(2, 4).foreground(), highlighter->charFormat(Element::Deletion).foreground());
    QVERIFY(!formatAt(2, 0).fontStrikeOut()); // the delimiters are dimmed, not struck
    QCOMPARE(formatAt(2, 13).foreground(), highlighter->charFormat(Element::Addition).foreground());
    QCOMPARE(formatAt(2, 22).background(), highlighter->charFormat(Element::Highlight).background());
    QCOMPARE(formatAt(2, 29).foreground(), highlighter->charFormat(Element::ReviewComment).foreground());

    QCOMPARE(formatAt(3, 0).foreground(), highlighter->charFormat(Element::ListMarker).foreground());
    QCOMPARE(formatAt(3, 4).foreground(), highlighter->charFormat(Element::ListMarker).foreground());
    QCOMPARE(formatAt(3, 10).foreground(), highlighter->charFormat(Element::FootnoteReference).foreground());
    const QTextCharFormat url = formatAt(3, 34);
    QVERIFY(url.fontUnderline());
    QVERIFY(!url.fontItalic()); // `*a*` inside the URL is no emphasis
    const QTextCharFormat bareUrl = formatAt(4, 24);
    QVERIFY(bareUrl.fontUnderline());
    QVERIFY(!bareUrl.fontItalic());
    QVERIFY(!formatAt(4, 30).fontUnderline()); // the URL ends at the space
}

void TestMarkdownEditor::highlighterBlockSyntax()
{
    m_editor->setPlainText(QStringLiteral("> ### 引用内の見出し\n| 列 | 列 |\n|:---|---:|\n---\n1. 項目"));
    const MarkdownHighlighter *highlighter = m_editor->highlighter();
    QCOMPARE(formatAt(0, 0).foreground(), highlighter->charFormat(Element::BlockQuoteMarker).foreground());
    QCOMPARE(formatAt(0, 8).foreground(), highlighter->charFormat(Element::Heading).foreground());
    const QBrush table = highlighter->charFormat(Element::TableSyntax).foreground();
    QCOMPARE(formatAt(1, 0).foreground(), table);
    QCOMPARE(formatAt(1, 4).foreground(), table);
    QCOMPARE(formatAt(1, 2), QTextCharFormat());
    QCOMPARE(formatAt(2, 3).foreground(), table);
    QCOMPARE(formatAt(3, 1).foreground(), highlighter->charFormat(Element::HeadingMarker).foreground());
    QCOMPARE(formatAt(4, 1).foreground(), highlighter->charFormat(Element::ListMarker).foreground());
    QCOMPARE(formatAt(4, 4), QTextCharFormat());
}

// A line of more emphasis openers than the highlighter reads keeps its
// block syntax and loses its inline formats; the line before still has
// them. A 40 KB line of `*a **a `, quadratic for the inline patterns,
// must not stall the editor.
void TestMarkdownEditor::highlighterSkipsInlinesOfLinesFullOfOpeners()
{
    const qsizetype openersInPrefix = 4; // the `**` pair
    const QString within = QStringLiteral("- **強調** ") + QStringLiteral("{").repeated(MarkdownHighlighter::MaximumInlineOpeners - openersInPrefix);
    const QString beyond = QStringLiteral("- **強調**") + QStringLiteral("*a **a ").repeated(6000);
    m_editor->setPlainText(within + QLatin1Char('\n') + beyond);
    const MarkdownHighlighter *highlighter = m_editor->highlighter();
    QCOMPARE(formatAt(0, 0).foreground(), highlighter->charFormat(Element::ListMarker).foreground());
    QCOMPARE(formatAt(0, 4).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(1, 0).foreground(), highlighter->charFormat(Element::ListMarker).foreground());
    QCOMPARE(formatAt(1, 4).fontWeight(), int(QFont::Normal));
}

void TestMarkdownEditor::highlighterFollowsFlankingRules()
{
    m_editor->setPlainText(QStringLiteral("**「強調」**です\n「**強調**」です\nsnake_case_name\n[リンク](https://example.com/)\n"
                                          "*斜体* と _斜体_ と __太字__"));
    QCOMPARE(formatAt(0, 3).fontWeight(), int(QFont::Normal));
    QCOMPARE(formatAt(1, 4).fontWeight(), int(QFont::Bold));
    QVERIFY(!formatAt(2, 7).fontItalic());
    QCOMPARE(formatAt(3, 1).foreground(), m_editor->highlighter()->charFormat(Element::LinkText).foreground());
    QCOMPARE(formatAt(3, 10).foreground(), m_editor->highlighter()->charFormat(Element::LinkTarget).foreground());
    QVERIFY(formatAt(4, 1).fontItalic());
    QCOMPARE(formatAt(4, 0).foreground(), m_editor->highlighter()->charFormat(Element::EmphasisMarker).foreground());
    QVERIFY(formatAt(4, 8).fontItalic());
    QCOMPARE(formatAt(4, 17).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(4, 5), QTextCharFormat());
}

// The editor pastes what the clipboard holds, as Ctrl+V does.
void TestMarkdownEditor::paste(QMimeData *data)
{
    QGuiApplication::clipboard()->setMimeData(data);
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
}

namespace {

QByteArray writeImage(const QString &path, const QColor &color, const char *format = "PNG")
{
    QImage image(5, 4, QImage::Format_RGB32);
    image.fill(color);
    if (!image.save(path, format))
        return QByteArray();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A file manager's copy: the URLs, and the same as text.
QMimeData *fileData(const QStringList &paths)
{
    auto *data = new QMimeData;
    QList<QUrl> urls;
    QStringList lines;
    for (const QString &path : paths) {
        urls.append(QUrl::fromLocalFile(path));
        lines.append(urls.last().toString());
    }
    data->setUrls(urls);
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

} // namespace

void TestMarkdownEditor::pasteImageFileCopiesIt()
{
    QTemporaryDir sources;
    QTemporaryDir article;
    const QString photo = sources.filePath(QStringLiteral("photo.png"));
    const QByteArray bytes = writeImage(photo, Qt::red);
    QVERIFY(!bytes.isEmpty());
    m_editor->setArticleDirectory(article.path());
    load(QStringLiteral("前▮後"));
    QSignalSpy edited(m_editor.get(), &MarkdownEditor::textEditedByUser);
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::imageRejected);

    paste(fileData({photo}));
    QCOMPARE(state(), QStringLiteral("前![](images/photo.png)▮後"));
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/photo.png"))), bytes);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(rejected.count(), 0);

    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前後"));
}

void TestMarkdownEditor::pastedImageNamesAreSafeAndUnique()
{
    QTemporaryDir sources;
    QTemporaryDir article;
    const QString photo = sources.filePath(QStringLiteral("photo.png"));
    const QByteArray bytes = writeImage(photo, Qt::red);
    const QString unsafe = sources.filePath(QStringLiteral("猫 の(写真) #1.JPG"));
    QVERIFY(!writeImage(unsafe, Qt::blue, "JPG").isEmpty());
    const QString cat = sources.filePath(QStringLiteral("cat.PNG"));
    QVERIFY(!writeImage(cat, Qt::green).isEmpty());
    QVERIFY(QDir(article.path()).mkpath(QStringLiteral("images")));
    QVERIFY(QFile::copy(photo, article.filePath(QStringLiteral("images/Cat.png"))));
    m_editor->setArticleDirectory(article.path());
    load(QString());

    for (const QString &file : {photo, photo, photo, unsafe, cat}) {
        paste(fileData({file}));
        type(QStringLiteral("\n"));
    }
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("![](images/photo.png)\n"
                                                     "![](images/photo-2.png)\n"
                                                     "![](images/photo-3.png)\n"
                                                     "![](images/猫-の-写真-1.jpg)\n"
                                                     "![](images/cat-2.png)\n"));
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/photo-3.png"))), bytes);
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/猫-の-写真-1.jpg"))), readAll(unsafe));
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/cat-2.png"))), readAll(cat));
    // The file that was there is untouched.
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/Cat.png"))), bytes);
}

void TestMarkdownEditor::pasteImageData()
{
    QTemporaryDir article;
    m_editor->setArticleDirectory(article.path());
    load(QStringLiteral("前▮後"));
    QImage image(4, 3, QImage::Format_ARGB32);
    image.fill(Qt::red);
    image.setPixelColor(1, 2, Qt::blue);
    auto *data = new QMimeData;
    data->setImageData(image);
    const QDateTime before = QDateTime::currentDateTime();
    paste(data);

    static const QRegularExpression inserted(QStringLiteral("^前!\\[\\]\\(images/(image-(\\d{8}-\\d{6})\\.png)\\)▮後$"));
    const QRegularExpressionMatch match = inserted.match(state());
    QVERIFY2(match.hasMatch(), qPrintable(state()));
    const QDateTime named = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
    QVERIFY(qAbs(named.secsTo(before)) <= 2);
    const QImage saved(article.filePath(QStringLiteral("images/") + match.captured(1)));
    QCOMPARE(saved.size(), QSize(4, 3));
    QCOMPARE(saved.pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(saved.pixelColor(1, 2), QColor(Qt::blue));
    QCOMPARE(QDir(article.filePath(QStringLiteral("images"))).entryList(QDir::Files).size(), 1);

    // A second paste in the same second gets its own file.
    auto *again = new QMimeData;
    again->setImageData(image);
    paste(again);
    QCOMPARE(QDir(article.filePath(QStringLiteral("images"))).entryList(QDir::Files).size(), 2);
    undo();
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前後"));
}

void TestMarkdownEditor::pasteImageWithoutArticleFolder()
{
    QTemporaryDir sources;
    const QString photo = sources.filePath(QStringLiteral("photo.png"));
    QVERIFY(!writeImage(photo, Qt::red).isEmpty());
    load(QStringLiteral("前▮後"));
    QSignalSpy edited(m_editor.get(), &MarkdownEditor::textEditedByUser);
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::imageRejected);

    paste(fileData({photo}));
    auto *data = new QMimeData;
    QImage image(2, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    data->setImageData(image);
    paste(data);

    QCOMPARE(state(), QStringLiteral("前▮後"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(rejected.count(), 2);
    QVERIFY(!rejected.first().at(0).toString().isEmpty());
    QCOMPARE(QDir(sources.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"photo.png"});
    QVERIFY(!QDir::current().exists(QStringLiteral("images")));
}

void TestMarkdownEditor::pasteImageFromArticleFolder()
{
    QTemporaryDir article;
    QVERIFY(QDir(article.path()).mkpath(QStringLiteral("images")));
    const QString existing = article.filePath(QStringLiteral("images/figure.png"));
    QVERIFY(!writeImage(existing, Qt::red).isEmpty());
    m_editor->setArticleDirectory(article.path());
    load(QString());
    paste(fileData({existing}));
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("![](images/figure.png)"));
    QCOMPARE(QDir(article.filePath(QStringLiteral("images"))).entryList(QDir::Files), QStringList{"figure.png"});
}

void TestMarkdownEditor::dropImageFilesIsOneUndoStep()
{
    QTemporaryDir sources;
    QTemporaryDir article;
    const QString first = sources.filePath(QStringLiteral("a.png"));
    const QString second = sources.filePath(QStringLiteral("b.gif"));
    QVERIFY(!writeImage(first, Qt::red).isEmpty());
    QFile gif(second);
    QVERIFY(gif.open(QIODevice::WriteOnly));
    gif.write("GIF89a");
    gif.close();
    m_editor->setArticleDirectory(article.path());
    load(QStringLiteral("前後▮"));

    QTextCursor between(m_editor->document());
    between.setPosition(1);
    const QPoint position = m_editor->cursorRect(between).center();
    std::unique_ptr<QMimeData> data(fileData({first, second}));
    QDragEnterEvent enter(position, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor->viewport(), &drop);

    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前![](images/a.png)\n![](images/b.gif)後"));
    QCOMPARE(readAll(article.filePath(QStringLiteral("images/b.gif"))), QByteArray("GIF89a"));
    undo();
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("前後"));
}

void TestMarkdownEditor::pasteOtherFilesAsDefault()
{
    QTemporaryDir sources;
    QTemporaryDir article;
    const QString notes = sources.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("memo");
    file.close();
    m_editor->setArticleDirectory(article.path());
    load(QStringLiteral("前▮後"));
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::imageRejected);

    paste(fileData({notes}));
    QCOMPARE(state(), QStringLiteral("前") + QUrl::fromLocalFile(notes).toString() + QStringLiteral("▮後"));
    QVERIFY(!QDir(article.path()).exists(QStringLiteral("images")));
    QCOMPARE(rejected.count(), 0);

    // Copied cells come with a picture of themselves; the text wins.
    auto *cells = new QMimeData;
    cells->setText(QStringLiteral("A1\tB1"));
    QImage picture(2, 2, QImage::Format_RGB32);
    picture.fill(Qt::white);
    cells->setImageData(picture);
    load(QStringLiteral("▮"));
    paste(cells);
    QCOMPARE(state(), QStringLiteral("A1\tB1▮"));
    QVERIFY(!QDir(article.path()).exists(QStringLiteral("images")));
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
