// File → Compare in the real window, offscreen: the tree marks the
// sections that differ from the compared version, the preview shows the
// comparison (built from text, never from either version's HTML), and
// Close Comparison or an edit returns to the article.
#include "articledocument.h"
#include "articlepreview.h"
#include "comparecontroller.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "previewsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QPixmap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>

using namespace TestSupport;
using PreviewSupport::evaluate;

namespace {

// The parts of the comparison that carry a change, in the order shown:
// "change:heading".
const char changedPartsScript[] = R"js(JSON.stringify(Array.from(
    document.querySelectorAll('#kiji-compare .kiji-compare-part'))
    .filter((part) => part.dataset.change)
    .map((part) => part.dataset.change + ':' + part.querySelector('.kiji-compare-heading').textContent)))js";

QStringList changedParts(ArticlePreview *preview)
{
    const QJsonArray parts = QJsonDocument::fromJson(evaluate(preview, QString::fromLatin1(changedPartsScript))
                                                         .toString()
                                                         .toUtf8())
                                 .array();
    QStringList list;
    for (const QJsonValue &part : parts)
        list.append(part.toString());
    return list;
}

bool articleShown(ArticlePreview *preview)
{
    return evaluate(preview, QStringLiteral("!document.getElementById('kiji-compare') && "
                                            "getComputedStyle(document.getElementById('kiji-article')).display "
                                            "!== 'none'"))
        .toBool();
}

int sectionByHeading(const ArticleDocument &document, const QString &heading)
{
    for (int index = 0; index < document.sections().size(); ++index) {
        if (document.sections().at(index).heading == heading)
            return index;
    }
    return -1;
}

// The tree rows that carry a mark: section index (-1 the lead, -2 the
// Article row) → its words.
QMap<int, QStringList> markedRows(OutlineModel *model)
{
    QMap<int, QStringList> rows;
    const auto read = [&](const QModelIndex &index, int key) {
        const QStringList words = index.data(OutlineModel::MarkRole).toStringList();
        if (!words.isEmpty())
            rows.insert(key, words);
    };
    read(model->indexOfNode(OutlineModel::ArticleNode), OutlineModel::ArticleMark);
    read(model->indexOfNode(OutlineModel::SupervisorNode), -3);
    read(model->indexOfNode(OutlineModel::LeadNode), -1);
    for (int section = 0; section < model->document()->sections().size(); ++section)
        read(model->indexOfSection(section), section);
    return rows;
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void compareWithSavedMarksTheMovedAndTheChangedSection();
    void editingEndsTheComparison();
    void removedSectionsStandStruckThroughAndStayText();
    void menuHasTheCompareActions();

private:
    bool showComparison(const std::function<bool(QString *)> &compare);

    QTemporaryDir m_directory;
    QString m_file;
    MainWindow *m_window = nullptr;
};

void TestCompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    QApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
    QVERIFY(m_directory.isValid());
}

void TestCompareWindow::init()
{
    m_file = m_directory.filePath(QStringLiteral("article.md"));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("articles/01-kaityo256-happy-presentation.md")), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    m_window = new MainWindow;
    new QAbstractItemModelTester(m_window->outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
    QString error;
    QVERIFY2(m_window->openFile(m_file, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->preview()->isReady(), 30000);
}

void TestCompareWindow::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

bool TestCompareWindow::showComparison(const std::function<bool(QString *)> &compare)
{
    QSignalSpy shown(m_window->compare(), &CompareController::comparisonShown);
    QString error;
    if (!compare(&error)) {
        qWarning("not compared: %s", qPrintable(error));
        return false;
    }
    return shown.wait(10000) || !shown.isEmpty();
}

void TestCompareWindow::compareWithSavedMarksTheMovedAndTheChangedSection()
{
    ArticleDocument *document = m_window->document();
    QString error;
    QVERIFY2(m_window->saveFile(m_file, &error), qPrintable(error));

    // A top-level section with subsections goes to the end; a sentence of
    // another top-level section is edited.
    const QList<int> top = document->structure().topLevel;
    QVERIFY(top.size() >= 4);
    QString movedHeading;
    for (int index = 0; index + 1 < top.size() && movedHeading.isEmpty(); ++index) {
        if (!document->sections().at(top.at(index)).children.isEmpty())
            movedHeading = document->sections().at(top.at(index)).heading;
    }
    QVERIFY(!movedHeading.isEmpty());
    QString editedHeading;
    qsizetype stop = -1;
    for (const int index : top) {
        const Section &section = document->sections().at(index);
        const qsizetype found = document->text().indexOf("。", section.bodyBegin);
        if (section.heading != movedHeading && found >= 0 && found < section.end) {
            editedHeading = section.heading;
            stop = found;
            break;
        }
    }
    QVERIFY(!editedHeading.isEmpty());
    QVERIFY(document->replaceText(stop, "。", QStringLiteral("。書き足した文です。"), QStringLiteral("edit")));
    QVERIFY(document->moveSection(sectionByHeading(*document, movedHeading), -1, SectionPlacement::After));
    const int moved = sectionByHeading(*document, movedHeading);
    const int edited = sectionByHeading(*document, editedHeading);
    QCOMPARE(document->structure().topLevel.last(), moved);

    QVERIFY(showComparison([this](QString *error) { return m_window->compare()->compareWithSaved(error); }));
    QVERIFY(m_window->compare()->isComparing());
    QVERIFY(m_window->compare()->closeAction()->isEnabled());

    // The tree: marks on exactly those two sections, each with a tooltip
    // and a coloured dot.
    OutlineModel *model = m_window->outlineModel();
    const QMap<int, QStringList> marked = markedRows(model);
    QCOMPARE(marked.keys(), (QList<int>{std::min(moved, edited), std::max(moved, edited)}));
    QCOMPARE(marked.value(moved), QStringList{QStringLiteral("moved")});
    QCOMPARE(marked.value(edited), QStringList{QStringLiteral("changed")});
    QVERIFY(model->indexOfSection(moved).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Moved")));
    QVERIFY(!model->indexOfSection(moved).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QVERIFY(model->indexOfSection(edited).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Changed")));
    // The moved section's subsections moved with it: not marked.
    QVERIFY(!document->sections().at(moved).children.isEmpty());

    // The preview: the comparison in NEW's order, the edited section before
    // the moved one, the inserted sentence marked, the article hidden.
    ArticlePreview *preview = m_window->preview();
    QCOMPARE(changedParts(preview),
             (QStringList{QStringLiteral("changed:") + editedHeading, QStringLiteral("moved:") + movedHeading}));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('#kiji-compare .kiji-compare-changed "
                                              "ins.kiji-insertion').textContent"))
                 .toString(),
             QStringLiteral("書き足した文です。"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('#kiji-compare .kiji-compare-part').length"))
                 .toInt(),
             document->sections().size() + (document->structure().leadChars > 0 ? 1 : 0));
    QVERIFY(!articleShown(preview));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('#kiji-compare .kiji-compare-moved "
                                              ".kiji-compare-label').textContent"))
                 .toString(),
             QStringLiteral("Moved"));

    // Close Comparison: the article again, no marks.
    QSignalSpy closed(m_window->compare(), &CompareController::comparisonClosed);
    m_window->compare()->closeAction()->trigger();
    QVERIFY(closed.wait(10000) || !closed.isEmpty());
    QVERIFY(!m_window->compare()->isComparing());
    QVERIFY(markedRows(model).isEmpty());
    QVERIFY(articleShown(preview));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('#kiji-sections > section').length")).toInt(),
             document->sections().size());
    QVERIFY(!m_window->compare()->closeAction()->isEnabled());
}

void TestCompareWindow::editingEndsTheComparison()
{
    ArticleDocument *document = m_window->document();
    QVERIFY(document->setSectionBody(0, QStringLiteral("\n新しい本文。\n\n")));
    QVERIFY(showComparison([this](QString *error) { return m_window->compare()->compareWithSaved(error); }));
    QCOMPARE(markedRows(m_window->outlineModel()).keys(), QList<int>{0});
    QCOMPARE(changedParts(m_window->preview()).size(), 1);

    QSignalSpy closed(m_window->compare(), &CompareController::comparisonClosed);
    QVERIFY(document->setSectionBody(0, QStringLiteral("\nもう一度書き換えた本文。\n\n")));
    QVERIFY(!m_window->compare()->isComparing());
    QVERIFY(markedRows(m_window->outlineModel()).isEmpty());
    QVERIFY(closed.wait(10000) || !closed.isEmpty());
    QTRY_VERIFY(articleShown(m_window->preview()));

    // Unchanged: nothing marked, and the view says so.
    QString error;
    QVERIFY(m_window->saveFile(m_file, &error));
    QVERIFY(showComparison([this](QString *error) { return m_window->compare()->compareWithSaved(error); }));
    QVERIFY(m_window->compare()->diff()->isEmpty());
    QVERIFY(markedRows(m_window->outlineModel()).isEmpty());
    QVERIFY(changedParts(m_window->preview()).isEmpty());
    QVERIFY(evaluate(m_window->preview(), QStringLiteral("document.querySelector('.kiji-compare-caption').textContent"))
                .toString()
                .startsWith(QStringLiteral("No differences")));
}

void TestCompareWindow::removedSectionsStandStruckThroughAndStayText()
{
    // OLD has one more section, before the second top-level one, whose text
    // reads as HTML; NEW (the open article) has a lead, where OLD has none.
    ArticleDocument *document = m_window->document();
    QVERIFY(document->structure().topLevel.size() >= 2);
    const Section &second = document->sections().at(document->structure().topLevel.at(1));
    QByteArray older = document->text();
    const QByteArray removed = QByteArray(second.level, '#') + " 消えた節\n\n<img src=x onerror=\"document.title='run'\"> "
                                                              "<b>太字</b>の文。\n\n";
    older.insert(second.begin, removed);
    const QString oldFile = m_directory.filePath(QStringLiteral("old.md"));
    QFile file(oldFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(older);
    file.close();
    QCOMPARE(document->structure().leadChars, 0);
    QVERIFY(document->setLead(QStringLiteral("新しいリードです。\n\n")));

    QVERIFY(showComparison([&](QString *error) { return m_window->compare()->compareWithFile(oldFile, error); }));
    ArticlePreview *preview = m_window->preview();
    QCOMPARE(changedParts(preview),
             (QStringList{QStringLiteral("added:Lead"), QStringLiteral("removed:消えた節")}));
    // Struck through, after the section it followed.
    QVERIFY(evaluate(preview, QStringLiteral("getComputedStyle(document.querySelector('.kiji-compare-removed "
                                             ".kiji-compare-heading')).textDecorationLine"))
                .toString()
                .contains(QStringLiteral("line-through")));
    const int before = document->structure().topLevel.at(1) - 1;
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('.kiji-compare-removed')"
                                              ".previousElementSibling.dataset.section"))
                 .toString(),
             QString::number(before));
    // The removed text is text: no element of it, its tags readable.
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('#kiji-compare img, #kiji-compare b').length"))
                 .toInt(),
             0);
    QVERIFY(evaluate(preview, QStringLiteral("document.querySelector('.kiji-compare-removed del').textContent"))
                .toString()
                .contains(QStringLiteral("<img src=x")));
    QVERIFY(evaluate(preview, QStringLiteral("document.title")).toString() != QStringLiteral("run"));

    // The tree: the lead, and the section the removed one followed.
    const QMap<int, QStringList> marked = markedRows(m_window->outlineModel());
    QCOMPARE(marked.value(-1), QStringList{QStringLiteral("added")});
    QCOMPARE(marked.size(), 2);
    QCOMPARE(marked.value(before), QStringList{QStringLiteral("removed")});
    QVERIFY(m_window->outlineModel()
                ->indexOfSection(before)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("消えた節")));
}

void TestCompareWindow::menuHasTheCompareActions()
{
    CompareController *compare = m_window->compare();
    QStringList texts;
    for (QAction *action : m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(compare->compareWithFileAction()->text()));
    QVERIFY(texts.contains(compare->compareWithSavedAction()->text()));
    QVERIFY(texts.contains(compare->closeAction()->text()));
    QVERIFY(compare->compareWithSavedAction()->isEnabled());
    QVERIFY(!compare->closeAction()->isEnabled());

    // A damaged file is not compared.
    const QString damaged = m_directory.filePath(QStringLiteral("damaged.md"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xFF\xFE# x\n");
    file.close();
    QString error;
    QVERIFY(!compare->compareWithFile(damaged, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!compare->isComparing());
    QVERIFY(!compare->compareWithFile(m_directory.filePath(QStringLiteral("missing.md")), &error));
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    TestCompareWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_comparewindow.moc"
