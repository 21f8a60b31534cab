// Each named operation of ArticleDocument changes only its own bytes, in
// the file's line breaks, and undo/redo restore the exact bytes.
#include "articledocument.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const char article[] = "---\n"
                       "title: 元のタイトル  # SEO title\n"
                       "slug: old-slug\n"
                       "custom: keep me\n"
                       "supervisor:\n"
                       "  name: 山田太郎\n"
                       "  credentials:\n"
                       "    - 医学博士\n"
                       "---\n"
                       "リード文です。\n"
                       "\n"
                       "## 第一章 ##\n"
                       "<!-- kiji: budget=800 -->\n"
                       "本文1。[参照][ref]\t \n"
                       "\n"
                       "> ## 引用内の見出し\n"
                       "\n"
                       "### 1.1 節\n"
                       "本文1.1\n"
                       "\n"
                       "- ## リスト内の見出し\n"
                       "\n"
                       "第二章\n"
                       "------\n"
                       "\n"
                       "本文2[^1]\n"
                       "\n"
                       "<div>HTML block</div>\n"
                       "\n"
                       "## 第三章\n"
                       "本文3\n"
                       "\n"
                       "[ref]: https://example.com\n"
                       "[^1]: 脚注\n";

QByteArray variant(const QByteArray &lineBreak, bool byteOrderMark)
{
    QByteArray text = QByteArray(article).replace("\n", lineBreak);
    return byteOrderMark ? "\xEF\xBB\xBF" + text : text;
}

QByteArray lf(QByteArray text)
{
    return text.replace("\r\n", "\n");
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void treeOfTheArticle();
    void setHeadingText_data() { addVariants(); }
    void setHeadingText();
    void setSectionLevel_data() { addVariants(); }
    void setSectionLevel();
    void setSectionBody_data() { addVariants(); }
    void setSectionBody();
    void typingIsOneUndoStep();
    void insertSection_data() { addVariants(); }
    void insertSection();
    void removeSection_data() { addVariants(); }
    void removeSection();
    void moveSection_data() { addVariants(); }
    void moveSection();
    void moveRefusesIntoItself();
    void duplicateSection();
    void setFrontMatterField_data() { addVariants(); }
    void setFrontMatterField();
    void setSectionAttribute_data() { addVariants(); }
    void setSectionAttribute();
    void frontMatterIsCreatedWhenMissing();
    void insertAfterUnterminatedFrontMatter();
    void readOnlyDocumentRefusesEdits();

private:
    static void addVariants();
    // The edit lies inside [begin, end) of the text before it, and undo and
    // redo give back the exact bytes.
    void verifyEdit(qsizetype begin, qsizetype end);

    ArticleDocument *m_document = nullptr;
    QByteArray m_before;
};

void TestOperations::addVariants()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::newRow("LF") << QByteArray("\n") << false;
    QTest::newRow("CRLF") << QByteArray("\r\n") << false;
    QTest::newRow("LF+BOM") << QByteArray("\n") << true;
    QTest::newRow("CRLF+BOM") << QByteArray("\r\n") << true;
}

void TestOperations::init()
{
    delete m_document;
    m_document = new ArticleDocument(this);
    QByteArray lineBreak = "\n";
    bool byteOrderMark = false;
    if (QTest::currentDataTag()) {
        lineBreak = *static_cast<QByteArray *>(QTest::qData("lineBreak", qMetaTypeId<QByteArray>()));
        byteOrderMark = *static_cast<bool *>(QTest::qData("byteOrderMark", qMetaTypeId<bool>()));
    }
    m_document->setData(variant(lineBreak, byteOrderMark));
    m_before = m_document->data();
    QVERIFY(!m_document->isReadOnly());
    QCOMPARE(m_document->sections().size(), 4);
}

void TestOperations::verifyEdit(qsizetype begin, qsizetype end)
{
    const QByteArray after = m_document->data();
    QVERIFY(after != m_before);
    TextEdit edit = TextEdit::between(m_before, after);
    if (m_document->hasByteOrderMark())
        edit.offset -= 3; // offsets of text() do not count the BOM
    QVERIFY2(edit.offset >= begin && edit.offset + edit.removed.size() <= end,
             qPrintable(QStringLiteral("edit at %1..%2 outside %3..%4")
                            .arg(edit.offset).arg(edit.offset + edit.removed.size()).arg(begin).arg(end)));
    // Line breaks stay the file's own.
    if (m_before.contains("\r\n"))
        QCOMPARE(after.count('\n'), after.count("\r\n"));
    else
        QVERIFY(!after.contains('\r'));
    QCOMPARE(after.startsWith("\xEF\xBB\xBF"), m_before.startsWith("\xEF\xBB\xBF"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), m_before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->data(), after);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), m_before);
    m_document->undoStack()->redo();
}

void TestOperations::treeOfTheArticle()
{
    const QList<Section> &sections = m_document->sections();
    QCOMPARE(sections.at(0).heading, QStringLiteral("第一章"));
    QCOMPARE(sections.at(0).line, 12);
    QCOMPARE(sections.at(1).heading, QStringLiteral("1.1 節"));
    QCOMPARE(sections.at(1).parent, 0);
    QCOMPARE(sections.at(2).heading, QStringLiteral("第二章"));
    QVERIFY(sections.at(2).isSetext);
    QCOMPARE(sections.at(2).line, 23);
    QCOMPARE(sections.at(3).heading, QStringLiteral("第三章"));
    QCOMPARE(m_document->structure().topLevel, QList<int>({0, 2, 3}));
    // The kiji comment line belongs to the heading, not to the body.
    QCOMPARE(m_document->text().mid(sections.at(0).bodyBegin, 10), QByteArray("本文1。"));
    QCOMPARE(m_document->frontMatter().title, QStringLiteral("元のタイトル"));
    QCOMPARE(m_document->frontMatter().unknownKeys, QStringList{QStringLiteral("custom")});
}

void TestOperations::setHeadingText()
{
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->setHeadingText(0, QStringLiteral("新しい章 #1")));
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("新しい章 #1"));
    QVERIFY(lf(m_document->text()).contains("## 新しい章 #1 ##\n"));
    verifyEdit(first.begin, first.headingEnd);

    const Section setext = m_document->sections().at(2);
    m_before = m_document->data();
    QVERIFY(m_document->setHeadingText(2, QStringLiteral("改題")));
    QVERIFY(lf(m_document->text()).contains("\n改題\n------\n"));
    QCOMPARE(m_document->sections().at(2).heading, QStringLiteral("改題"));
    verifyEdit(setext.begin, setext.headingEnd);

    // A closing '#' of the text is escaped so that it stays text.
    m_before = m_document->data();
    QVERIFY(m_document->setHeadingText(3, QStringLiteral("番号 #")));
    QCOMPARE(m_document->sections().at(3).heading, QStringLiteral("番号 #"));
}

void TestOperations::setSectionLevel()
{
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->setSectionLevel(0, 3, LevelScope::WithSubsections));
    QCOMPARE(m_document->sections().at(0).level, 3);
    QCOMPARE(m_document->sections().at(1).level, 4);
    QVERIFY(lf(m_document->text()).contains("\n### 第一章 ##\n"));
    QVERIFY(lf(m_document->text()).contains("\n#### 1.1 節\n"));
    verifyEdit(first.begin, first.subtreeEnd);

    // A setext heading of level 1 or 2 keeps its form.
    m_before = m_document->data();
    const Section setext = m_document->sections().at(2);
    QVERIFY(m_document->setSectionLevel(2, 1, LevelScope::SectionOnly));
    QVERIFY(lf(m_document->text()).contains("\n第二章\n======\n"));
    verifyEdit(setext.begin, setext.headingEnd);

    QString error;
    QVERIFY(!m_document->setSectionLevel(0, 6, LevelScope::WithSubsections, &error));
    QVERIFY(!error.isEmpty());
}

void TestOperations::setSectionBody()
{
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->setSectionBody(0, QStringLiteral("書き換えた本文。\n\n二段落目。\n")));
    QVERIFY(lf(m_document->text()).contains("<!-- kiji: budget=800 -->\n書き換えた本文。\n\n二段落目。\n### 1.1 節"));
    verifyEdit(first.bodyBegin, first.end);

    // Without a final line break the next heading still starts a line.
    m_before = m_document->data();
    const Section third = m_document->sections().at(1);
    QVERIFY(m_document->setSectionBody(1, QStringLiteral("短い")));
    QCOMPARE(m_document->sections().size(), 4);
    verifyEdit(third.bodyBegin, third.end);

    // The lead.
    m_before = m_document->data();
    QVERIFY(m_document->setLead(QStringLiteral("新しいリード。\n\n")));
    QCOMPARE(m_document->structure().leadChars, 7);
    verifyEdit(m_document->structure().markdownBegin, m_document->sections().at(0).begin);
}

void TestOperations::typingIsOneUndoStep()
{
    QString body = QString::fromUtf8(m_document->text().mid(m_document->sections().at(3).bodyBegin));
    int position = 3;
    for (const QString &typed : {QStringLiteral("追"), QStringLiteral("記"), QStringLiteral("し"), QStringLiteral("た")}) {
        body.insert(position++, typed);
        QVERIFY(m_document->setSectionBody(3, body));
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->text().contains("本文3追記した"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), m_before);
}

void TestOperations::insertSection()
{
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->insertSection(0, SectionPlacement::After, QStringLiteral("新章"), QStringLiteral("新しい本文")));
    QCOMPARE(m_document->sections().size(), 5);
    QCOMPARE(m_document->sections().at(2).heading, QStringLiteral("新章"));
    QCOMPARE(m_document->sections().at(2).level, 2);
    QVERIFY(lf(m_document->text()).contains("\n## 新章\n\n新しい本文\n\n第二章\n"));
    verifyEdit(first.subtreeEnd, first.subtreeEnd);

    m_before = m_document->data();
    QVERIFY(m_document->insertSection(0, SectionPlacement::LastChild, QStringLiteral("1.2 節"), QString()));
    QCOMPARE(m_document->sections().at(2).heading, QStringLiteral("1.2 節"));
    QCOMPARE(m_document->sections().at(2).level, 3);
    QCOMPARE(m_document->sections().at(2).parent, 0);

    m_before = m_document->data();
    const qsizetype end = m_document->text().size();
    QVERIFY(m_document->insertSection(-1, SectionPlacement::After, QStringLiteral("末尾"), QStringLiteral("最後")));
    QCOMPARE(m_document->sections().last().heading, QStringLiteral("末尾"));
    QVERIFY(m_document->data().endsWith(m_before.endsWith("\r\n") ? "最後\r\n" : "最後\n"));
    verifyEdit(end - 2, end + 3);
}

void TestOperations::removeSection()
{
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->removeSection(0));
    QCOMPARE(m_document->sections().size(), 2);
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("第二章"));
    verifyEdit(first.begin, first.subtreeEnd);

    m_before = m_document->data();
    QVERIFY(m_document->removeSection(1));
    QCOMPARE(m_document->sections().size(), 1);
    QVERIFY(m_document->frontMatter().isPresent);
}

void TestOperations::moveSection()
{
    const Section first = m_document->sections().at(0);
    const Section third = m_document->sections().at(3);
    QVERIFY(m_document->moveSection(0, 3, SectionPlacement::After));
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("第二章"));
    QCOMPARE(m_document->sections().at(1).heading, QStringLiteral("第三章"));
    QCOMPARE(m_document->sections().at(2).heading, QStringLiteral("第一章"));
    QCOMPARE(m_document->sections().at(3).heading, QStringLiteral("1.1 節"));
    QCOMPARE(m_document->sections().at(3).parent, 2);
    // Definitions at the end stay at the end of 第三章's text.
    QVERIFY(m_document->text().indexOf("[ref]:") > m_document->text().indexOf("本文3"));
    verifyEdit(first.begin, third.subtreeEnd);

    // Into another section: the levels follow.
    m_before = m_document->data();
    QVERIFY(m_document->moveSection(0, 1, SectionPlacement::LastChild));
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("第三章"));
    QCOMPARE(m_document->sections().at(1).heading, QStringLiteral("第二章"));
    QCOMPARE(m_document->sections().at(1).level, 3);
    QCOMPARE(m_document->sections().at(1).parent, 0);
    QVERIFY(m_document->undoStack()->count() == 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("第一章"));
}

void TestOperations::moveRefusesIntoItself()
{
    QString error;
    QVERIFY(!m_document->moveSection(0, 1, SectionPlacement::LastChild, LevelPolicy::FitPlacement, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_document->data(), m_before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestOperations::duplicateSection()
{
    QSignalSpy placed(m_document, &ArticleDocument::sectionPlaced);
    const Section first = m_document->sections().at(0);
    QVERIFY(m_document->duplicateSection(0));
    QCOMPARE(m_document->sections().size(), 6);
    QCOMPARE(m_document->sections().at(2).heading, QStringLiteral("第一章"));
    QCOMPARE(m_document->sections().at(3).heading, QStringLiteral("1.1 節"));
    QCOMPARE(m_document->sections().at(3).parent, 2);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.first().first().toInt(), 2);
    verifyEdit(first.subtreeEnd, first.subtreeEnd);

    m_before = m_document->data();
    QVERIFY(m_document->moveSection(4, 0, SectionPlacement::Before));
    QCOMPARE(placed.last().first().toInt(), 0);
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("第二章"));
}

void TestOperations::setFrontMatterField()
{
    const FrontMatter frontMatter = m_document->frontMatter();
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("title"), QStringLiteral("新しいタイトル: 副題")));
    QCOMPARE(m_document->frontMatter().title, QStringLiteral("新しいタイトル: 副題"));
    // The comment after the value and every other line keep their bytes.
    QVERIFY(lf(m_document->text()).contains("title: \"新しいタイトル: 副題\"  # SEO title\nslug: old-slug\n"));
    verifyEdit(frontMatter.contentBegin, frontMatter.contentEnd);

    m_before = m_document->data();
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("supervisor.name"), QStringLiteral("鈴木花子")));
    QCOMPARE(m_document->frontMatter().supervisor->name, QStringLiteral("鈴木花子"));
    verifyEdit(frontMatter.contentBegin, frontMatter.contentEnd);

    m_before = m_document->data();
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("supervisor.credentials"),
                                            QStringList{QStringLiteral("医学博士"), QStringLiteral("皮膚科専門医")}));
    QCOMPARE(m_document->frontMatter().supervisor->credentials,
             QStringList({QStringLiteral("医学博士"), QStringLiteral("皮膚科専門医")}));
    QVERIFY(lf(m_document->text()).contains("  credentials:\n    - 医学博士\n    - 皮膚科専門医\n---"));

    m_before = m_document->data();
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("keywords"),
                                            QStringList{QStringLiteral("ニキビ跡"), QStringLiteral("a, b")}));
    QCOMPARE(m_document->frontMatter().keywords, QStringList({QStringLiteral("ニキビ跡"), QStringLiteral("a, b")}));
    QVERIFY(lf(m_document->text()).contains("    - 皮膚科専門医\nkeywords: [ニキビ跡, \"a, b\"]\n---"));

    m_before = m_document->data();
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("supervisor.reviewed"), QStringLiteral("2026-11-20")));
    QCOMPARE(m_document->frontMatter().supervisor->reviewed, QDate(2026, 11, 20));
    QVERIFY(lf(m_document->text()).contains("    - 皮膚科専門医\n  reviewed: 2026-11-20\nkeywords:"));
    QVERIFY(lf(m_document->text()).contains("custom: keep me\n"));
}

void TestOperations::setSectionAttribute()
{
    const Section first = m_document->sections().at(0);
    QCOMPARE(first.budget(), 800);
    QVERIFY(m_document->setSectionAttribute(0, QStringLiteral("budget"), QStringLiteral("1200")));
    QCOMPARE(m_document->sections().at(0).budget(), 1200);
    QVERIFY(lf(m_document->text()).contains("## 第一章 ##\n<!-- kiji: budget=1200 -->\n本文1。"));
    verifyEdit(first.headingEnd, first.bodyBegin);

    m_before = m_document->data();
    QVERIFY(m_document->setSectionAttribute(0, QStringLiteral("status"), QStringLiteral("review")));
    QVERIFY(lf(m_document->text()).contains("<!-- kiji: budget=1200 status=review -->\n"));

    // A section without the line gets one right after its heading.
    m_before = m_document->data();
    const Section setext = m_document->sections().at(2);
    QVERIFY(m_document->setSectionAttribute(2, QStringLiteral("budget"), QStringLiteral("300")));
    QVERIFY(lf(m_document->text()).contains("第二章\n------\n<!-- kiji: budget=300 -->\n\n本文2"));
    QCOMPARE(m_document->sections().at(2).budget(), 300);
    QCOMPARE(m_document->sections().at(2).chars, setext.chars);
    verifyEdit(setext.headingEnd, setext.headingEnd);

    // Removing the last key removes the line.
    m_before = m_document->data();
    QVERIFY(m_document->setSectionAttribute(2, QStringLiteral("budget"), QString()));
    QVERIFY(lf(m_document->text()).contains("第二章\n------\n\n本文2"));

    QString error;
    QVERIFY(!m_document->setSectionAttribute(0, QStringLiteral("by"), QStringLiteral("two words"), &error));
    QVERIFY(!error.isEmpty());
}

void TestOperations::frontMatterIsCreatedWhenMissing()
{
    m_document->setData("本文だけ。\r\n\r\n## 見出し\r\n");
    QVERIFY(m_document->setFrontMatterField(QStringLiteral("supervisor.name"), QStringLiteral("田中")));
    QCOMPARE(m_document->data(), QByteArray("---\r\nsupervisor:\r\n  name: 田中\r\n---\r\n本文だけ。\r\n\r\n## 見出し\r\n"));
    QCOMPARE(m_document->frontMatter().supervisor->name, QStringLiteral("田中"));
    QCOMPARE(m_document->sections().at(0).line, 7);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), QByteArray("本文だけ。\r\n\r\n## 見出し\r\n"));
}

// Text inserted right after a closing `---` that has no LF yet extends the
// front matter block: the tree is the one a fresh read gives.
void TestOperations::insertAfterUnterminatedFrontMatter()
{
    for (const QByteArray &text : {QByteArray("---\ntitle: x\n---"), QByteArray("---\rtitle: x\r---\r")}) {
        ArticleDocument document;
        document.setData(text);
        QVERIFY(document.frontMatter().isPresent);
        QVERIFY(document.replaceText(text.size(), {}, QStringLiteral("\n\n## 見出し\n"), QStringLiteral("insert")));
        ArticleDocument fresh;
        fresh.setData(document.data());
        QCOMPARE(document.structure().markdownBegin, fresh.structure().markdownBegin);
        QCOMPARE(document.frontMatter().end, fresh.frontMatter().end);
        QCOMPARE(document.sections().size(), fresh.sections().size());
    }
}

void TestOperations::readOnlyDocumentRefusesEdits()
{
    m_document->setData("## 見出し\n\xFF\xFE 壊れた\n");
    QVERIFY(m_document->isReadOnly());
    QCOMPARE(m_document->diagnostics().first().line, 2);
    QString error;
    QVERIFY(!m_document->setHeadingText(0, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_document->removeSection(0));
    QCOMPARE(m_document->data(), QByteArray("## 見出し\n\xFF\xFE 壊れた\n"));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
