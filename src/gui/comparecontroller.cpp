#include "comparecontroller.h"

#include "articledocument.h"
#include "articleimport.h"
#include "articlepreview.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace {

QString kindWord(SectionChange::Kind kind)
{
    return SectionChange::kindName(kind);
}

QColor kindColor(SectionChange::Kind kind)
{
    switch (kind) {
    case SectionChange::Moved:
        return QColor(0x6a, 0x51, 0xa3);
    case SectionChange::Added:
        return QColor(0x2e, 0x7d, 0x32);
    case SectionChange::Removed:
        return QColor(0xc6, 0x28, 0x28);
    case SectionChange::Renamed:
        return QColor(0x15, 0x65, 0xc0);
    case SectionChange::Changed:
        break;
    }
    return QColor(0xef, 0x6c, 0x00);
}

QString kindLabel(SectionChange::Kind kind)
{
    switch (kind) {
    case SectionChange::Moved:
        return CompareController::tr("Moved");
    case SectionChange::Added:
        return CompareController::tr("Added");
    case SectionChange::Removed:
        return CompareController::tr("Removed");
    case SectionChange::Renamed:
        return CompareController::tr("Renamed");
    case SectionChange::Changed:
        break;
    }
    return CompareController::tr("Changed");
}

QJsonArray segmentsJson(const QList<DiffSegment> &segments)
{
    QJsonArray list;
    for (const DiffSegment &segment : segments)
        list.append(QJsonArray{int(segment.kind), segment.text});
    return list;
}

QString placeText(const SectionChange &change)
{
    if (change.from && change.to)
        return CompareController::tr("line %1 → %2").arg(change.from->line).arg(change.to->line);
    if (change.from)
        return CompareController::tr("was line %1").arg(change.from->line);
    if (change.to)
        return CompareController::tr("line %1").arg(change.to->line);
    return {};
}

QJsonObject changeJson(const SectionChange &change, int section)
{
    QString label = kindLabel(change.kind);
    if (change.edited && change.kind != SectionChange::Changed)
        label = CompareController::tr("%1, edited").arg(label);
    QString heading = change.heading;
    if (change.part == SectionChange::LeadPart)
        heading = CompareController::tr("Lead");
    else if (change.part == SectionChange::FrontMatterPart)
        heading = CompareController::tr("Front matter");
    QString detail = placeText(change);
    if (change.kind == SectionChange::Renamed || (change.from && change.to && change.oldHeading != change.heading))
        detail = CompareController::tr("was \"%1\"; %2").arg(change.oldHeading, detail);
    return QJsonObject{{QStringLiteral("kind"), kindWord(change.kind)},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("heading"), heading},
                       {QStringLiteral("level"), change.level},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("section"), section},
                       {QStringLiteral("segments"), segmentsJson(change.difference)}};
}

QJsonObject unchangedJson(const QString &heading, int level, int section, const QString &text)
{
    return QJsonObject{{QStringLiteral("kind"), QString()},
                       {QStringLiteral("label"), QString()},
                       {QStringLiteral("heading"), heading},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("detail"), QString()},
                       {QStringLiteral("section"), section},
                       {QStringLiteral("segments"), QJsonArray{QJsonArray{int(DiffSegment::Same), text}}}};
}

} // namespace

CompareController::CompareController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_document(window->document())
    , m_compareWithFileAction(new QAction(tr("Compare &with…"), this))
    , m_compareWithSavedAction(new QAction(tr("Compare with Sa&ved"), this))
    , m_closeAction(new QAction(tr("&Close Comparison"), this))
{
    m_compareWithFileAction->setToolTip(tr("Compare the article with another version of it, section by section"));
    m_compareWithSavedAction->setToolTip(tr("Compare the article with its last saved version, section by section"));
    m_closeAction->setToolTip(tr("Leave the comparison and show the article"));
    connect(m_compareWithFileAction, &QAction::triggered, this, [this] {
        const QString fileName = QFileDialog::getOpenFileName(
            m_window, tr("Compare with"), QFileInfo(m_document->fileName()).absolutePath(),
            tr("Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)"));
        if (fileName.isEmpty())
            return;
        QString error;
        if (!compareWithFile(fileName, &error))
            showMessage(tr("Cannot compare with %1: %2").arg(fileName, error));
    });
    connect(m_compareWithSavedAction, &QAction::triggered, this, [this] {
        QString error;
        if (!compareWithSaved(&error))
            showMessage(tr("Cannot compare with the saved version: %1").arg(error));
    });
    connect(m_closeAction, &QAction::triggered, this, &CompareController::closeComparison);

    // Any change of the article ends the comparison: its marks would no
    // longer say what changed.
    connect(m_document, &ArticleDocument::structureChanged, this, [this] {
        if (isComparing())
            closeComparison();
        updateActions();
    });

    QMenuBar *menuBar = window->menuBar();
    if (auto *fileMenu = menuBar->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        // Before the separator above Quit.
        QAction *before = nullptr;
        const QList<QAction *> actions = fileMenu->actions();
        for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
            if ((*it)->isSeparator()) {
                before = *it;
                break;
            }
        }
        fileMenu->insertSeparator(before);
        fileMenu->insertActions(before, {m_compareWithFileAction, m_compareWithSavedAction, m_closeAction});
    }
    if (auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("MainToolBar")))
        toolBar->addAction(m_closeAction);

    if (window->hasPreview())
        connectPreview(window->preview());
    connect(window, &MainWindow::previewCreated, this, &CompareController::connectPreview);
    updateActions();
}

void CompareController::connectPreview(ArticlePreview *preview)
{
    // A reload of the template (a new folder, a crashed renderer) starts
    // from the article: show the comparison again.
    connect(preview, &ArticlePreview::ready, this, [this] {
        if (isComparing())
            sendToPreview();
    });
}

void CompareController::updateActions()
{
    m_compareWithSavedAction->setEnabled(!m_document->fileName().isEmpty());
    m_closeAction->setEnabled(isComparing());
    m_closeAction->setVisible(isComparing());
}

void CompareController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

bool CompareController::compareWithFile(const QString &fileName, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    QByteArray bytes = file.readAll();
    if (const std::optional<ArticleImport::Format> format = ArticleImport::formatOf(fileName)) {
        const ImportResult imported = ArticleImport::run(bytes, *format);
        if (!imported.ok()) {
            *errorString = imported.error;
            return false;
        }
        bytes = imported.markdown;
    }
    return compareWith(bytes, QFileInfo(fileName).fileName(), errorString);
}

bool CompareController::compareWithSaved(QString *errorString)
{
    const QString fileName = m_document->fileName();
    if (fileName.isEmpty()) {
        *errorString = tr("the article has not been saved yet");
        return false;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    return compareWith(file.readAll(), tr("the saved version"), errorString);
}

bool CompareController::compareWith(const QByteArray &bytes, const QString &source, QString *errorString)
{
    ArticleDocument older;
    older.setData(bytes);
    if (older.hasErrors()) {
        *errorString = tr("the file is damaged: %1").arg(older.diagnostics().constFirst().message);
        return false;
    }
    m_diff = ArticleDiff::compare(older, *m_document);
    m_source = source;
    m_window->outlineModel()->setMarks(treeMarks(*m_diff));
    updateActions();
    sendToPreview();
    showMessage(m_diff->isEmpty()
                    ? tr("No differences from %1.").arg(source)
                    : tr("Compared with %1: %n section(s) differ.", nullptr, int(m_diff->changes().size())).arg(source));
    return true;
}

void CompareController::closeComparison()
{
    if (!isComparing())
        return;
    m_diff.reset();
    m_window->outlineModel()->setMarks({});
    updateActions();
    if (!m_window->hasPreview())
        return;
    QPointer<CompareController> self(this);
    m_window->preview()->runScript(QStringLiteral("window.kiji.closeComparison()"), [self](const QVariant &) {
        if (self)
            Q_EMIT self->comparisonClosed();
    });
}

void CompareController::sendToPreview()
{
    ArticlePreview *preview = m_window->preview();
    if (!preview->isReady())
        return; // ready() sends it
    const QString script = QLatin1String("window.kiji.showComparison(") + QString::fromUtf8(comparisonJson())
        + QLatin1Char(')');
    QPointer<CompareController> self(this);
    preview->runScript(script, [self](const QVariant &parts) {
        if (self && self->isComparing())
            Q_EMIT self->comparisonShown(parts.toInt());
    });
}

QByteArray CompareController::comparisonJson() const
{
    const ArticleStructure &structure = m_document->structure();
    const QByteArray &text = m_document->text();
    QHash<int, const SectionChange *> bySection;
    QHash<int, QList<const SectionChange *>> removedAfter;
    const SectionChange *frontMatter = nullptr;
    const SectionChange *lead = nullptr;
    for (const SectionChange &change : m_diff->changes()) {
        if (change.part == SectionChange::FrontMatterPart)
            frontMatter = &change;
        else if (change.part == SectionChange::LeadPart)
            lead = &change;
        else if (change.kind == SectionChange::Removed)
            removedAfter[change.newSectionBefore].append(&change);
        else if (change.newSection >= 0)
            bySection.insert(change.newSection, &change);
    }

    QJsonArray parts;
    if (frontMatter)
        parts.append(changeJson(*frontMatter, -1));
    if (lead)
        parts.append(changeJson(*lead, -1));
    else if (const QString leadText = ArticleDiff::comparedText(text, structure.markdownBegin, structure.leadEnd);
             !leadText.trimmed().isEmpty())
        parts.append(unchangedJson(tr("Lead"), 0, -1, leadText.trimmed()));
    const auto appendRemoved = [&](int after) {
        for (const SectionChange *change : removedAfter.value(after))
            parts.append(changeJson(*change, -1));
    };
    appendRemoved(-1);
    for (int index = 0; index < structure.sections.size(); ++index) {
        const Section &section = structure.sections.at(index);
        const QString own = ArticleDiff::comparedText(text, section.begin, section.end);
        if (const SectionChange *change = bySection.value(index)) {
            QJsonObject part = changeJson(*change, index);
            // An unedited move shows the section's text as it is.
            if (change->difference.isEmpty())
                part.insert(QStringLiteral("segments"), QJsonArray{QJsonArray{int(DiffSegment::Same), own}});
            parts.append(part);
        } else {
            parts.append(unchangedJson(section.heading, section.level, index, own));
        }
        appendRemoved(index);
    }

    const QString title = m_diff->isEmpty()
        ? tr("No differences from %1").arg(m_source)
        : tr("Compared with %1: %n section(s) differ", nullptr, int(m_diff->changes().size())).arg(m_source);
    const QJsonObject comparison{{QStringLiteral("title"), title},
                                 {QStringLiteral("closeHint"), tr("File → Close Comparison returns to the article.")},
                                 {QStringLiteral("parts"), parts}};
    return QJsonDocument(comparison).toJson(QJsonDocument::Compact);
}

QHash<int, OutlineModel::Mark> CompareController::treeMarks(const ArticleDiff &diff)
{
    QHash<int, OutlineModel::Mark> marks;
    const auto add = [&marks](int key, const QString &word, const QColor &color, const QString &toolTip) {
        OutlineModel::Mark &mark = marks[key];
        if (mark.words.isEmpty())
            mark.color = color;
        mark.words.append(word);
        if (!mark.toolTip.isEmpty())
            mark.toolTip += QLatin1Char('\n');
        mark.toolTip += toolTip;
    };
    for (const SectionChange &change : diff.changes()) {
        if (change.part == SectionChange::FrontMatterPart) {
            add(OutlineModel::ArticleMark, kindWord(change.kind), kindColor(change.kind),
                tr("The front matter differs from the compared version."));
            continue;
        }
        if (change.part == SectionChange::LeadPart) {
            add(-1, kindWord(change.kind), kindColor(change.kind), tr("The lead differs from the compared version."));
            continue;
        }
        if (change.kind == SectionChange::Removed) {
            add(change.newSectionBefore, kindWord(change.kind), kindColor(change.kind),
                tr("Removed after this: \"%1\" (was line %2)")
                    .arg(change.heading)
                    .arg(change.from ? change.from->line : 0));
            continue;
        }
        QString toolTip;
        switch (change.kind) {
        case SectionChange::Moved:
            toolTip = tr("Moved: was line %1, position %2 among its siblings")
                          .arg(change.from->line)
                          .arg(change.from->index + 1);
            break;
        case SectionChange::Added:
            toolTip = tr("Added: not in the compared version");
            break;
        case SectionChange::Renamed:
            toolTip = tr("Renamed: was \"%1\"").arg(change.oldHeading);
            break;
        default:
            toolTip = tr("Changed: its text differs from the compared version");
            break;
        }
        if (change.edited && change.kind != SectionChange::Changed)
            toolTip += tr(", and its text differs");
        add(change.newSection, kindWord(change.kind), kindColor(change.kind), toolTip);
        if (change.edited && change.kind != SectionChange::Changed)
            marks[change.newSection].words.append(kindWord(SectionChange::Changed));
    }
    return marks;
}
