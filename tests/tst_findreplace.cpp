// Find and replace over the whole article: where each match is (bytes,
// line, part, section, code or URL), the search options, replacements as
// one undo step restoring the exact bytes, and the find bar driven through
// its own fields, buttons and keys.
#include "articledocument.h"
#include "articlesearch.h"
#include "findreplacebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const char article[] = "---\n"                                            // 1
                       "title: 猫の話\n"                                  // 2
                       "description: 猫と暮らす\n"                        // 3
                       "---\n"                                            // 4
                       "はじめに、猫について。\n"                         // 5
                       "\n"                                               // 6
                       "## 猫の種類\n"                                    // 7
                       "\n"                                               // 8
                       "三毛猫がいる。`猫` はコード。[リンク](https://example.com/猫)\n" // 9
                       "\n"                                               // 10
                       "```text\n"                                        // 11
                       "猫のコード\n"                                     // 12
                       "```\n"                                            // 13
                       "\n"                                               // 14
                       "### 黒い猫\n"                                     // 15
                       "<!-- kiji: by=猫田 -->\n"                         // 16
                       "黒猫です。\n";                                    // 17

using Place = SearchMatch::Place;

struct Expected
{
    int line;
    Place place;
    int section;
    bool isInCode;
    bool isInUrl;
};

// The eleven 猫 of the article, in order.
const QList<Expected> expectedCats = {
    {2, Place::FrontMatter, SearchMatch::FrontMatterSection, false, false},
    {3, Place::FrontMatter, SearchMatch::FrontMatterSection, false, false},
    {5, Place::Lead, SearchMatch::LeadSection, false, false},
    {7, Place::Heading, 0, false, false},
    {9, Place::SectionBody, 0, false, false},
    {9, Place::SectionBody, 0, true, false},
    {9, Place::SectionBody, 0, false, true},
    {12, Place::SectionBody, 0, true, false},
    {15, Place::Heading, 1, false, false},
    {16, Place::SectionAttributes, 1, false, false},
    {17, Place::SectionBody, 1, false, false},
};

QByteArray withLineBreak(const QByteArray &lineBreak)
{
    return QByteArray(article).replace("\n", lineBreak);
}

char placeName(Place place)
{
    return "FLHAB"[int(place)];
}

// The text the form shows for the match's place, as SectionForm builds it.
QString formText(const ArticleDocument &document, const SearchMatch &match)
{
    const ArticleStructure &structure = document.structure();
    const QByteArray &text = document.text();
    if (match.place == Place::Lead)
        return QString::fromUtf8(text.mid(structure.markdownBegin, structure.leadEnd - structure.markdownBegin))
            .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const Section &section = structure.sections.at(match.section);
    if (match.place == Place::SectionBody)
        return QString::fromUtf8(text.mid(section.bodyBegin, section.end - section.bodyBegin))
            .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return section.heading;
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findsEverywhere_data();
    void findsEverywhere();
    void codeAndUrls();
    void headingFieldPositions();
    void options_data();
    void options();
    void invalidExpression();
    void damagedTextKeepsByteOffsets();

    void replaceAllIsOneUndoStep_data();
    void replaceAllIsOneUndoStep();
    void replaceChosenMatches();
    void regularExpressionCaptures();
    void refusesStaleMatches();
    void refusesBreakingFrontMatter();
    void refusesReadOnly();

    void barCountsAndWrapsAround();
    void barKeys();
    void barFollowsDocument();
    void barReplaceAll();
    void barReplaceContinuesAfterReplacement();
    void barInvalidPattern();
    void barReadOnly();

private:
    QLabel *counter() const { return m_bar->findChild<QLabel *>(QStringLiteral("counterLabel")); }
    QLineEdit *findEdit() const { return m_bar->findChild<QLineEdit *>(QStringLiteral("findEdit")); }
    void showBar();

    std::unique_ptr<ArticleDocument> m_document;
    // The bar sits in a window, as in the application, so that hiding and
    // showing it keeps the window active.
    std::unique_ptr<QWidget> m_window;
    FindReplaceBar *m_bar = nullptr;
};

void TestFindReplace::init()
{
    m_document = std::make_unique<ArticleDocument>();
    m_document->setData(article);
    QVERIFY(!m_document->isReadOnly());
    QCOMPARE(m_document->sections().size(), 2);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addStretch();
    m_bar = new FindReplaceBar(m_document.get(), m_window.get());
    m_bar->hide();
    layout->addWidget(m_bar);
}

void TestFindReplace::cleanup()
{
    m_window.reset();
    m_document.reset();
}

void TestFindReplace::showBar()
{
    m_window->resize(800, 200);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_bar->showFind();
}

void TestFindReplace::findsEverywhere_data()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestFindReplace::findsEverywhere()
{
    QFETCH(QByteArray, lineBreak);
    m_document->setData(withLineBreak(lineBreak));
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QCOMPARE(matches.size(), expectedCats.size());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const SearchMatch &match = matches.at(i);
        const Expected &expected = expectedCats.at(i);
        const QByteArray where = "match " + QByteArray::number(i) + " line " + QByteArray::number(match.line) + " "
            + placeName(match.place);
        QVERIFY2(m_document->text().mid(match.offset, match.length) == "猫", where);
        QCOMPARE(match.text, QStringLiteral("猫"));
        QVERIFY(match.captures.isEmpty());
        QVERIFY2(match.line == expected.line, where);
        QVERIFY2(match.line == m_document->lineOfOffset(match.offset), where);
        QVERIFY2(match.place == expected.place, where);
        QVERIFY2(match.section == expected.section, where);
        QVERIFY2(match.isInCode == expected.isInCode, where);
        QVERIFY2(match.isInUrl == expected.isInUrl, where);
        // The position in the field the window selects in.
        if (match.place == Place::FrontMatter || match.place == Place::SectionAttributes) {
            QVERIFY2(match.formPosition == -1, where);
        } else {
            QVERIFY2(formText(*m_document, match).mid(match.formPosition, match.formLength) == QStringLiteral("猫"),
                     where);
        }
    }
    // Lead, first heading, first body: counted without the CR of CRLF.
    QCOMPARE(matches.at(2).formPosition, 5);
    QCOMPARE(matches.at(3).formPosition, 0);
    QCOMPARE(matches.at(5).formPosition, 9);
    QCOMPARE(matches.at(8).formPosition, 2);
}

// Code and URLs as CommonMark and GFM read them, so that the bar can say
// that a match sits in one.
void TestFindReplace::codeAndUrls()
{
    m_document->setData("前文 ``a `猫` b`` と \\`猫\\` と <https://example.com/猫> と https://example.com/猫 と www.猫.jp\n"
                        "\n"
                        "~~~\n"
                        "猫\n"
                        "~~~\n"
                        "\n"
                        "    猫 indented\n"
                        "\n"
                        "- 項目 `猫`\n"
                        "  ![猫](images/猫.png \"猫\")\n"
                        "\n"
                        "[ref]: https://example.com/猫\n"
                        "[^1]: 猫の脚注\n"
                        "\n"
                        "[猫][ref]\n");
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QStringList flags;
    for (const SearchMatch &match : matches)
        flags.append(QString::number(match.line) + (match.isInCode ? QStringLiteral(" code") : QString())
                     + (match.isInUrl ? QStringLiteral(" url") : QString()));
    QCOMPARE(flags, (QStringList{"1 code", "1", "1 url", "1 url", "1 url", "4 code", "7 code", "9 code", "10",
                                 "10 url", "10", "12 url", "13", "15"}));
}

// The heading field shows the heading without its marker, on one line.
void TestFindReplace::headingFieldPositions()
{
    m_document->setData("リード\r\n\r\n猫の\r\n話です\r\n===\r\n本文\r\n\r\n## 犬 ##\r\n");
    QCOMPARE(m_document->sections().size(), 2);
    const QList<SearchMatch> stories = ArticleSearch(QStringLiteral("話")).findAll(*m_document);
    QCOMPARE(stories.size(), 1);
    QCOMPARE(stories.at(0).place, Place::Heading);
    QCOMPARE(stories.at(0).line, 4);
    QCOMPARE(stories.at(0).formPosition, 3); // in "猫の 話です"
    QCOMPARE(stories.at(0).formLength, 1);

    const QList<SearchMatch> markers = ArticleSearch(QStringLiteral("##")).findAll(*m_document);
    QCOMPARE(markers.size(), 2);
    for (const SearchMatch &marker : markers) {
        QCOMPARE(marker.place, Place::Heading);
        QCOMPARE(marker.section, 1);
        QCOMPARE(marker.formPosition, -1);
    }
}

void TestFindReplace::options_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("options");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QList<int>>("columns"); // UTF-16 offsets in the line

    const int caseSensitive = int(ArticleSearch::Option::CaseSensitive);
    const int wholeWords = int(ArticleSearch::Option::WholeWords);
    const int regularExpression = int(ArticleSearch::Option::RegularExpression);
    QTest::newRow("case ignored") << QByteArray("Cat cat CAT\n") << "cat" << 0
                                  << QStringList{"Cat", "cat", "CAT"} << QList<int>{0, 4, 8};
    QTest::newRow("case sensitive") << QByteArray("Cat cat CAT\n") << "cat" << caseSensitive
                                    << QStringList{"cat"} << QList<int>{4};
    QTest::newRow("parts of words") << QByteArray("concat cat cats\n") << "cat" << 0
                                    << QStringList{"cat", "cat", "cat"} << QList<int>{3, 7, 11};
    QTest::newRow("whole words") << QByteArray("concat cat cats\n") << "cat" << wholeWords << QStringList{"cat"}
                                 << QList<int>{7};
    QTest::newRow("whole words, kanji") << QByteArray("日本語と日本は\n") << "日本" << wholeWords
                                        << QStringList{"日本"} << QList<int>{4};
    QTest::newRow("whole words, katakana") << QByteArray("データベースのデータ\n") << "データ" << wholeWords
                                           << QStringList{"データ"} << QList<int>{7};
    QTest::newRow("plain text is not a pattern") << QByteArray("a.c abc (x)\n") << "a.c" << 0
                                                 << QStringList{"a.c"} << QList<int>{0};
    QTest::newRow("brackets are plain text") << QByteArray("a.c abc (x)\n") << "(x)" << 0
                                             << QStringList{"(x)"} << QList<int>{8};
    QTest::newRow("regular expression") << QByteArray("a.c abc (x)\n") << "a.c" << regularExpression
                                        << QStringList{"a.c", "abc"} << QList<int>{0, 4};
    QTest::newRow("regular expression, Japanese") << QByteArray("2024年と1999年\n") << "\\d+年"
                                                  << regularExpression << QStringList{"2024年", "1999年"}
                                                  << QList<int>{0, 6};
    QTest::newRow("line anchors") << QByteArray("## 一\n本文 ## 二\n## 三\n") << "^## \\S" << regularExpression
                                  << QStringList{"## 一", "## 三"} << QList<int>{0, 0};
    QTest::newRow("empty matches skipped") << QByteArray("axb\n") << "x*" << regularExpression
                                           << QStringList{"x"} << QList<int>{1};
    QTest::newRow("regular expression, case") << QByteArray("Cat cat\n") << "c.t"
                                              << (regularExpression | caseSensitive) << QStringList{"cat"}
                                              << QList<int>{4};
}

void TestFindReplace::options()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pattern);
    QFETCH(int, options);
    QFETCH(QStringList, found);
    QFETCH(QList<int>, columns);
    m_document->setData(text);
    const ArticleSearch search(pattern, ArticleSearch::Options(options));
    QVERIFY(search.isValid());
    const QList<SearchMatch> matches = search.findAll(*m_document);
    QStringList texts;
    QList<int> foundColumns;
    for (const SearchMatch &match : matches) {
        texts.append(QString::fromUtf8(m_document->text().mid(match.offset, match.length)));
        const qsizetype lineStart = m_document->text().lastIndexOf('\n', match.offset - 1) + 1;
        foundColumns.append(int(QString::fromUtf8(m_document->text().mid(lineStart, match.offset - lineStart)).size()));
        QCOMPARE(match.captures.isEmpty(), !(options & int(ArticleSearch::Option::RegularExpression)));
    }
    QCOMPARE(texts, found);
    QCOMPARE(foundColumns, columns);
}

void TestFindReplace::invalidExpression()
{
    const ArticleSearch broken(QStringLiteral("猫("), ArticleSearch::Option::RegularExpression);
    QVERIFY(!broken.isValid());
    QVERIFY(!broken.errorString().isEmpty());
    QVERIFY(broken.findAll(*m_document).isEmpty());

    const ArticleSearch plain(QStringLiteral("猫("));
    QVERIFY(plain.isValid());
    QVERIFY(plain.errorString().isEmpty());

    QVERIFY(!ArticleSearch().isValid());
    QVERIFY(ArticleSearch().findAll(*m_document).isEmpty());
}

// A damaged file opens read-only; the search still reports the bytes that
// are there, past the bad ones.
void TestFindReplace::damagedTextKeepsByteOffsets()
{
    m_document->setData("前\xff\xfe猫\xe7\x8c\n\xf0\x9f\x90\x88猫です\n");
    QVERIFY(m_document->isReadOnly());
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).offset, 5);
    QCOMPARE(matches.at(1).offset, 15);
    for (const SearchMatch &match : matches)
        QCOMPARE(m_document->text().mid(match.offset, match.length), QByteArray("猫"));
    QCOMPARE(matches.at(1).line, 2);
}

void TestFindReplace::replaceAllIsOneUndoStep_data()
{
    findsEverywhere_data();
}

void TestFindReplace::replaceAllIsOneUndoStep()
{
    QFETCH(QByteArray, lineBreak);
    const QByteArray original = withLineBreak(lineBreak);
    m_document->setData(original);
    QSignalSpy changed(m_document.get(), &ArticleDocument::structureChanged);
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QCOMPARE(matches.size(), 11);

    QString error;
    QVERIFY2(m_document->replaceMatches(matches, QStringLiteral("ネコ"), &error), qPrintable(error));
    const QByteArray replaced = QByteArray(original).replace("猫", "ネコ");
    QCOMPARE(m_document->text(), replaced);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_document->frontMatter().title, QStringLiteral("ネコの話"));
    QCOMPARE(m_document->frontMatter().description, QStringLiteral("ネコと暮らす"));
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("ネコの種類"));
    QCOMPARE(m_document->sections().at(1).heading, QStringLiteral("黒いネコ"));
    QCOMPARE(m_document->sections().at(1).attributes.value(QStringLiteral("by")), QStringLiteral("ネコ田"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), original);
    QCOMPARE(m_document->data(), original);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->text(), replaced);
}

void TestFindReplace::replaceChosenMatches()
{
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QVERIFY(m_document->replaceMatches({matches.at(8), matches.at(2)}, QStringLiteral("犬")));
    QByteArray expected(article);
    expected.replace("はじめに、猫", "はじめに、犬").replace("### 黒い猫", "### 黒い犬");
    QCOMPARE(m_document->text(), expected);
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Replacing text with itself is no undo step.
    const QList<SearchMatch> dogs = ArticleSearch(QStringLiteral("犬")).findAll(*m_document);
    QVERIFY(m_document->replaceMatches(dogs, QStringLiteral("犬")));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestFindReplace::regularExpressionCaptures()
{
    const QByteArray original = "---\ntitle: 2024年3月の記録\n---\n2024年3月に始め、\n\n## 1999年12月\n本文 2001年1月。\n";
    m_document->setData(original);
    const ArticleSearch search(QStringLiteral("(\\d+)年(\\d+)月"), ArticleSearch::Option::RegularExpression);
    const QList<SearchMatch> matches = search.findAll(*m_document);
    QCOMPARE(matches.size(), 4);
    QCOMPARE(matches.at(2).captures, (QStringList{"1999年12月", "1999", "12"}));

    QString error;
    QVERIFY2(m_document->replaceMatches(matches, QStringLiteral("\\2/\\1 (\\0) \\9"), &error), qPrintable(error));
    QCOMPARE(m_document->text(), QByteArray("---\ntitle: 3/2024 (2024年3月) \\9の記録\n---\n"
                                            "3/2024 (2024年3月) \\9に始め、\n\n"
                                            "## 12/1999 (1999年12月) \\9\n"
                                            "本文 1/2001 (2001年1月) \\9。\n"));
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("12/1999 (1999年12月) \\9"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), original);

    // Two digits name a group only when there are that many.
    QVERIFY(m_document->replaceMatches(matches.mid(3), QStringLiteral("\\10月")));
    QVERIFY(m_document->text().endsWith("本文 20010月。\n"));
    m_document->undoStack()->undo();

    // A plain search takes the replacement literally.
    const QList<SearchMatch> plain = ArticleSearch(QStringLiteral("2024")).findAll(*m_document);
    QVERIFY(m_document->replaceMatches(plain, QStringLiteral("\\0")));
    QCOMPARE(m_document->frontMatter().title, QStringLiteral("\\0年3月の記録"));
}

void TestFindReplace::refusesStaleMatches()
{
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QVERIFY(m_document->setLead(QStringLiteral("x") + QString::fromUtf8("はじめに、猫について。\n\n")));
    const QByteArray before = m_document->text();
    const int steps = m_document->undoStack()->count();
    QString error;
    QVERIFY(!m_document->replaceMatches(matches.mid(4), QStringLiteral("犬"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_document->text(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);

    QVERIFY(!m_document->replaceMatches({}, QStringLiteral("犬"), &error));
}

void TestFindReplace::refusesBreakingFrontMatter()
{
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫の話")).findAll(*m_document);
    QCOMPARE(matches.size(), 1);
    QString error;
    QVERIFY(!m_document->replaceMatches(matches, QStringLiteral("猫: 話"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_document->text(), QByteArray(article));
    QVERIFY(m_document->replaceMatches(matches, QStringLiteral("猫と話"), &error));
    QCOMPARE(m_document->frontMatter().title, QStringLiteral("猫と話"));
}

void TestFindReplace::refusesReadOnly()
{
    const QByteArray damaged = QByteArray(article).replace("はじめに", "はじめ\xff");
    m_document->setData(damaged);
    QVERIFY(m_document->isReadOnly());
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QCOMPARE(matches.size(), 11);
    QString error;
    QVERIFY(!m_document->replaceMatches(matches, QStringLiteral("犬"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_document->text(), damaged);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestFindReplace::barCountsAndWrapsAround()
{
    showBar();
    QSignalSpy activated(m_bar, &FindReplaceBar::matchActivated);
    QCOMPARE(counter()->text(), QString());
    m_bar->setFindText(QStringLiteral("猫"));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 11"));
    QCOMPARE(activated.count(), 1);
    const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("猫")).findAll(*m_document);
    QCOMPARE(activated.last().at(0).value<qsizetype>(), matches.at(0).offset);
    QCOMPARE(activated.last().at(2).toInt(), SearchMatch::FrontMatterSection);

    for (int i = 0; i < 5; ++i)
        m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("6 of 11 (in code)"));
    m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("7 of 11 (in a URL)"));
    QCOMPARE(activated.last().at(0).value<qsizetype>(), matches.at(6).offset);
    QCOMPARE(activated.last().at(1).value<qsizetype>(), 3);
    QCOMPARE(activated.last().at(2).toInt(), 0);
    QCOMPARE(m_bar->currentMatch()->offset, matches.at(6).offset);

    for (int i = 0; i < 4; ++i)
        m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("11 of 11"));
    QCOMPARE(activated.last().at(2).toInt(), 1);
    m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("1 of 11"));
    m_bar->findPrevious();
    QCOMPARE(counter()->text(), QStringLiteral("11 of 11"));
    m_bar->findPrevious();
    QCOMPARE(counter()->text(), QStringLiteral("10 of 11"));
    QCOMPARE(activated.count(), 1 + 6 + 4 + 1 + 2);

    // A longer pattern continues from the current match.
    m_bar->setFindText(QStringLiteral("猫です"));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 1"));
    m_bar->setFindText(QStringLiteral("犬"));
    QCOMPARE(counter()->text(), QStringLiteral("No matches"));
    m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("No matches"));
}

void TestFindReplace::barKeys()
{
    showBar();
    QSignalSpy dismissed(m_bar, &FindReplaceBar::dismissed);
    m_bar->setFindText(QStringLiteral("猫"));
    QVERIFY(findEdit()->hasFocus());
    QTest::keyClick(findEdit(), Qt::Key_Return);
    QCOMPARE(counter()->text(), QStringLiteral("2 of 11"));
    QTest::keyClick(findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(counter()->text(), QStringLiteral("11 of 11"));
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(counter()->text(), QStringLiteral("1 of 11"));

    // Whole words leave out 三毛猫, 猫田 and 黒猫.
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("wordButton")), Qt::LeftButton);
    QVERIFY(m_bar->options().testFlag(ArticleSearch::Option::WholeWords));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 8"));

    QTest::keyClick(findEdit(), Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(dismissed.count(), 1);

    m_bar->showReplace();
    QVERIFY(!m_bar->isHidden());
    QVERIFY(m_bar->isReplaceVisible());
    QVERIFY(findEdit()->hasFocus());
    m_bar->showFind();
    QVERIFY(!m_bar->isReplaceVisible());
}

void TestFindReplace::barFollowsDocument()
{
    showBar();
    m_bar->setFindText(QStringLiteral("猫"));
    m_bar->findNext();
    m_bar->findNext();
    m_bar->findNext();
    QCOMPARE(counter()->text(), QStringLiteral("4 of 11"));
    // An edit before the current match keeps it current.
    QVERIFY(m_document->setLead(QStringLiteral("猫と猫、はじめに、猫について。\n\n")));
    QCOMPARE(counter()->text(), QStringLiteral("6 of 13"));
    QCOMPARE(m_document->text().mid(m_bar->currentMatch()->offset, 9), QByteArray("猫の種"));

    // Hidden, the bar catches up when shown again.
    m_bar->hide();
    m_document->undoStack()->undo();
    m_bar->showFind();
    QCOMPARE(counter()->text(), QStringLiteral("4 of 11"));

    // Text removed before the current match: it stays current all the same.
    QVERIFY(m_document->setLead(QString()));
    QCOMPARE(counter()->text(), QStringLiteral("3 of 10"));
    QCOMPARE(m_bar->currentMatch()->place, Place::Heading);
}

void TestFindReplace::barReplaceAll()
{
    showBar();
    m_bar->showReplace();
    QSignalSpy replaced(m_bar, &FindReplaceBar::matchesReplaced);
    m_bar->setFindText(QStringLiteral("猫"));
    m_bar->setReplacementText(QStringLiteral("ネコ"));
    QTest::mouseClick(m_bar->findChild<QPushButton *>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
    QCOMPARE(m_document->text(), QByteArray(article).replace("猫", "ネコ"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(replaced.first().at(0).toInt(), 11);
    QCOMPARE(counter()->text(), QStringLiteral("No matches"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), QByteArray(article));
    QVERIFY(counter()->text().endsWith(QStringLiteral(" of 11")));
}

void TestFindReplace::barReplaceContinuesAfterReplacement()
{
    showBar();
    m_bar->showReplace();
    m_bar->setFindText(QStringLiteral("猫"));
    m_bar->setReplacementText(QStringLiteral("猫猫"));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 11"));
    QTest::mouseClick(m_bar->findChild<QPushButton *>(QStringLiteral("replaceButton")), Qt::LeftButton);
    QVERIFY(m_document->text().contains("title: 猫猫の話\n"));
    // The next match is the description's, not the 猫 just inserted.
    QCOMPARE(counter()->text(), QStringLiteral("3 of 12"));
    QCOMPARE(m_bar->currentMatch()->line, 3);
    // Enter in the replace field replaces too.
    QTest::keyClick(m_bar->findChild<QLineEdit *>(QStringLiteral("replaceEdit")), Qt::Key_Return);
    QVERIFY(m_document->text().contains("description: 猫猫と暮らす\n"));
    QCOMPARE(counter()->text(), QStringLiteral("5 of 13"));
    QCOMPARE(m_bar->currentMatch()->place, Place::Lead);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestFindReplace::barInvalidPattern()
{
    showBar();
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("regexButton")), Qt::LeftButton);
    m_bar->setFindText(QStringLiteral("猫("));
    QCOMPARE(counter()->text(), QStringLiteral("Invalid pattern"));
    QVERIFY(!counter()->toolTip().isEmpty());
    m_bar->setFindText(QStringLiteral("猫(の|と)"));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 4"));
}

void TestFindReplace::barReadOnly()
{
    const QByteArray damaged = QByteArray(article).replace("はじめに", "はじめ\xff");
    m_document->setData(damaged);
    showBar();
    m_bar->showReplace();
    m_bar->setFindText(QStringLiteral("猫"));
    m_bar->setReplacementText(QStringLiteral("犬"));
    QCOMPARE(counter()->text(), QStringLiteral("1 of 11"));
    QVERIFY(!m_bar->findChild<QPushButton *>(QStringLiteral("replaceButton"))->isEnabled());
    QVERIFY(!m_bar->findChild<QPushButton *>(QStringLiteral("replaceAllButton"))->isEnabled());
    m_bar->replaceAll();
    m_bar->replaceCurrent();
    QCOMPARE(m_document->text(), damaged);
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
