#include "sectionsplice.h"
#include "textedit.h"

#include <QTest>

class TestTextEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void betweenIsMinimal();
    void composedEditsReplayBothSteps_data();
    void composedEditsReplayBothSteps();
    void composedRefusesDisjointEdits();
    void spliceKeepsFinalLineBreaksAtTheEnd_data();
    void spliceKeepsFinalLineBreaksAtTheEnd();
};

void TestTextEdit::betweenIsMinimal()
{
    const TextEdit edit = TextEdit::between("abcXYZdef", "abcQdef");
    QCOMPARE(edit.offset, 3);
    QCOMPARE(edit.removed, QByteArray("XYZ"));
    QCOMPARE(edit.inserted, QByteArray("Q"));
    QByteArray text = "abcXYZdef";
    edit.applyTo(text);
    QCOMPARE(text, QByteArray("abcQdef"));
    edit.inverted().applyTo(text);
    QCOMPARE(text, QByteArray("abcXYZdef"));
}

void TestTextEdit::composedEditsReplayBothSteps_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<QByteArray>("end");
    QTest::newRow("typing on") << QByteArray("本文") << QByteArray("本文で") << QByteArray("本文です");
    QTest::newRow("backspace") << QByteArray("abcdef") << QByteArray("abcde") << QByteArray("abcd");
    QTest::newRow("overlap") << QByteArray("one two three") << QByteArray("one 2 three") << QByteArray("one 23hree");
    QTest::newRow("back to start") << QByteArray("abc") << QByteArray("abXc") << QByteArray("abc");
}

void TestTextEdit::composedEditsReplayBothSteps()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, middle);
    QFETCH(QByteArray, end);
    const TextEdit first = TextEdit::between(start, middle);
    const TextEdit second = TextEdit::between(middle, end);
    const std::optional<TextEdit> merged = TextEdit::composed(first, second);
    QVERIFY(merged);
    QByteArray text = start;
    merged->applyTo(text);
    QCOMPARE(text, end);
    merged->inverted().applyTo(text);
    QCOMPARE(text, start);
}

void TestTextEdit::composedRefusesDisjointEdits()
{
    const TextEdit first = TextEdit::between("aaaa bbbb cccc", "aaaX bbbb cccc");
    const TextEdit second = TextEdit::between("aaaX bbbb cccc", "aaaX bbbb cccY");
    QVERIFY(!TextEdit::composed(first, second));
}

void TestTextEdit::spliceKeepsFinalLineBreaksAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("final newline") << QByteArray("lead\n\n## A\n\na\n\n## B\n\nb\n\n## C\n\nc\n");
    QTest::addRow("no final newline") << QByteArray("lead\n\n## A\n\na\n\n## B\n\nb\n\n## C\n\nc");
    QTest::addRow("blank lines at end") << QByteArray("## A\na\n## B\n\nb\n\n\n## C\nc\n\n\n");
    QTest::addRow("crlf") << QByteArray("## A\r\n\r\na\r\n\r\n## B\r\n\r\nb\r\n\r\n## C\r\n\r\nc");
}

void TestTextEdit::spliceKeepsFinalLineBreaksAtTheEnd()
{
    QFETCH(QByteArray, text);
    const QByteArray lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
    const QList<qsizetype> begins = {text.indexOf("## A"), text.indexOf("## B"), text.indexOf("## C")};
    const QList<qsizetype> ends = {begins.at(1), begins.at(2), text.size()};
    for (int section = 0; section < 3; ++section) {
        const qsizetype begin = begins.at(section);
        const qsizetype end = ends.at(section);
        const QByteArray chunk = text.mid(begin, end - begin);
        // To the end...
        const QByteArray moved = splicedSections(text, begin, end, text.size(), chunk, lineBreak);
        QCOMPARE(trailingLineBreaks(moved), trailingLineBreaks(text));
        QVERIFY(moved.contains(chunk.trimmed()));
        if (section == 2) {
            QCOMPARE(moved, text);
            continue;
        }
        QVERIFY(moved != text);
        // ...and back before the section that followed it.
        const QByteArray follower = text.mid(end, 4);
        const qsizetype newBegin = moved.lastIndexOf(chunk.left(4));
        const QByteArray newChunk = moved.mid(newBegin);
        const QByteArray back = splicedSections(moved, newBegin, moved.size(), moved.indexOf(follower), newChunk,
                                                lineBreak);
        QCOMPARE(back, text);
    }
    // Removing and inserting keeps the end too.
    const QByteArray removed = splicedSections(text, begins.at(2), text.size(), begins.at(2), {}, lineBreak);
    QCOMPARE(trailingLineBreaks(removed), trailingLineBreaks(text));
    QVERIFY(!removed.contains("## C"));
}

QTEST_APPLESS_MAIN(TestTextEdit)
#include "tst_textedit.moc"
