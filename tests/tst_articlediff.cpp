// Section-aware comparison: ArticleDiff on documents and texts, and
// `kiji diff` as a user runs it (formats, exit codes, errors).
#include "articlediff.h"
#include "articledocument.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QString write(const QTemporaryDir &directory, const QString &name, const QByteArray &bytes)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

int sectionByHeading(const ArticleDocument &document, const QString &heading)
{
    for (int index = 0; index < document.sections().size(); ++index) {
        if (document.sections().at(index).heading == heading)
            return index;
    }
    return -1;
}

QString oldText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != DiffSegment::Inserted)
            text += segment.text;
    }
    return text;
}

QString newText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != DiffSegment::Deleted)
            text += segment.text;
    }
    return text;
}

QStringList kinds(const ArticleDiff &diff)
{
    QStringList list;
    for (const SectionChange &change : diff.changes())
        list.append(SectionChange::kindName(change.kind) + QLatin1Char(' ') + change.heading);
    return list;
}

QJsonArray jsonChanges(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("changes")).toArray();
}

// An article of `count` H2 sections, each with a distinct paragraph of
// about `bodyBytes` bytes; `order` lists the sections in file order.
QByteArray generatedArticle(const QList<int> &order, int bodyBytes)
{
    QByteArray text = "---\ntitle: 生成した記事\n---\nリード文です。\n\n";
    for (const int index : order) {
        const QByteArray number = QByteArray::number(index);
        text += "## 見出し" + number + "\n\n";
        QByteArray body;
        while (body.size() < bodyBytes)
            body += "第" + number + "節の本文は長く続きます。";
        text += body + "\n\n";
    }
    return text;
}

} // namespace

class TestArticleDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusMoveAndEdit();
    void reorderReportsOnlyMoves();
    void identicalFiles();
    void lineBreaksAreNoDifference();
    void addedRemovedRenamed();
    void movedParentCarriesEditedChild();
    void duplicateHeadings();
    void movedAndEdited();
    void levelChange();
    void leadAndFrontMatter();
    void inlineJapaneseByCharacters();
    void inlineEnglishByWords();
    void inlineRebuildsBothTexts();
    void textFormat();
    void htmlFormat();
    void importedFiles();
    void badInput();
    void largeArticles();
};

void TestArticleDiff::corpusMoveAndEdit()
{
    const QByteArray original = readFile(dataPath(QStringLiteral("articles/01-kaityo256-happy-presentation.md")));
    QVERIFY(!original.isEmpty());
    ArticleDocument older;
    older.setData(original);
    ArticleDocument newer;
    newer.setData(original);
    const QList<int> &top = older.structure().topLevel;
    QVERIFY(top.size() >= 4);

    // An H2 with H3 children that is not last goes to the end.
    int moved = -1;
    for (int index = 0; index + 1 < top.size() && moved < 0; ++index) {
        if (!older.sections().at(top.at(index)).children.isEmpty())
            moved = top.at(index);
    }
    QVERIFY(moved >= 0);
    const QString movedHeading = older.sections().at(moved).heading;
    // A sentence of another H2's own text is edited.
    int edited = -1;
    qsizetype stop = -1;
    for (const int index : top) {
        const Section &section = older.sections().at(index);
        const qsizetype found = original.indexOf("。", section.bodyBegin);
        if (index != moved && found >= 0 && found < section.end) {
            edited = index;
            stop = found;
            break;
        }
    }
    QVERIFY(edited >= 0);
    const QString editedHeading = older.sections().at(edited).heading;
    QVERIFY(newer.replaceText(stop, "。", QStringLiteral("。この文を書き足しました。"), QStringLiteral("edit")));
    QVERIFY(newer.moveSection(sectionByHeading(newer, movedHeading), -1, SectionPlacement::After));

    const int newMoved = sectionByHeading(newer, movedHeading);
    const int newEdited = sectionByHeading(newer, editedHeading);
    QCOMPARE(newer.structure().topLevel.last(), newMoved);

    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(diff.changes().size(), 2);
    int movedEntries = 0;
    int changedEntries = 0;
    for (const SectionChange &change : diff.changes()) {
        if (change.kind == SectionChange::Moved) {
            ++movedEntries;
            QCOMPARE(change.heading, movedHeading);
            QVERIFY(!change.edited);
        } else if (change.kind == SectionChange::Changed) {
            ++changedEntries;
            QCOMPARE(change.heading, editedHeading);
            QCOMPARE(newText(change.difference).count(QStringLiteral("この文を書き足しました。")), 1);
            QCOMPARE(oldText(change.difference).count(QStringLiteral("この文を書き足しました。")), 0);
        }
    }
    QCOMPARE(movedEntries, 1);
    QCOMPARE(changedEntries, 1);

    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), write(directory, QStringLiteral("old.md"), older.data()),
                             write(directory, QStringLiteral("new.md"), newer.data()), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonArray changes = jsonChanges(run);
    QCOMPARE(changes.size(), 2);
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        QCOMPARE(change.keys(), (QStringList{QStringLiteral("change"), QStringLiteral("edited"),
                                             QStringLiteral("from"), QStringLiteral("section"),
                                             QStringLiteral("to")}));
        const QJsonObject from = change.value(QStringLiteral("from")).toObject();
        const QJsonObject to = change.value(QStringLiteral("to")).toObject();
        const bool isMove = change.value(QStringLiteral("change")).toString() == QLatin1String("moved");
        const int oldIndex = isMove ? moved : edited;
        const int newIndex = isMove ? newMoved : newEdited;
        QCOMPARE(change.value(QStringLiteral("section")).toString(), isMove ? movedHeading : editedHeading);
        if (!isMove)
            QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(from.value(QStringLiteral("index")).toInt(-1), int(top.indexOf(oldIndex)));
        QCOMPARE(from.value(QStringLiteral("line")).toInt(), older.sections().at(oldIndex).line);
        QCOMPARE(to.value(QStringLiteral("index")).toInt(-1), int(newer.structure().topLevel.indexOf(newIndex)));
        QCOMPARE(to.value(QStringLiteral("line")).toInt(), newer.sections().at(newIndex).line);
    }
    // The moved section's children moved with it and are not reported.
    QCOMPARE(newer.sections().at(newMoved).children.size(), older.sections().at(moved).children.size());
}

void TestArticleDiff::reorderReportsOnlyMoves()
{
    int tested = 0;
    for (const QString &file : articleFiles()) {
        const QByteArray original = readFile(file);
        ArticleDocument older;
        older.setData(original);
        const QList<int> &top = older.structure().topLevel;
        if (top.size() < 3)
            continue;
        const QString a = older.sections().at(top.at(0)).heading;
        const QString b = older.sections().at(top.at(1)).heading;
        const QString c = older.sections().at(top.at(2)).heading;
        if (a == b || b == c || a == c)
            continue;
        ArticleDocument newer;
        newer.setData(original);
        // A B C → C A B → C B A
        QVERIFY(newer.moveSection(sectionByHeading(newer, c), sectionByHeading(newer, a), SectionPlacement::Before));
        QVERIFY(newer.moveSection(sectionByHeading(newer, b), sectionByHeading(newer, a), SectionPlacement::Before));
        QVERIFY(newer.text() != original);

        const ArticleDiff diff = ArticleDiff::compare(older, newer);
        QVERIFY2(diff.changes().size() == 2, qPrintable(file + QLatin1Char(' ') + kinds(diff).join(QLatin1String(", "))));
        for (const SectionChange &change : diff.changes()) {
            QCOMPARE(change.kind, SectionChange::Moved);
            QVERIFY(!change.edited);
            QVERIFY(change.heading == b || change.heading == c || change.heading == a);
        }
        ++tested;
    }
    QVERIFY(tested >= 5);
}

void TestArticleDiff::identicalFiles()
{
    QTemporaryDir directory;
    const QByteArray article = readFile(dataPath(QStringLiteral("articles/04-kaityo256-programming-howto.md")));
    const QString first = write(directory, QStringLiteral("a.md"), article);
    const QString second = write(directory, QStringLiteral("b.md"), article);
    const Run run = runKiji({QStringLiteral("diff"), first, second, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object(), QJsonObject({{QStringLiteral("changes"), QJsonArray()}}));
    const Run text = runKiji({QStringLiteral("diff"), first, second});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray());
    QVERIFY(ArticleDiff::compare(article, article).isEmpty());
}

void TestArticleDiff::lineBreaksAreNoDifference()
{
    const QByteArray lf = "リード\n\n## 一\n\n本文一。\n\n## 二\n\n本文二。\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QVERIFY(ArticleDiff::compare(lf, crlf).isEmpty());
    QVERIFY(ArticleDiff::compare(lf, QByteArray(lf).replace("本文二。\n", "本文二。\n\n\n")).isEmpty());
    QCOMPARE(ArticleDiff::compare(lf, QByteArray(lf).replace("本文二", "本文2")).changes().size(), 1);
}

void TestArticleDiff::addedRemovedRenamed()
{
    const QByteArray older = "## 前書き\n\n最初の節の文章はここにあります。\n\n"
                             "## 古い名前\n\nこの節の本文は見出しが変わっても同じままです。\n\n"
                             "## 消える節\n\n消える節の本文。\n\n### 消える子\n\n子の本文。\n\n"
                             "## 後書き\n\n最後の節。\n";
    const QByteArray newer = "## 前書き\n\n最初の節の文章はここにあります。\n\n"
                             "## 新しい名前\n\nこの節の本文は見出しが変わっても同じままです。\n\n"
                             "## 後書き\n\n最後の節。\n\n"
                             "## 増えた節\n\nまったく新しい内容です。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), (QStringList{QStringLiteral("renamed 新しい名前"), QStringLiteral("removed 消える節"),
                                       QStringLiteral("removed 消える子"), QStringLiteral("added 増えた節")}));
    const SectionChange &renamed = diff.changes().at(0);
    QCOMPARE(renamed.oldHeading, QStringLiteral("古い名前"));
    QVERIFY(!renamed.edited);
    QCOMPARE(renamed.from->line, 5);
    QCOMPARE(renamed.to->line, 5);
    const SectionChange &removed = diff.changes().at(1);
    QVERIFY(!removed.to);
    QCOMPARE(removed.from->index, 2);
    QCOMPARE(removed.from->line, 9);
    QCOMPARE(diff.changes().at(2).from->index, 0); // first child of its parent
    const SectionChange &added = diff.changes().at(3);
    QVERIFY(!added.from);
    QCOMPARE(added.to->index, 3);
    QCOMPARE(added.to->line, 13);

    // A renamed section whose body also changed is edited.
    const ArticleDiff edited = ArticleDiff::compare(
        older, QByteArray(older).replace("## 古い名前\n\nこの節の本文は", "## 新しい名前\n\nこの節の本文も"));
    QCOMPARE(kinds(edited), QStringList{QStringLiteral("renamed 新しい名前")});
    QVERIFY(edited.changes().first().edited);

    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), write(directory, QStringLiteral("a.md"), older),
                             write(directory, QStringLiteral("b.md"), newer), QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray changes = jsonChanges(run);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("to")), QJsonValue(QJsonValue::Null));
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("section")).toString(), QStringLiteral("消える節"));
    QCOMPARE(changes.at(3).toObject().value(QStringLiteral("from")), QJsonValue(QJsonValue::Null));
    QCOMPARE(changes.at(3).toObject().value(QStringLiteral("change")).toString(), QStringLiteral("added"));
}

void TestArticleDiff::movedParentCarriesEditedChild()
{
    const QByteArray older = "## A\n\nAの本文。\n\n### A1\n\nA1の本文です。\n\n### A2\n\nA2の本文。\n\n"
                             "## B\n\nBの本文。\n\n## C\n\nCの本文。\n";
    const QByteArray newer = "## B\n\nBの本文。\n\n## C\n\nCの本文。\n\n"
                             "## A\n\nAの本文。\n\n### A1\n\nA1の本文を直しました。\n\n### A2\n\nA2の本文。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), (QStringList{QStringLiteral("moved A"), QStringLiteral("changed A1")}));
    const SectionChange &moved = diff.changes().at(0);
    QVERIFY(!moved.edited);
    QCOMPARE(moved.from->index, 0);
    QCOMPARE(moved.to->index, 2);
    QCOMPARE(moved.from->line, 1);
    QCOMPARE(moved.to->line, 9);
    const SectionChange &child = diff.changes().at(1);
    QCOMPARE(child.from->index, 0);
    QCOMPARE(child.from->line, 5);
    QCOMPARE(child.to->line, 13);
    QCOMPARE(child.difference, (QList<DiffSegment>{{DiffSegment::Same, QStringLiteral("### A1\n\nA1の本文")},
                                                   {DiffSegment::Deleted, QStringLiteral("です")},
                                                   {DiffSegment::Inserted, QStringLiteral("を直しました")},
                                                   {DiffSegment::Same, QStringLiteral("。")}}));
}

void TestArticleDiff::duplicateHeadings()
{
    const QByteArray older = "## 手順A\n\nAの説明。\n\n### まとめ\n\nAのまとめはこうです。\n\n"
                             "## 手順B\n\nBの説明。\n\n### まとめ\n\nBのまとめはこうです。\n\n"
                             "## 手順C\n\nCの説明。\n\n### まとめ\n\nCのまとめはこうです。\n";
    const QByteArray newer = "## 手順B\n\nBの説明。\n\n### まとめ\n\nBのまとめはこうです。\n\n"
                             "## 手順C\n\nCの説明。\n\n### まとめ\n\nCのまとめはこうです。\n\n"
                             "## 手順A\n\nAの説明。\n\n### まとめ\n\nAのまとめを書き換えました。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), (QStringList{QStringLiteral("moved 手順A"), QStringLiteral("changed まとめ")}));
    const SectionChange &summary = diff.changes().at(1);
    QCOMPARE(summary.from->line, 5);
    QCOMPARE(summary.to->line, 21);
    QVERIFY(oldText(summary.difference).contains(QStringLiteral("Aのまとめはこうです。")));
    QVERIFY(newText(summary.difference).contains(QStringLiteral("Aのまとめを書き換えました。")));

    // Two sections with the same heading under one parent keep their order.
    const QByteArray twins = "## 注意\n\n一つ目の注意。\n\n## 注意\n\n二つ目の注意。\n";
    const ArticleDiff same = ArticleDiff::compare(twins, QByteArray(twins).replace("二つ目", "2つ目"));
    QCOMPARE(kinds(same), QStringList{QStringLiteral("changed 注意")});
    QCOMPARE(same.changes().first().from->index, 1);
    QCOMPARE(same.changes().first().to->line, 5);

    // Repeated headings reordered: matched by their text, so only moves.
    const ArticleDiff reversed = ArticleDiff::compare("## 注意\n\n一つ目。\n\n## 注意\n\n二つ目。\n\n## 注意\n\n三つ目。\n",
                                                      "## 注意\n\n三つ目。\n\n## 注意\n\n二つ目。\n\n## 注意\n\n一つ目。\n");
    QCOMPARE(kinds(reversed), (QStringList{QStringLiteral("moved 注意"), QStringLiteral("moved 注意")}));
    for (const SectionChange &change : reversed.changes())
        QVERIFY(!change.edited);
}

void TestArticleDiff::movedAndEdited()
{
    const QByteArray older = "## A\n\nAの本文。\n\n## B\n\nBの本文。\n\n## C\n\nCの本文。\n";
    const QByteArray newer = "## B\n\nBの本文。\n\n## C\n\nCの本文。\n\n## A\n\nAの本文に一文を足しました。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), QStringList{QStringLiteral("moved A")});
    QVERIFY(diff.changes().first().edited);
    QVERIFY(newText(diff.changes().first().difference).contains(QStringLiteral("一文を足しました")));

    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), write(directory, QStringLiteral("a.md"), older),
                             write(directory, QStringLiteral("b.md"), newer), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject change = jsonChanges(run).at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("moved"));
    QCOMPARE(change.value(QStringLiteral("edited")), QJsonValue(true));
    QCOMPARE(change.value(QStringLiteral("from")).toObject().value(QStringLiteral("index")).toInt(-1), 0);
    QCOMPARE(change.value(QStringLiteral("to")).toObject().value(QStringLiteral("index")).toInt(-1), 2);
}

void TestArticleDiff::levelChange()
{
    // Demoting B under A moves it into A; its children come along unreported.
    const QByteArray older = "## A\n\nAの本文。\n\n## B\n\nBの本文。\n\n### B1\n\nB1の本文。\n";
    const QByteArray newer = "## A\n\nAの本文。\n\n### B\n\nBの本文。\n\n#### B1\n\nB1の本文。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), QStringList{QStringLiteral("moved B")});
    QCOMPARE(diff.changes().first().to->index, 0);

    // A level change that keeps the parent is an edit.
    const QByteArray flat = "# T\n\n## A\n\nAの本文。\n";
    const ArticleDiff deeper = ArticleDiff::compare(flat, QByteArray(flat).replace("## A", "### A"));
    QCOMPARE(kinds(deeper), QStringList{QStringLiteral("changed A")});
}

void TestArticleDiff::leadAndFrontMatter()
{
    const QByteArray older = "---\ntitle: 題名\nslug: a\n---\nリードの文章。\n\n## A\n\n本文。\n";
    const QByteArray newer = "---\ntitle: 新しい題名\nslug: a\n---\nリードの文章を直した。\n\n## A\n\n本文。\n";
    const ArticleDiff diff = ArticleDiff::compare(older, newer);
    QCOMPARE(kinds(diff), (QStringList{QStringLiteral("changed (front matter)"), QStringLiteral("changed (lead)")}));
    QCOMPARE(diff.changes().at(1).from->line, 5);
    QVERIFY(newText(diff.changes().at(0).difference).contains(QStringLiteral("新しい題名")));

    const ArticleDiff noLead = ArticleDiff::compare("## A\n\n本文。\n", "前置き。\n\n## A\n\n本文。\n");
    QCOMPARE(kinds(noLead), QStringList{QStringLiteral("added (lead)")});
    QVERIFY(!noLead.changes().first().from);
}

void TestArticleDiff::inlineJapaneseByCharacters()
{
    QCOMPARE(ArticleDiff::inlineDifference(u"今日は良い天気です。", u"今日は悪い天気です。"),
             (QList<DiffSegment>{{DiffSegment::Same, QStringLiteral("今日は")},
                                 {DiffSegment::Deleted, QStringLiteral("良")},
                                 {DiffSegment::Inserted, QStringLiteral("悪")},
                                 {DiffSegment::Same, QStringLiteral("い天気です。")}}));
    QCOMPARE(ArticleDiff::inlineDifference(u"発表の準備をする。", u"発表の練習をする。"),
             (QList<DiffSegment>{{DiffSegment::Same, QStringLiteral("発表の")},
                                 {DiffSegment::Deleted, QStringLiteral("準備")},
                                 {DiffSegment::Inserted, QStringLiteral("練習")},
                                 {DiffSegment::Same, QStringLiteral("をする。")}}));
}

void TestArticleDiff::inlineEnglishByWords()
{
    QCOMPARE(ArticleDiff::inlineDifference(u"The quick brown fox", u"The quiet brown fox"),
             (QList<DiffSegment>{{DiffSegment::Same, QStringLiteral("The ")},
                                 {DiffSegment::Deleted, QStringLiteral("quick")},
                                 {DiffSegment::Inserted, QStringLiteral("quiet")},
                                 {DiffSegment::Same, QStringLiteral(" brown fox")}}));
    // Mixed text: the Latin word changes whole, the Japanese by character.
    QCOMPARE(ArticleDiff::inlineDifference(u"Rustの所有権を学ぶ", u"Goの所有者を学ぶ"),
             (QList<DiffSegment>{{DiffSegment::Deleted, QStringLiteral("Rust")},
                                 {DiffSegment::Inserted, QStringLiteral("Go")},
                                 {DiffSegment::Same, QStringLiteral("の所有")},
                                 {DiffSegment::Deleted, QStringLiteral("権")},
                                 {DiffSegment::Inserted, QStringLiteral("者")},
                                 {DiffSegment::Same, QStringLiteral("を学ぶ")}}));
}

void TestArticleDiff::inlineRebuildsBothTexts()
{
    // Every corpus article against a version with lines dropped, edited and
    // added: the segments give back both texts exactly.
    for (const QString &file : articleFiles()) {
        const QString before = QString::fromUtf8(readFile(file));
        QStringList lines = before.split(QLatin1Char('\n'));
        for (int index = int(lines.size()) - 1; index >= 0; index -= 7) {
            if (index % 3 == 0)
                lines.removeAt(index);
            else if (index % 3 == 1)
                lines[index].replace(QStringLiteral("の"), QStringLiteral("が"));
            else
                lines.insert(index, QStringLiteral("追加した行 with words"));
        }
        const QString after = lines.join(QLatin1Char('\n'));
        const QList<DiffSegment> segments = ArticleDiff::inlineDifference(before, after);
        QCOMPARE(oldText(segments), before);
        QCOMPARE(newText(segments), after);
        for (int index = 1; index < segments.size(); ++index)
            QVERIFY(segments.at(index).kind != segments.at(index - 1).kind);
    }
}

void TestArticleDiff::textFormat()
{
    const QByteArray older = "## A\n\n今日は良い天気です。\n\nThe quick brown fox.\n\n## B\n\nBの本文。\n\n## C\n\nC。\n";
    const QByteArray newer = "## B\n\nBの本文。\n\n## C\n\nC。\n\n## A\n\n今日は悪い天気です。\n\nThe quiet brown fox.\n";
    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), write(directory, QStringLiteral("a.md"), older),
                             write(directory, QStringLiteral("b.md"), newer)});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("moved    ## A  (line 1 → 9, edited)"));
    QCOMPARE(lines.value(1), QByteArray("    今日は[-良-]{+悪+}い天気です。"));
    QCOMPARE(lines.value(2), QByteArray("    The [-quick-]{+quiet+} brown fox."));
    QCOMPARE(lines.size(), 4);
}

void TestArticleDiff::htmlFormat()
{
    const QString old = dataPath(QStringLiteral("articles/01-kaityo256-happy-presentation.md"));
    ArticleDocument newer;
    newer.setData(readFile(old));
    const QList<int> top = newer.structure().topLevel;
    QVERIFY(top.size() >= 3);
    // The first section (with a link) is edited, the second moves to the end.
    const qsizetype stop = newer.text().indexOf("。", newer.sections().at(top.first()).bodyBegin);
    QVERIFY(stop > 0 && stop < newer.sections().at(top.first()).end);
    QVERIFY(newer.replaceText(stop, "。", QStringLiteral("。<b>&挿入</b>。"), QStringLiteral("edit")));
    QVERIFY(newer.moveSection(newer.structure().topLevel.at(1), -1, SectionPlacement::After));
    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), old, write(directory, QStringLiteral("new.md"), newer.data()),
                             QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(run.exitCode, 1);
    const QString html = QString::fromUtf8(run.out);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<ins>")));
    QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;&amp;挿入&lt;/b&gt;")), run.out.constData());
    QVERIFY(html.contains(QLatin1String("<section class=\"moved\">")));
    QVERIFY(html.contains(QLatin1String("<section class=\"changed\">")));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)\\s*=|url\\(|@import|<link|<iframe|<img"),
                                              QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(html.contains(QLatin1String("https://"))); // the article's links, as escaped text only
}

void TestArticleDiff::importedFiles()
{
    QTemporaryDir directory;
    const QString older = write(directory, QStringLiteral("a.html"),
                                "<html><body><article><h2>概要</h2><p>最初の文。</p><h2>詳細</h2><p>詳しい説明。</p>"
                                "</article></body></html>");
    const QString newer = write(directory, QStringLiteral("b.html"),
                                "<html><body><article><h2>詳細</h2><p>詳しい説明。</p><h2>概要</h2><p>最初の文。</p>"
                                "</article></body></html>");
    const Run run = runKiji({QStringLiteral("diff"), older, newer, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray changes = jsonChanges(run);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("change")).toString(), QStringLiteral("moved"));
}

void TestArticleDiff::badInput()
{
    QTemporaryDir directory;
    const QString good = write(directory, QStringLiteral("good.md"), "## A\n\n本文。\n");
    const QString missing = directory.filePath(QStringLiteral("missing.md"));
    const Run absent = runKiji({QStringLiteral("diff"), good, missing});
    QCOMPARE(absent.exitCode, 2);
    QVERIFY2(absent.err.startsWith("kiji: error: " + missing.toUtf8() + ": cannot read"), absent.err.constData());
    QVERIFY(absent.out.isEmpty());

    QByteArray binary("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00", 20);
    for (int index = 0; index < 200; ++index)
        binary += char(index);
    const QString program = write(directory, QStringLiteral("program.md"), binary);
    const Run damaged = runKiji({QStringLiteral("diff"), program, good});
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains("kiji: error: " + program.toUtf8()), damaged.err.constData());
    QVERIFY2(damaged.err.contains("not a text file"), damaged.err.constData());
    QVERIFY2(damaged.err.contains("not compared"), damaged.err.constData());
    QVERIFY(damaged.out.isEmpty());

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("diff")}, QStringList{QStringLiteral("diff"), good},
          QStringList{QStringLiteral("diff"), good, good, good},
          QStringList{QStringLiteral("diff"), good, good, QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{QStringLiteral("diff"), good, good, QStringLiteral("--format")},
          QStringList{QStringLiteral("diff"), good, good, QStringLiteral("--bogus")}}) {
        const Run run = runKiji(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("kiji: error: diff: "), run.err.constData());
    }

    const Run help = runKiji({QStringLiteral("help"), QStringLiteral("diff")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("\"changes\""));
    QVERIFY(help.out.contains("Exit status"));
}

void TestArticleDiff::largeArticles()
{
    const int count = 2000;
    QList<int> order;
    for (int index = 0; index < count; ++index)
        order.append(index);
    const QByteArray older = generatedArticle(order, 1000);
    QVERIFY(older.size() > 2'000'000);
    order.removeAt(700);
    order.append(700);
    const QByteArray newer = generatedArticle(order, 1000);
    QTemporaryDir directory;
    const Run run = runKiji({QStringLiteral("diff"), write(directory, QStringLiteral("a.md"), older),
                             write(directory, QStringLiteral("b.md"), newer), QStringLiteral("--format"),
                             QStringLiteral("json")},
                            {}, 300000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray changes = jsonChanges(run);
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes.at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("section")).toString(), QStringLiteral("見出し700"));
    QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("moved"));
    QCOMPARE(change.value(QStringLiteral("from")).toObject().value(QStringLiteral("index")).toInt(), 700);
    QCOMPARE(change.value(QStringLiteral("to")).toObject().value(QStringLiteral("index")).toInt(), count - 1);

    // Every heading renamed and every body rewritten: nothing matches, and
    // the bounded comparison still finishes.
    QByteArray rewritten = newer;
    rewritten.replace("見出し", "節").replace("本文は長く", "文章がさらに");
    const ArticleDiff diff = ArticleDiff::compare(older, rewritten);
    QVERIFY(diff.changes().size() >= count);
}

QTEST_GUILESS_MAIN(TestArticleDiff)
#include "tst_articlediff.moc"
