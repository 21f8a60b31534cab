// A 5 MB article in the real window (offscreen): the outline shows every
// section and the preview loads it; typing then stays as cheap as in a short
// article. Each keystroke parses the part typed in and not the article,
// repaints the outline rows of that section, its parents and the article
// total, and replaces that one section in the preview. No timing is
// asserted: these are the properties that keep typing independent of the
// article's size (bench/bench_typing_stall.cpp measures the time).
#include "articledocument.h"
#include "articlepreview.h"
#include "cmarktree.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "previewsupport.h"
#include "sectionform.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <memory>

using PreviewSupport::evaluate;

namespace {

constexpr qsizetype ArticleBytes = 5 * 1000 * 1000;
// Far more than a part and the part before the edit (a few KB each), far
// less than the article.
constexpr qint64 MostBytesParsedPerKey = ArticleBytes / 50;

// A Japanese article of about `target` bytes: chapters of three sections of
// about 2.3 KB, each with paragraphs that refer to a footnote of its own and
// to the chapter's first, a list, and every definition at the end.
QByteArray largeArticle(qsizetype target)
{
    static const char *const sentences[] = {
        "この記事では日本語の文章を読みやすく整える方法を説明します",
        "見出しの数が多くても本文の編集は軽いままであるべきです",
        "具体的な例を挙げると違いがはっきりと分かります",
        "公的機関の資料で裏付けを取ってから書きました",
        "読者の立場で読み返すことが大切です",
    };
    QByteArray text = "---\ntitle: 大きな記事\n---\n\nこの記事は大きな記事の試験に使います[^1]。\n\n";
    int footnotes = 1;
    int next = 0;
    for (int chapter = 1; text.size() < target; ++chapter) {
        const int chapterNote = footnotes + 1;
        text += "## 第" + QByteArray::number(chapter) + "章 記事の書き方\n\n";
        for (int section = 1; section <= 3; ++section) {
            text += "### " + QByteArray::number(chapter) + '.' + QByteArray::number(section) + " 節の見出し\n\n";
            for (int paragraph = 0; paragraph < 6; ++paragraph) {
                for (int sentence = 0; sentence < 5; ++sentence) {
                    text += sentences[next++ % std::size(sentences)];
                    if (paragraph == 0 && sentence == 1)
                        text += "[^" + QByteArray::number(++footnotes) + ']';
                    if (paragraph == 2 && sentence == 3)
                        text += "[^" + QByteArray::number(chapterNote) + ']';
                    text += "。";
                }
                text += "\n\n";
            }
            text += "- 一つめの項目です\n- 二つめの項目です\n\n";
        }
    }
    for (int note = 1; note <= footnotes; ++note)
        text += "[^" + QByteArray::number(note) + "]: 注の文です。\n\n";
    return text;
}

int rowsBelow(const QAbstractItemModel *model, const QModelIndex &parent)
{
    int rows = model->rowCount(parent);
    for (int row = model->rowCount(parent) - 1; row >= 0; --row)
        rows += rowsBelow(model, model->index(row, 0, parent));
    return rows;
}

} // namespace

class TestLargeArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensWithTreeAndPreview();
    void typingStaysWithinTheSection();

private:
    QTemporaryDir m_directory;
    QString m_file;
    MainWindow *m_window = nullptr;
    int m_patched = 0; // the preview's last patched revision
};

void TestLargeArticle::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_file = m_directory.filePath(QStringLiteral("large.md"));
    const QByteArray article = largeArticle(ArticleBytes);
    QVERIFY(article.size() >= ArticleBytes);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(article), article.size());
}

void TestLargeArticle::cleanupTestCase()
{
    if (m_window)
        m_window->document()->undoStack()->setClean(); // no unsaved-changes prompt
    delete m_window;
}

void TestLargeArticle::opensWithTreeAndPreview()
{
    m_window = new MainWindow;
    m_window->setRecoveryAnswer(MainWindow::Answer::No);
    QString error;
    QVERIFY2(m_window->openFile(m_file, &error), qPrintable(error));
    const ArticleDocument *document = m_window->document();
    QVERIFY(document->sections().size() > 1500);
    QVERIFY(!document->isReadOnly());

    // The tree: Article, Supervisor, Lead, then every section.
    const OutlineModel *model = m_window->outlineModel();
    QCOMPARE(rowsBelow(model, {}), 3 + document->sections().size());
    // The preview starts once the tree is on screen. It draws the article's
    // beginning first, then takes in the whole: ready() comes after.
    QStringList announced;
    auto sectionsWhenDrawn = std::make_shared<int>(-1);
    QObject listening; // the connections to this function's variables end with it
    connect(m_window, &MainWindow::previewCreated, &listening, [&](ArticlePreview *preview) {
        connect(preview, &ArticlePreview::patched, this, [this](int revision) { m_patched = std::max(m_patched, revision); });
        connect(preview, &ArticlePreview::ready, &listening, [&] { announced << QStringLiteral("ready"); });
        connect(preview, &ArticlePreview::drawn, &listening, [&announced, sectionsWhenDrawn, preview] {
            announced << QStringLiteral("drawn");
            preview->runScript(QStringLiteral("document.querySelectorAll('#kiji-sections > section').length"),
                               [sectionsWhenDrawn](const QVariant &count) { *sectionsWhenDrawn = count.toInt(); });
        });
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPreview(), 30000);
    ArticlePreview *preview = m_window->preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && m_patched >= preview->revision(), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(announced, QStringList({QStringLiteral("drawn"), QStringLiteral("ready")}), 30000);
    QVERIFY2(*sectionsWhenDrawn > 0 && *sectionsWhenDrawn < 100, qPrintable(QString::number(*sectionsWhenDrawn)));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('#kiji-sections > section').length")).toInt(),
             document->sections().size());
    QVERIFY(evaluate(preview, QStringLiteral("document.getElementById('kiji-footnotes').textContent")).toString()
                .contains(QStringLiteral("注の文です。")));
}

void TestLargeArticle::typingStaysWithinTheSection()
{
    QVERIFY(m_window);
    ArticleDocument *document = m_window->document();
    ArticlePreview *preview = m_window->preview();
    QVERIFY(preview->isReady());

    // A section in the middle that refers to footnotes, as most do.
    const int section = int(document->sections().size()) / 2 + 1;
    const Section &before = document->sections().at(section);
    QVERIFY(document->text().mid(before.bodyBegin, before.end - before.bodyBegin).contains("[^"));
    QVERIFY(before.parent >= 0);
    m_window->outline()->selectSection(section);
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    // At the end of the body's first paragraph.
    QTextBlock paragraph = editor->document()->begin();
    while (paragraph.isValid() && paragraph.text().size() < 10)
        paragraph = paragraph.next();
    QVERIFY(paragraph.isValid());
    QTextCursor cursor(paragraph);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();

    // Every block of every section in the page gets a mark that replacing
    // the block removes.
    QTRY_VERIFY_WITH_TIMEOUT(m_patched >= preview->revision(), 120000);
    QCOMPARE(evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('#kiji-sections > section'), "
                                              "s => { for (const block of s.children) block.kijiKept = true; }).length"))
                 .toInt(),
             document->sections().size());

    QSet<int> repainted;
    const OutlineModel *model = m_window->outlineModel();
    connect(model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            repainted.insert(int(model->index(row, 0, topLeft.parent()).internalId()));
    });

    const qsizetype charsBefore = before.chars;
    const QString typed = QStringLiteral("追記します。Kiji 5MB");
    for (const QChar character : typed) {
        repainted.clear();
        const qint64 parsedBefore = CmarkTree::bytesParsedOnThisThread();
        if (character.unicode() < 0x80) {
            QTest::keyClick(editor, character.toLatin1());
        } else {
            QInputMethodEvent event;
            event.setCommitString(character);
            QApplication::sendEvent(editor, &event);
        }
        const qint64 parsed = CmarkTree::bytesParsedOnThisThread() - parsedBefore;
        QVERIFY2(document->localChange() && document->localChange()->part == section,
                 qPrintable(QStringLiteral("'%1' parsed the article again").arg(character)));
        QVERIFY2(parsed > 0 && parsed <= MostBytesParsedPerKey,
                 qPrintable(QStringLiteral("'%1': %2 bytes parsed").arg(character).arg(parsed)));
        // The section, its chapter and the Article row's total (internal
        // ids: sections from 3, the Article row 0); a space is not counted
        // and changes no row.
        QVERIFY2(repainted.size() <= 3 && (character.isSpace() || repainted.contains(3 + section)),
                 qPrintable(QStringLiteral("'%1': %2 outline rows repainted").arg(character).arg(repainted.size())));
    }

    // The text is in the model: in that section's body, counted.
    const Section &after = document->sections().at(section);
    const QString body = QString::fromUtf8(document->text().mid(after.bodyBegin, after.end - after.bodyBegin));
    QVERIFY2(body.contains(typed), qPrintable(body.left(200)));
    QCOMPARE(after.chars, charsBefore + typed.size() - 1); // the space is not counted
    QCOMPARE(model->indexOfSection(section).siblingAtColumn(OutlineModel::CharsColumn).data().toString().section(
                 QLatin1Char(' '), 0, 0),
             QString::number(after.charsTotal));

    // The preview replaced blocks of that section only.
    QTRY_VERIFY_WITH_TIMEOUT(m_patched >= preview->revision(), 120000);
    const QString replaced = evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('#kiji-sections > "
                                                              "section')).flatMap((s, i) => Array.from(s.children)."
                                                              "every(b => b.kijiKept) ? [] : [i]).join(',')"))
                                 .toString();
    QCOMPARE(replaced, QString::number(section));
    QVERIFY(evaluate(preview, QStringLiteral("document.getElementById('kiji-section-%1').textContent").arg(section))
                .toString()
                .contains(typed));
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    TestLargeArticle test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_largearticle.moc"
