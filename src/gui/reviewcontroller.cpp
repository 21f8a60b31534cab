#include "reviewcontroller.h"

#include "articledocument.h"
#include "articlepreview.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "reviewdock.h"
#include "sectionform.h"
#include "suggestmode.h"
#include "ui_sectionform.h"

#include <QAction>
#include <QDate>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace {

// The section (-1: the lead) holding the preview's selection, and its text.
const char selectionScript[] = R"js((() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
        return null;
    let node = selection.anchorNode;
    if (node && node.nodeType !== Node.ELEMENT_NODE)
        node = node.parentElement;
    const part = node && node.closest('[data-section]');
    return part ? [Number(part.dataset.section), selection.toString()] : null;
})())js";

} // namespace

ReviewController::ReviewController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_document(window->document())
    , m_dock(new ReviewDock(window->document(), window))
    , m_suggestMode(new SuggestMode(window->document(), window->sectionForm(), this))
    , m_suggestAction(new QAction(tr("S&uggest Changes"), this))
    , m_addCommentAction(new QAction(tr("Add &Comment…"), this))
    , m_previewCommentAction(new QAction(tr("Add &Comment…"), this))
    , m_preferencesAction(new QAction(tr("&Preferences…"), this))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_dock->setReviewerNameProvider([this] { return PreferencesDialog::ensureReviewerName(m_window); });
    connect(m_dock, &ReviewDock::markActivated, this, &ReviewController::showMark);
    connect(m_dock, &ReviewDock::commandFailed, this, &ReviewController::showMessage);

    m_suggestAction->setCheckable(true);
    m_suggestAction->setToolTip(tr("Record typing in a body as suggestions (insertions and deletions) instead of "
                                   "changing the text"));
    connect(m_suggestAction, &QAction::toggled, this, [this](bool on) {
        m_suggestMode->setActive(on);
        showMessage(on ? tr("Suggest mode: typing is recorded as suggestions.") : tr("Suggest mode is off."));
    });
    m_addCommentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    connect(m_addCommentAction, &QAction::triggered, this, &ReviewController::addCommentOnEditorSelection);
    connect(m_previewCommentAction, &QAction::triggered, this, &ReviewController::addCommentOnPreviewSelection);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_window);
        dialog.exec();
    });

    QMenuBar *menuBar = window->menuBar();
    auto *viewMenu = menuBar->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *reviewMenu = new QMenu(tr("Re&view"), menuBar);
    reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    reviewMenu->addAction(m_suggestAction);
    reviewMenu->addAction(m_addCommentAction);
    reviewMenu->addSeparator();
    reviewMenu->addAction(tr("Accept All Suggestions"), this, [this] { m_dock->acceptAllButton()->click(); });
    reviewMenu->addAction(tr("Reject All Suggestions"), this, [this] { m_dock->rejectAllButton()->click(); });
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_dock->toggleViewAction());
    if (viewMenu) {
        menuBar->insertMenu(viewMenu->menuAction(), reviewMenu);
        viewMenu->addAction(m_dock->toggleViewAction());
    } else {
        menuBar->addMenu(reviewMenu);
    }
    if (auto *editMenu = menuBar->findChild<QMenu *>(QStringLiteral("editMenu"))) {
        editMenu->addSeparator();
        editMenu->addAction(m_preferencesAction);
    }
    if (auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("MainToolBar"))) {
        toolBar->addSeparator();
        toolBar->addAction(m_suggestAction);
        toolBar->addAction(m_addCommentAction);
    }

    MarkdownEditor *editor = window->sectionForm()->bodyEditor();
    editor->addAction(m_addCommentAction);
    auto addToPreview = [this](ArticlePreview *preview) { preview->addAction(m_previewCommentAction); };
    if (window->hasPreview())
        addToPreview(window->preview());
    connect(window, &MainWindow::previewCreated, this, addToPreview);
}

void ReviewController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

void ReviewController::articleOpened()
{
    m_dock->relist();
    if (!m_document->reviewMarks().isEmpty()) {
        m_dock->show();
        // Wide enough for an excerpt beside the author and the date.
        m_window->resizeDocks({m_dock}, {390}, Qt::Horizontal);
    }
}

QString ReviewController::askCommentText()
{
    if (m_commentAnswer)
        return *m_commentAnswer;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Add Comment"), tr("Comment:"), QString(), &ok);
    return ok ? text.trimmed() : QString();
}

bool ReviewController::comment(qsizetype begin, qsizetype end)
{
    const QString author = PreferencesDialog::ensureReviewerName(m_window);
    if (author.isEmpty()) {
        showMessage(tr("A comment needs the reviewer's name (Edit → Preferences)."));
        return false;
    }
    const QString text = askCommentText();
    if (text.isEmpty())
        return false;
    QString error;
    if (!m_document->addReviewComment(begin, end, author, QDate::currentDate(), text, &error)) {
        showMessage(tr("Cannot add the comment: %1").arg(error));
        return false;
    }
    m_dock->show();
    return true;
}

void ReviewController::addCommentOnEditorSelection()
{
    SectionForm *form = m_window->sectionForm();
    const int section = form->section();
    const ArticleStructure &structure = m_document->structure();
    if (m_window->forms()->currentWidget() != form || section >= structure.sections.size()) {
        showMessage(tr("Select a section's text to comment on."));
        return;
    }
    const qsizetype bodyBegin = section >= 0 ? structure.sections.at(section).bodyBegin : structure.markdownBegin;
    MarkdownEditor *editor = form->bodyEditor();
    const QTextCursor cursor = editor->textCursor();
    const QString text = editor->toPlainText();
    // The editor shows LF line breaks; the file may have CRLF.
    auto byteOf = [&](int position) { return bodyBegin + m_document->toSourceText(text.left(position)).size(); };
    comment(byteOf(cursor.selectionStart()), byteOf(cursor.selectionEnd()));
}

void ReviewController::addCommentOnPreviewSelection()
{
    if (!m_window->hasPreview())
        return;
    QPointer<ReviewController> self(this);
    m_window->preview()->runScript(QString::fromLatin1(selectionScript), [self](const QVariant &result) {
        if (!self)
            return;
        const QVariantList answer = result.toList();
        const ArticleStructure &structure = self->m_document->structure();
        if (answer.size() != 2) {
            self->showMessage(tr("Select text in the preview to comment on."));
            return;
        }
        const int section = answer.at(0).toInt();
        if (section < -1 || section >= structure.sections.size())
            return;
        const qsizetype bodyBegin = section >= 0 ? structure.sections.at(section).bodyBegin : structure.markdownBegin;
        const qsizetype bodyEnd = section >= 0 ? structure.sections.at(section).end : structure.leadEnd;
        const QByteArray body = self->m_document->text().mid(bodyBegin, bodyEnd - bodyBegin);
        const QByteArray selected = answer.at(1).toString().trimmed().toUtf8();
        const qsizetype found = selected.isEmpty() ? -1 : body.indexOf(selected);
        if (found >= 0) {
            self->comment(bodyBegin + found, bodyBegin + found + selected.size());
            return;
        }
        // Text the preview shows differently from its source (emphasis,
        // links): the comment goes at the start of the section's text.
        qsizetype start = 0;
        while (start < body.size() && QByteArrayView(" \t\r\n").contains(body.at(start)))
            ++start;
        self->comment(bodyBegin + start, bodyBegin + start);
    });
}

void ReviewController::showMark(int section, qsizetype begin, qsizetype end)
{
    OutlineModel *model = m_window->outlineModel();
    const QModelIndex index = section < 0 ? model->indexOfNode(OutlineModel::LeadNode) : model->indexOfSection(section);
    if (index.isValid() && index != m_window->outline()->currentIndex())
        m_window->outline()->setCurrentIndex(index);
    const ArticleStructure &structure = m_document->structure();
    const qsizetype bodyBegin = section >= 0 && section < structure.sections.size()
        ? structure.sections.at(section).bodyBegin
        : structure.markdownBegin;
    SectionForm *form = m_window->sectionForm();
    if (begin < bodyBegin) {
        form->ui()->headingEdit->setFocus();
        return;
    }
    const QByteArray &text = m_document->text();
    auto editorPosition = [&](qsizetype byte) {
        return int(QString::fromUtf8(text.mid(bodyBegin, byte - bodyBegin)).remove(QLatin1Char('\r')).size());
    };
    MarkdownEditor *editor = form->bodyEditor();
    const int last = editor->document()->characterCount() - 1;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(std::min(editorPosition(begin), last));
    cursor.setPosition(std::min(editorPosition(end), last), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
}
