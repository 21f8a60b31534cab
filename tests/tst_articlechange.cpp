// The preview's updates as the page receives them: JSON written straight
// from the rendered UTF-8, which must read back as exactly those fragments,
// holding only what changed.
#include "articlechange.h"
#include "renderedarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestArticleChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCharacterReadsBack();
    void onlyWhatChanged();
};

static QJsonObject parsed(const ArticleChange &change)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(change.json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

static RenderedArticle article(const QList<QByteArray> &sections)
{
    RenderedArticle article;
    article.header = "<h1 class=\"kiji-title\">題名</h1>\n";
    article.lead = "<p>リード</p>\n";
    article.sections = sections;
    for (qsizetype index = 0; index < sections.size(); ++index)
        article.levels.append(index % 2 ? 3 : 2);
    return article;
}

void TestArticleChange::everyCharacterReadsBack()
{
    // Quotes, backslashes, every control character, the two separators that
    // end a line in older JavaScript, a closing script tag, and text beyond
    // the Basic Multilingual Plane.
    QByteArray tricky = "<p title=\"a\\b\">「引用」</script>\u2028\u2029 𠮷 \x7f";
    for (char control = 1; control < 0x20; ++control)
        tricky += control;
    const RenderedArticle next = article({tricky, "<h2>二</h2>\n", QByteArray()});
    const ArticleChange change = ArticleChange::between(std::nullopt, next, 7);
    QVERIFY(!change.json.contains("\xe2\x80\xa8"));
    QVERIFY(!change.json.contains("\xe2\x80\xa9"));
    const QJsonObject object = parsed(change);
    QCOMPARE(object.value(QLatin1String("revision")).toInt(), 7);
    QCOMPARE(object.value(QLatin1String("reset")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("reportDrawn")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("header")).toString(), QString::fromUtf8(next.header));
    const QJsonArray fragments = object.value(QLatin1String("splice")).toObject().value(QLatin1String("fragments")).toArray();
    QCOMPARE(fragments.size(), 3);
    QCOMPARE(fragments.at(0).toString(), QString::fromUtf8(tricky));
    QCOMPARE(fragments.at(2).toString(), QString());
    QVERIFY(change.reset);
}

void TestArticleChange::onlyWhatChanged()
{
    const RenderedArticle before = article({"<h2>一</h2>\n", "<h3>二</h3>\n", "<h2>三</h2>\n"});

    RenderedArticle edited = before;
    edited.sections[1] = "<h3>二</h3>\n<p>書き足した</p>\n";
    ArticleChange change = ArticleChange::between(before, edited, 2);
    QVERIFY(!change.reset && !change.spliced);
    QCOMPARE(change.replaced, QList<int>({1}));
    QJsonObject object = parsed(change);
    QCOMPARE(object.keys(), QStringList({QStringLiteral("revision"), QStringLiteral("sections")}));
    QCOMPARE(object.value(QLatin1String("sections")).toArray(),
             QJsonArray({QJsonArray({1, 3, QString::fromUtf8(edited.sections[1])})}));

    edited.lead = "<p>新しいリード</p>\n";
    change = ArticleChange::between(before, edited, 3);
    QCOMPARE(change.replaced, QList<int>({-1, 1}));

    // One section inserted after the first: the others keep their nodes.
    RenderedArticle inserted = before;
    inserted.sections.insert(1, "<h2>挿入</h2>\n");
    inserted.levels.insert(1, 2);
    change = ArticleChange::between(before, inserted, 4);
    QVERIFY(change.spliced);
    QVERIFY(change.replaced.isEmpty());
    object = parsed(change);
    QCOMPARE(object.value(QLatin1String("splice")).toObject(),
             QJsonObject({{QStringLiteral("start"), 1},
                          {QStringLiteral("removeCount"), 0},
                          {QStringLiteral("levels"), QJsonArray({2})},
                          {QStringLiteral("fragments"), QJsonArray({QStringLiteral("<h2>挿入</h2>\n")})}}));
    QVERIFY(!object.contains(QLatin1String("header")));
    QVERIFY(!object.contains(QLatin1String("reset")));
    QVERIFY(sameArticle(before, article({"<h2>一</h2>\n", "<h3>二</h3>\n", "<h2>三</h2>\n"})));
    QVERIFY(!sameArticle(before, inserted));
}

QTEST_GUILESS_MAIN(TestArticleChange)
#include "tst_articlechange.moc"
