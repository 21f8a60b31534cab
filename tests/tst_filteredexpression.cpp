// FilteredExpression: searching only where a match can start must find
// exactly what QRegularExpression finds, for the patterns the rules ship.
#include "filteredexpression.h"
#include "ruletext.h"
#include "testsupport.h"
#include "yamlvariant.h"

#include <QDirIterator>
#include <QtTest>

namespace {

struct Found
{
    qsizetype begin;
    qsizetype end;
    bool operator==(const Found &other) const { return begin == other.begin && end == other.end; }
};

QList<Found> plainMatches(const QRegularExpression &expression, const QString &text)
{
    QList<Found> found;
    QRegularExpressionMatchIterator it = expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        found.append({match.capturedStart(), match.capturedEnd()});
    }
    return found;
}

QList<Found> filteredMatches(const FilteredExpression &expression, const QString &text)
{
    QList<Found> found;
    expression.forEachMatch(text, [&](const QRegularExpressionMatch &match) {
        found.append({match.capturedStart(), match.capturedEnd()});
    });
    return found;
}

// Every "/regexp/flags" string anywhere in a rule data file.
void collectPatterns(const QVariant &value, QStringList &patterns)
{
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            collectPatterns(item, patterns);
    } else if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (const QVariant &item : map)
            collectPatterns(item, patterns);
    } else {
        const QString text = value.toString();
        static const QRegularExpression isPattern(QStringLiteral("^/.+/[a-z]*$"));
        if (isPattern.match(text).hasMatch())
            patterns.append(text);
    }
}

QString corpusText()
{
    QString text;
    for (const QString &file : TestSupport::articleFiles())
        text += QString::fromUtf8(TestSupport::readFile(file));
    text += QString::fromUtf8(TestSupport::readFile(TestSupport::dataPath(QStringLiteral("medical-column.md"))));
    text += QString::fromUtf8(
        TestSupport::readFile(TestSupport::dataPath(QStringLiteral("import/seed-exosome-crater.txt"))));
    return text;
}

} // namespace

class TestFilteredExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFirstUnits_data();
    void readsFirstUnits();
    void findsWhatTheExpressionFinds_data();
    void findsWhatTheExpressionFinds();
    void shippedPatternsFindTheSameInTheCorpus();
    void readsRequiredTexts_data();
    void readsRequiredTexts();
    void findsTheSameInEachParagraph();
};

void TestFilteredExpression::readsFirstUnits_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseless");
    QTest::addColumn<QString>("starts");    // units that must be in the set
    QTest::addColumn<QString>("notStarts"); // units that must not be
    QTest::addColumn<bool>("filtered");

    QTest::newRow("literal") << "完治" << false << "完" << "治" << true;
    QTest::newRow("alternatives") << "完治|必ず治|絶対" << false << "完必絶" << "治" << true;
    QTest::newRow("group") << "(?:では|とは)(?:ない)" << false << "でと" << "な" << true;
    QTest::newRow("named group") << "(?<word>肌|皮膚)が" << false << "肌皮" << "が" << true;
    QTest::newRow("plus") << "あ+い" << false << "あ" << "い" << true;
    QTest::newRow("class") << "[シし]ミ" << false << "シし" << "ミ" << true;
    QTest::newRow("class range") << "[０-９]回" << false << "０５９" << "回" << true;
    QTest::newRow("digit") << "\\d+円" << false << "0９" << "円" << true;
    QTest::newRow("escaped") << "\\(注\\)" << false << "(" << "注" << true;
    QTest::newRow("escaped literal") << QRegularExpression::escape(QStringLiteral("値を返却する")) << false << "値"
                                     << "を" << true;
    QTest::newRow("caseless") << "(?i:No)\\.?1" << true << "nN" << "o" << true;
    QTest::newRow("optional first") << "最?高" << false << "最高" << "" << true;
    QTest::newRow("optional group") << "(?:を|も)?受けるなら" << false << "をも受" << "け" << true;
    QTest::newRow("counted from zero") << "あ{0,2}い" << false << "あい" << "" << true;
    QTest::newRow("lazy optional") << "あ*?い" << false << "あい" << "" << true;
    QTest::newRow("optional only") << "あ?" << false << "" << "" << false;
    QTest::newRow("optional then end of alternative") << "あ?|い" << false << "" << "" << false;
    QTest::newRow("any") << ".円" << false << "" << "" << false;
    QTest::newRow("word") << "\\w+" << false << "" << "" << false;
    QTest::newRow("lookahead") << "(?=円)円" << false << "円" << "" << true;
    QTest::newRow("lookbehind") << "(?<![未非])承認" << false << "承" << "未非" << true;
    QTest::newRow("lookaround only") << "(?!円)" << false << "" << "" << false;
    QTest::newRow("anchor") << "^注" << false << "" << "" << false;
    QTest::newRow("negated class") << "[^、]" << false << "" << "" << false;
    QTest::newRow("empty alternative") << "あ|" << false << "" << "" << false;
    QTest::newRow("one alternative unknown") << "あ|.い" << false << "" << "" << false;
    QTest::newRow("unbalanced") << "あ)" << false << "" << "" << false;
}

void TestFilteredExpression::readsFirstUnits()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseless);
    QFETCH(QString, starts);
    QFETCH(QString, notStarts);
    QFETCH(bool, filtered);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseless)
        options |= QRegularExpression::CaseInsensitiveOption;
    const auto units = FilteredExpression::firstUnits(pattern, options);
    QCOMPARE(units != nullptr, filtered);
    for (QChar c : starts)
        QVERIFY2(units->test(c.unicode()), qPrintable(QString(c)));
    for (QChar c : notStarts)
        QVERIFY2(!units->test(c.unicode()), qPrintable(QString(c)));
}

void TestFilteredExpression::findsWhatTheExpressionFinds_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");

    QTest::newRow("several") << "完治|必ず治る" << "完治します。必ず治る。完治" << 3;
    QTest::newRow("none") << "完治" << "治療します。" << 0;
    QTest::newRow("leftmost longest alternative order") << "必ず|必ず治る" << "必ず治る" << 1;
    QTest::newRow("lookbehind sees the text before") << "(?<!未)承認" << "未承認と承認" << 1;
    QTest::newRow("adjacent") << "ああ" << "ああああ" << 2;
    QTest::newRow("digits") << "\\d+[%％]" << "10%と２０％" << 2;
    QTest::newRow("optional start") << "(?:を|も)?受けるなら" << "治療を受けるなら、施術も受けるなら、受けるなら" << 3;
    QTest::newRow("surrogate pair") << "𠮷野" << "𠮷野家と𠮷野" << 2;
    QTest::newRow("lone surrogate in the text") << "野" << QStringLiteral("野") + QChar(0xd842) + QStringLiteral("野") << 0; // PCRE2 refuses such a subject
}

void TestFilteredExpression::findsWhatTheExpressionFinds()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(int, matches);
    const QRegularExpression plain(pattern, QRegularExpression::UseUnicodePropertiesOption);
    const FilteredExpression filtered(plain);
    QVERIFY(filtered.isFiltered());
    const QList<Found> expected = plainMatches(plain, text);
    QCOMPARE(expected.size(), matches);
    QCOMPARE(filteredMatches(filtered, text), expected);
    QCOMPARE(filtered.hasMatch(text), matches > 0);
    if (matches > 0) {
        QCOMPARE(filtered.match(text, expected.first().end).capturedStart(),
                 plain.match(text, expected.first().end).capturedStart());
    }
}

void TestFilteredExpression::shippedPatternsFindTheSameInTheCorpus()
{
    QStringList patterns;
    QDirIterator files(QStringLiteral(":/rules"), {QStringLiteral("*.yml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QVariant data;
        QString error;
        QVERIFY2(YamlVariant::readFile(files.next(), &data, &error), qPrintable(error));
        collectPatterns(data, patterns);
    }
    // Literal text of the dictionaries, escaped as the rules escape it.
    for (const QString &literal : {QStringLiteral("値を返却する"), QStringLiteral("(注)"), QStringLiteral("No.1")})
        patterns.append(literal);
    QVERIFY2(patterns.size() > 100, qPrintable(QString::number(patterns.size())));
    const QString text = corpusText();
    int filtered = 0;
    int withMatches = 0;
    for (const QString &source : std::as_const(patterns)) {
        QRegularExpression plain = RuleText::patternFromString(source);
        plain.setPatternOptions(plain.patternOptions() | QRegularExpression::UseUnicodePropertiesOption);
        if (!plain.isValid())
            continue;
        const FilteredExpression expression(plain);
        filtered += expression.isFiltered() ? 1 : 0;
        const QList<Found> expected = plainMatches(plain, text);
        withMatches += expected.isEmpty() ? 0 : 1;
        QVERIFY2(filteredMatches(expression, text) == expected, qPrintable(source));
    }
    qInfo("%d patterns, %d searched from their first units, %d with matches in the corpus",
          int(patterns.size()), filtered, withMatches);
    QVERIFY(filtered > patterns.size() / 2);
    QVERIFY(withMatches > 10);
}

void TestFilteredExpression::readsRequiredTexts_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseless");
    QTest::addColumn<QString>("required"); // sets joined by " & ", texts by "|"

    QTest::newRow("digits then yen") << "\\d[\\d,，]*\\s?万?円" << false << "円";
    QTest::newRow("in a group") << "(?:\\d[\\d,，]*\\s?万?円)" << false << "円";
    QTest::newRow("literal run") << "要確認" << false << "要確認";
    QTest::newRow("literal and group") << "要(?:確認|修正)" << false << "要 & 確認|修正";
    QTest::newRow("optional item splits a run") << "あい?う" << false << "あ & う";
    QTest::newRow("repeated item splits a run") << "あい+う" << false << "あ & う";
    QTest::newRow("optional group") << "(?:を|も)?受けるなら" << false << "受けるなら";
    QTest::newRow("lookbehind start") << "(?:^|(?<=。)|[（(])[^。\\n]{0,6}?(?:画像|写真)[^。]{0,3}?(?:挿入|設置)(?:する)?" << false
                                      << "画像|写真 & 挿入|設置";
    QTest::newRow("alternatives choose one each") << "おすすめ|(?:を|も)?するなら|ぜひ(?:相談|来院)" << false
                                                  << "おすすめ|するなら|ぜひ";
    QTest::newRow("lookahead is not consumed") << "(?=円)あ" << false << "あ";
    QTest::newRow("escaped") << "\\(注\\)" << false << "(注)";
    QTest::newRow("surrogate pair made optional") << "𠮷?野" << false << "野";
    QTest::newRow("counted") << "あ{2}い" << false << "い";
    QTest::newRow("caseless") << "todo" << true << "";
    QTest::newRow("inline caseless") << "(?i:lorem)" << false << "";
    QTest::newRow("group with empty alternative") << "(?:あ|)い" << false << "い";
    QTest::newRow("alternative without text") << "あ|\\d+" << false << "";
    QTest::newRow("empty alternative") << "あ|" << false << "";
    QTest::newRow("back reference") << "(あ)\\1" << false << "";
    QTest::newRow("brace that is no quantifier") << "あ{い" << false << "";
    QTest::newRow("options inside") << "あ(?:(?i)b)" << false << "";
}

void TestFilteredExpression::readsRequiredTexts()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseless);
    QFETCH(QString, required);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseless)
        options |= QRegularExpression::CaseInsensitiveOption;
    QVERIFY(QRegularExpression(pattern, options).isValid());
    QStringList sets;
    for (const QStringList &texts : FilteredExpression::requiredTexts(pattern, options))
        sets.append(texts.join(u'|'));
    QCOMPARE(sets.join(QStringLiteral(" & ")), required);
}

// Searched paragraph by paragraph, a text often lacks what a pattern
// requires: the search it skips must not have found anything.
void TestFilteredExpression::findsTheSameInEachParagraph()
{
    QStringList patterns;
    QDirIterator files(QStringLiteral(":/rules"), {QStringLiteral("*.yml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QVariant data;
        QVERIFY(YamlVariant::readFile(files.next(), &data, nullptr));
        collectPatterns(data, patterns);
    }
    const QStringList paragraphs = corpusText().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    int withRequired = 0;
    int requiredAndAbsent = 0; // searches that a required text may skip
    for (const QString &source : std::as_const(patterns)) {
        QRegularExpression plain = RuleText::patternFromString(source);
        plain.setPatternOptions(plain.patternOptions() | QRegularExpression::UseUnicodePropertiesOption);
        if (!plain.isValid())
            continue;
        const FilteredExpression expression(plain);
        withRequired += expression.hasRequiredTexts() ? 1 : 0;
        for (const QString &paragraph : paragraphs) {
            const QList<Found> expected = plainMatches(plain, paragraph);
            QVERIFY2(filteredMatches(expression, paragraph) == expected, qPrintable(source + u' ' + paragraph));
            QCOMPARE(expression.hasMatch(paragraph), !expected.isEmpty());
            requiredAndAbsent += expression.hasRequiredTexts() && expected.isEmpty() ? 1 : 0;
        }
    }
    QVERIFY(withRequired > 10);
    QVERIFY(requiredAndAbsent > 1000);
}

QTEST_GUILESS_MAIN(TestFilteredExpression)
#include "tst_filteredexpression.moc"
