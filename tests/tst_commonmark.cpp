// The CommonMark 0.31.2 spec examples as articles: every one survives
// `kiji convert` byte for byte, and the section tree is exactly the
// top-level headings cmark-gfm reports.
#include "articledocument.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestSupport;

class TestCommonMark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertIsByteIdentical();
    void sectionsAreTopLevelHeadings();
    void example96IsNotFrontMatter();

private:
    QList<QByteArray> m_examples;
};

void TestCommonMark::initTestCase()
{
    const QJsonArray examples =
        QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("commonmark/spec-0.31.2-examples.json")))).array();
    for (const QJsonValue &example : examples)
        m_examples.append(example.toObject().value(QStringLiteral("markdown")).toString().toUtf8());
    QCOMPARE(m_examples.size(), 652);
}

void TestCommonMark::convertIsByteIdentical()
{
    int identical = 0;
    for (int index = 0; index < m_examples.size(); ++index) {
        const Run run = runKiji({QStringLiteral("convert"), QStringLiteral("-")}, m_examples.at(index), 10000);
        if (run.exitCode == 0 && run.out == m_examples.at(index))
            ++identical;
        else
            qWarning("example %d: exit %d, %s", index + 1, run.exitCode, run.err.constData());
    }
    QCOMPARE(identical, 652);
}

void TestCommonMark::sectionsAreTopLevelHeadings()
{
    for (int index = 0; index < m_examples.size(); ++index) {
        const QByteArray &markdown = m_examples.at(index);
        ArticleDocument document;
        document.setData(markdown);
        const int offset = document.frontMatter().lineCount;
        QList<Heading> sections;
        for (const Section &section : document.sections())
            sections.append({section.line - offset, section.level});
        const QList<Heading> expected = cmarkTopLevelHeadings(markdown.mid(document.structure().markdownBegin));
        if (sections != expected)
            QFAIL(qPrintable(QStringLiteral("example %1: %2 sections, cmark-gfm has %3 headings")
                                 .arg(index + 1).arg(sections.size()).arg(expected.size())));
    }
}

void TestCommonMark::example96IsNotFrontMatter()
{
    ArticleDocument document;
    document.setData(m_examples.at(95));
    QCOMPARE(m_examples.at(95), QByteArray("---\nFoo\n---\nBar\n---\nBaz\n"));
    QVERIFY(!document.frontMatter().isPresent);
    QCOMPARE(document.sections().size(), 2);
    QCOMPARE(document.sections().at(0).heading, QStringLiteral("Foo"));
    QCOMPARE(document.sections().at(0).line, 2);
    QCOMPARE(document.sections().at(1).heading, QStringLiteral("Bar"));
}

QTEST_GUILESS_MAIN(TestCommonMark)
#include "tst_commonmark.moc"
