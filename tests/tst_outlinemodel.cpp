// The outline tree over the document: rows, nesting, counts, drag and drop
// through the model, and the keyboard commands of the view.
#include "articledocument.h"
#include "outlinemodel.h"
#include "outlineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray article = "---\n"
                           "title: 題名\n"
                           "supervisor:\n"
                           "  name: 医師\n"
                           "---\n"
                           "リード。\n"
                           "\n"
                           "## 一\n"
                           "<!-- kiji: budget=5 -->\n"
                           "一の本文です。\n"
                           "\n"
                           "### 一の一\n"
                           "\n"
                           "本文。\n"
                           "\n"
                           "### 一の二\n"
                           "\n"
                           "本文。\n"
                           "\n"
                           "## 二\n"
                           "\n"
                           "二の本文。\n"
                           "\n"
                           "## 三\n"
                           "\n"
                           "三の本文。\n";

} // namespace

class TestOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAndNesting();
    void countsAndBudgets();
    void editKeepsRowsAndUpdatesData();
    void typingUpdatesOnlyTheRowsWhoseValuesChanged();
    void dropMovesSectionAsOneUndoStep();
    void dropOntoSectionMakesItAChild();
    void keyboardCommands();

private:
    ArticleDocument *m_document = nullptr;
    OutlineModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestOutlineModel::init()
{
    m_document = new ArticleDocument;
    m_document->setData(article);
    m_model = new OutlineModel(m_document);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOutlineModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_document;
}

void TestOutlineModel::rowsAndNesting()
{
    QCOMPARE(m_model->rowCount(), 3 + 3);
    QCOMPARE(m_model->kindOf(m_model->index(0, 0)), OutlineModel::ArticleNode);
    QVERIFY(m_model->index(0, 0).data().toString().contains(QStringLiteral("題名")));
    QVERIFY(m_model->index(1, 0).data().toString().contains(QStringLiteral("医師")));
    QCOMPARE(m_model->kindOf(m_model->index(2, 0)), OutlineModel::LeadNode);
    const QModelIndex first = m_model->index(3, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("一"));
    QCOMPARE(m_model->rowCount(first), 2);
    QCOMPARE(m_model->index(1, 0, first).data().toString(), QStringLiteral("一の二"));
    QCOMPARE(m_model->parent(m_model->index(1, 0, first)), first);
    QCOMPARE(m_model->index(5, 0).data().toString(), QStringLiteral("三"));
    QCOMPARE(m_model->indexOfSection(2), m_model->index(1, 0, first));
    QCOMPARE(m_model->sectionOf(m_model->index(4, 0)), 3);
}

void TestOutlineModel::countsAndBudgets()
{
    const QModelIndex first = m_model->index(3, OutlineModel::CharsColumn);
    // 一 (1) + 一の本文です。(7) + 一の一 (3) + 本文。(3) + 一の二 (3) + 本文。(3)
    QCOMPARE(first.data().toString(), QStringLiteral("20 / 5"));
    QCOMPARE(first.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(!m_model->index(4, OutlineModel::CharsColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->index(2, OutlineModel::CharsColumn).data().toString(), QStringLiteral("4"));

    // A review status shows as an icon in the status column; no status
    // reads as draft, a hollow ring.
    const QModelIndex status = m_model->index(3, OutlineModel::StatusColumn);
    QCOMPARE(status.data(Qt::DecorationRole).value<QPixmap>().toImage().pixelColor(8, 8).alpha(), 0);
    QVERIFY(m_document->setSectionAttribute(0, QStringLiteral("status"), QStringLiteral("approved")));
    const QPixmap icon = status.data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.toImage().pixelColor(8, 13), QColor(0x2e, 0x7d, 0x32));
}

void TestOutlineModel::editKeepsRowsAndUpdatesData()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setHeadingText(1, QStringLiteral("改題")));
    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() > 0);
    QCOMPARE(m_model->index(0, 0, m_model->index(3, 0)).data().toString(), QStringLiteral("改題"));

    QVERIFY(m_document->removeSection(4));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestOutlineModel::typingUpdatesOnlyTheRowsWhoseValuesChanged()
{
    // Typing in 一の二 changes its count, its parent 一's total, the
    // article's total and nothing else; the views repaint those counts only
    // (a row's other cells would be measured and repainted for nothing).
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setSectionBody(2, QStringLiteral("本文が長くなった。\n")));
    QSet<QString> rows;
    for (const QList<QVariant> &arguments : changed) {
        const QModelIndex topLeft = arguments.at(0).toModelIndex();
        const QModelIndex bottomRight = arguments.at(1).toModelIndex();
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        QCOMPARE(topLeft.column(), int(OutlineModel::CharsColumn));
        QCOMPARE(bottomRight.column(), int(OutlineModel::CharsColumn));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(m_model->index(row, 0, topLeft.parent()).data().toString());
    }
    QCOMPARE(rows, (QSet<QString>{QStringLiteral("一"), QStringLiteral("一の二"), QStringLiteral("Article: 題名")}));
    QCOMPARE(m_model->index(1, OutlineModel::CharsColumn, m_model->index(3, 0)).data().toString(),
             QStringLiteral("12"));

    // A new heading text and a new budget are changes too.
    changed.clear();
    QVERIFY(m_document->setSectionAttribute(3, QStringLiteral("budget"), QStringLiteral("99")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().data().toString(), QStringLiteral("二"));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), OutlineModel::ColumnCount - 1);
}

void TestOutlineModel::dropMovesSectionAsOneUndoStep()
{
    // Drag 一 (with its two subsections) to the end of the top level.
    ArticleDocument expected;
    expected.setData(article);
    QVERIFY(expected.moveSection(0, 4, SectionPlacement::After));

    QMimeData *data = m_model->mimeData({m_model->index(3, 0)});
    QVERIFY(data);
    QVERIFY(m_model->canDropMimeData(data, Qt::MoveAction, 6, 0, QModelIndex()));
    QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, 6, 0, QModelIndex()));
    delete data;
    QCOMPARE(m_document->data(), expected.data());
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("二"));
    QCOMPARE(m_model->rowCount(m_model->index(5, 0)), 2);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), article);
}

void TestOutlineModel::dropOntoSectionMakesItAChild()
{
    QMimeData *data = m_model->mimeData({m_model->index(5, 0)}); // 三
    QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, -1, -1, m_model->index(4, 0))); // onto 二
    delete data;
    QCOMPARE(m_document->sections().at(4).heading, QStringLiteral("三"));
    QCOMPARE(m_document->sections().at(4).level, 3);
    QCOMPARE(m_document->sections().at(4).parent, 3);
    QVERIFY(m_document->text().endsWith("## 二\n\n二の本文。\n\n### 三\n\n三の本文。\n"));

    // A drag from another document is refused.
    ArticleDocument other;
    other.setData(article);
    OutlineModel otherModel(&other);
    QMimeData *foreign = otherModel.mimeData({otherModel.index(3, 0)});
    QVERIFY(!m_model->canDropMimeData(foreign, Qt::MoveAction, 3, 0, QModelIndex()));
    delete foreign;
}

void TestOutlineModel::keyboardCommands()
{
    OutlineView view;
    view.setOutlineModel(m_model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();

    view.selectSection(3); // 二
    QTest::keyClick(&view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_document->sections().at(0).heading, QStringLiteral("二"));
    QCOMPARE(view.currentSection(), 0);
    QTest::keyClick(&view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_document->data(), article);
    QCOMPARE(view.currentSection(), 3);

    QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier); // demote 二 under 一
    QCOMPARE(m_document->sections().at(3).level, 3);
    QCOMPARE(m_document->sections().at(3).parent, 0);
    QTest::keyClick(&view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_document->data(), article);

    QTest::keyClick(&view, Qt::Key_Insert);
    QCOMPARE(m_document->sections().size(), 6);
    QCOMPARE(m_document->sections().at(4).heading, view.tr("New section"));
    QCOMPARE(view.currentSection(), 4);
    QTest::keyClick(&view, Qt::Key_Delete);
    QCOMPARE(m_document->data(), article);

    view.selectSection(0);
    view.duplicateAction()->trigger();
    QCOMPARE(m_document->sections().size(), 8);
    QCOMPARE(view.currentSection(), 3);

    const int steps = m_document->undoStack()->count();
    for (int step = 0; step < steps; ++step)
        m_document->undoStack()->undo();
    QCOMPARE(m_document->data(), article);
}

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
