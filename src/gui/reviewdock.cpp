#include "reviewdock.h"

#include "articledocument.h"
#include "fieldsync.h"

#include <QBoxLayout>
#include <QDate>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace {

constexpr int ExcerptLength = 60;

// Which entry to select again after the marks are listed anew: the same
// mark if it is still there, else the entry in its place.
struct EntryKey
{
    int section = -2;
    QByteArray source;
    int occurrence = 0;
    int topRow = -1;
    int childRow = -1;
};

QString excerpt(const QString &text)
{
    QString flat = text.simplified();
    return FieldSync::cut(flat, ExcerptLength);
}

QString kindName(const ReviewMark &mark)
{
    switch (mark.kind) {
    case ReviewMarkKind::Insertion:
        return ReviewDock::tr("Insertion");
    case ReviewMarkKind::Deletion:
        return ReviewDock::tr("Deletion");
    case ReviewMarkKind::Substitution:
        return ReviewDock::tr("Substitution");
    case ReviewMarkKind::Highlight:
        return ReviewDock::tr("Highlight");
    case ReviewMarkKind::Comment:
        break;
    }
    return mark.replyTo >= 0 ? ReviewDock::tr("Reply") : ReviewDock::tr("Comment");
}

QString markText(const ReviewMark &mark)
{
    switch (mark.kind) {
    case ReviewMarkKind::Insertion:
        return QStringLiteral("+ ") + excerpt(mark.content());
    case ReviewMarkKind::Deletion:
        return QStringLiteral("− ") + excerpt(mark.content());
    case ReviewMarkKind::Substitution:
        return excerpt(mark.content()) + QStringLiteral(" → ") + excerpt(mark.newText());
    case ReviewMarkKind::Highlight:
        return QStringLiteral("「%1」").arg(excerpt(mark.content()));
    case ReviewMarkKind::Comment:
        break;
    }
    return excerpt(mark.commentText());
}

QColor kindColor(const ReviewMark &mark)
{
    switch (mark.kind) {
    case ReviewMarkKind::Insertion:
        return QColor(0x1e, 0x7b, 0x34);
    case ReviewMarkKind::Deletion:
        return QColor(0xb4, 0x23, 0x18);
    case ReviewMarkKind::Substitution:
        return QColor(0x6a, 0x3d, 0x9a);
    case ReviewMarkKind::Highlight:
    case ReviewMarkKind::Comment:
        break;
    }
    return QColor(0x9a, 0x6a, 0x00);
}

} // namespace

ReviewDock::ReviewDock(ArticleDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_view(new QTreeWidget(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_acceptSection(new QPushButton(tr("Accept All in Section"), this))
    , m_rejectSection(new QPushButton(tr("Reject All in Section"), this))
    , m_acceptAll(new QPushButton(tr("Accept All"), this))
    , m_rejectAll(new QPushButton(tr("Reject All"), this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
    , m_replyEdit(new QLineEdit(this))
    , m_reply(new QPushButton(tr("Reply"), this))
    , m_relistTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ReviewDock"));
    setWindowTitle(tr("Review"));
    m_view->setColumnCount(4);
    m_view->setHeaderLabels({tr("Kind"), tr("Text"), tr("Author"), tr("Date")});
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AuthorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_replyEdit->setPlaceholderText(tr("Reply to the selected thread"));
    m_replyEdit->setClearButtonEnabled(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_accept, 0, 0);
    buttons->addWidget(m_reject, 0, 1);
    buttons->addWidget(m_resolve, 0, 2);
    buttons->addWidget(m_acceptSection, 1, 0, 1, 2);
    buttons->addWidget(m_rejectSection, 1, 2);
    buttons->addWidget(m_acceptAll, 2, 0, 1, 2);
    buttons->addWidget(m_rejectAll, 2, 2);
    layout->addLayout(buttons);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyEdit, 1);
    replyRow->addWidget(m_reply);
    layout->addLayout(replyRow);
    setWidget(content);

    m_relistTimer->setSingleShot(true);
    m_relistTimer->setInterval(150);
    connect(m_relistTimer, &QTimer::timeout, this, &ReviewDock::relist);
    connect(m_document, &ArticleDocument::structureChanged, this, &ReviewDock::scheduleRelist);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ReviewDock::updateButtons);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, MarkRole).toInt();
        const QList<ReviewMark> marks = m_document->reviewMarks();
        if (index < 0 || index >= marks.size())
            return;
        const ReviewMark &mark = marks.at(index);
        Q_EMIT markActivated(mark.section, mark.begin, mark.end);
    });
    connect(m_accept, &QPushButton::clicked, this, [this] { resolveCurrent(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { resolveCurrent(false); });
    connect(m_acceptSection, &QPushButton::clicked, this, [this] { resolveSuggestions(currentSection(), true, false); });
    connect(m_rejectSection, &QPushButton::clicked, this, [this] { resolveSuggestions(currentSection(), false, false); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { resolveSuggestions(0, true, true); });
    connect(m_rejectAll, &QPushButton::clicked, this, [this] { resolveSuggestions(0, false, true); });
    connect(m_resolve, &QPushButton::clicked, this, &ReviewDock::resolveThread);
    connect(m_reply, &QPushButton::clicked, this, &ReviewDock::reply);
    connect(m_replyEdit, &QLineEdit::returnPressed, this, &ReviewDock::reply);
    connect(m_replyEdit, &QLineEdit::textChanged, this, &ReviewDock::updateButtons);
    relist();
}

void ReviewDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_listedRevision != m_document->revision())
        relist();
}

void ReviewDock::scheduleRelist()
{
    // Parsing the marks of a long article on every keystroke while nobody
    // looks would slow typing down.
    if (isVisible())
        m_relistTimer->start();
}

void ReviewDock::relist()
{
    m_relistTimer->stop();
    m_listedRevision = m_document->revision();
    const ReviewMarks parsed = m_document->parsedReviewMarks();
    const QList<ReviewMark> &marks = parsed.marks();

    EntryKey key;
    if (QTreeWidgetItem *current = m_view->currentItem()) {
        key.section = current->data(0, SectionRole).toInt();
        QTreeWidgetItem *top = current;
        while (top->parent())
            top = top->parent();
        key.topRow = m_view->indexOfTopLevelItem(top);
        key.childRow = current->parent() ? current->parent()->indexOfChild(current) : -1;
        key.source = current->data(0, Qt::UserRole + 2).toByteArray();
        key.occurrence = current->data(0, Qt::UserRole + 3).toInt();
    }

    const QSignalBlocker blocker(m_view);
    m_view->clear();
    // The rows are built apart from the view and added at once: each
    // change to a row in the view looks the row up, which took seconds for
    // thousands of comments.
    QList<QTreeWidgetItem *> sectionRows;
    QTreeWidgetItem *restored = nullptr;
    QHash<QByteArray, int> occurrences;
    QTreeWidgetItem *sectionRow = nullptr;
    int rowSection = -2;
    auto addEntry = [&](QTreeWidgetItem *parent, int index, const ReviewMark &shown, const ReviewMark &comment) {
        auto *item = new QTreeWidgetItem(parent);
        const ReviewMark &mark = marks.at(index);
        item->setText(KindColumn, kindName(shown));
        item->setForeground(KindColumn, kindColor(shown));
        QString text = markText(shown);
        if (shown.kind != ReviewMarkKind::Comment && comment.kind == ReviewMarkKind::Comment && comment.begin != shown.begin)
            text += QStringLiteral("  — ") + excerpt(comment.commentText());
        item->setText(TextColumn, text);
        item->setToolTip(TextColumn, QString::fromUtf8(mark.source));
        if (comment.kind == ReviewMarkKind::Comment) {
            item->setText(AuthorColumn, comment.author);
            item->setText(DateColumn, comment.date.isValid() ? comment.date.toString(Qt::ISODate) : QString());
        }
        item->setData(0, MarkRole, index);
        item->setData(0, SectionRole, mark.section);
        const QByteArray sourceKey = QByteArray::number(mark.section) + ':' + mark.source;
        const int occurrence = occurrences[sourceKey]++;
        item->setData(0, Qt::UserRole + 2, sourceKey);
        item->setData(0, Qt::UserRole + 3, occurrence);
        if (!restored && sourceKey == key.source && occurrence == key.occurrence)
            restored = item;
        return item;
    };

    for (int index = 0; index < marks.size(); ++index) {
        const ReviewMark &mark = marks.at(index);
        const bool listed = mark.isSuggestion() || (mark.kind == ReviewMarkKind::Comment && mark.replyTo < 0);
        if (!listed)
            continue;
        // A comment on a suggestion is listed with the suggestion.
        if (mark.kind == ReviewMarkKind::Comment && mark.target >= 0 && marks.at(mark.target).isSuggestion())
            continue;
        if (!sectionRow || mark.section != rowSection) {
            rowSection = mark.section;
            sectionRow = new QTreeWidgetItem;
            sectionRows.append(sectionRow);
            const QList<Section> &sections = m_document->sections();
            sectionRow->setText(KindColumn, mark.section >= 0 && mark.section < sections.size()
                                                ? sections.at(mark.section).heading
                                                : tr("Lead"));
            QFont bold = sectionRow->font(KindColumn);
            bold.setBold(true);
            sectionRow->setFont(KindColumn, bold);
            sectionRow->setData(0, MarkRole, -1);
            sectionRow->setData(0, SectionRole, mark.section);
            sectionRow->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        const int thread = mark.kind == ReviewMarkKind::Comment ? index : mark.thread;
        const ReviewMark none;
        const ReviewMark &comment = thread >= 0 ? marks.at(thread) : none;
        // A comment on a highlight shows the highlighted words.
        const ReviewMark &shown = mark.kind == ReviewMarkKind::Comment && mark.target >= 0 ? marks.at(mark.target) : mark;
        QTreeWidgetItem *entry = addEntry(sectionRow, index, shown, thread >= 0 ? comment : none);
        // A suggestion's comment is in its row; replies go below.
        if (thread >= 0) {
            for (int reply : marks.at(thread).replies)
                addEntry(entry, reply, marks.at(reply), marks.at(reply));
        }
    }
    m_view->addTopLevelItems(sectionRows);
    for (QTreeWidgetItem *row : std::as_const(sectionRows))
        row->setFirstColumnSpanned(true);
    m_view->expandAll();

    if (!restored && key.topRow >= 0 && m_view->topLevelItemCount() > 0) {
        QTreeWidgetItem *top = m_view->topLevelItem(std::min(key.topRow, m_view->topLevelItemCount() - 1));
        restored = top;
        if (key.childRow >= 0 && top->childCount() > 0)
            restored = top->child(std::min(key.childRow, top->childCount() - 1));
    }
    if (restored)
        m_view->setCurrentItem(restored);
    m_openCount = parsed.openCount();
    setWindowTitle(tr("Review (%1)").arg(m_openCount));
    updateButtons();
}

bool ReviewDock::selectMark(int index)
{
    for (QTreeWidgetItemIterator it(m_view); *it; ++it) {
        if ((*it)->data(0, MarkRole).toInt() == index) {
            m_view->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

int ReviewDock::currentMark() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(0, MarkRole).toInt() : -1;
}

int ReviewDock::currentSection() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(0, SectionRole).toInt() : -2;
}

int ReviewDock::currentSuggestion() const
{
    const QList<ReviewMark> marks = m_document->reviewMarks();
    int index = currentMark();
    if (index < 0 || index >= marks.size())
        return -1;
    const ReviewMark &mark = marks.at(index);
    if (mark.kind == ReviewMarkKind::Comment) {
        const int first = mark.replyTo >= 0 ? mark.replyTo : index;
        index = marks.at(first).target;
    }
    return index >= 0 && marks.at(index).isSuggestion() ? index : -1;
}

int ReviewDock::currentThread() const
{
    const QList<ReviewMark> marks = m_document->reviewMarks();
    const int index = currentMark();
    if (index < 0 || index >= marks.size())
        return -1;
    const ReviewMark &mark = marks.at(index);
    if (mark.kind == ReviewMarkKind::Comment)
        return mark.replyTo >= 0 ? mark.replyTo : index;
    return mark.thread;
}

void ReviewDock::updateButtons()
{
    const bool current = m_listedRevision == m_document->revision();
    const bool editable = !m_document->isReadOnly() && current;
    const bool suggestion = editable && currentSuggestion() >= 0;
    const bool inSection = editable && currentSection() >= -1 && m_view->currentItem();
    m_accept->setEnabled(suggestion);
    m_reject->setEnabled(suggestion);
    m_acceptSection->setEnabled(inSection);
    m_rejectSection->setEnabled(inSection);
    m_acceptAll->setEnabled(editable && m_openCount > 0);
    m_rejectAll->setEnabled(editable && m_openCount > 0);
    m_resolve->setEnabled(editable && currentThread() >= 0);
    const bool canReply = editable && currentMark() >= 0;
    m_replyEdit->setEnabled(canReply);
    m_reply->setEnabled(canReply && !m_replyEdit->text().trimmed().isEmpty());
}

void ReviewDock::resolveCurrent(bool accept)
{
    if (m_listedRevision != m_document->revision())
        relist();
    const int index = currentSuggestion();
    if (index < 0)
        return;
    QString error;
    if (!m_document->resolveReviewMarks({m_document->reviewMarks().at(index)},
                                        accept ? ReviewDecision::Accept : ReviewDecision::Reject, &error))
        Q_EMIT commandFailed(error);
    relist();
}

void ReviewDock::resolveSuggestions(int section, bool accept, bool wholeArticle)
{
    if (!wholeArticle && section < -1)
        return;
    // Comment threads on their own stay: accepting suggestions does not
    // answer questions.
    QList<ReviewMark> chosen;
    for (const ReviewMark &mark : m_document->reviewMarks()) {
        if (mark.isSuggestion() && (wholeArticle || mark.section == section))
            chosen.append(mark);
    }
    if (chosen.isEmpty()) {
        Q_EMIT commandFailed(tr("There is no suggestion to resolve."));
        return;
    }
    QString error;
    if (!m_document->resolveReviewMarks(chosen, accept ? ReviewDecision::Accept : ReviewDecision::Reject, &error))
        Q_EMIT commandFailed(error);
    relist();
}

void ReviewDock::resolveThread()
{
    const int thread = currentThread();
    if (thread < 0)
        return;
    QString error;
    if (!m_document->resolveReviewMarks({m_document->reviewMarks().at(thread)}, ReviewDecision::Accept, &error))
        Q_EMIT commandFailed(error);
    relist();
}

void ReviewDock::reply()
{
    const QString text = m_replyEdit->text().trimmed();
    const int index = currentMark();
    const QList<ReviewMark> marks = m_document->reviewMarks();
    if (text.isEmpty() || index < 0 || index >= marks.size())
        return;
    const QString author = m_reviewerName ? m_reviewerName() : QString();
    if (author.isEmpty())
        return;
    const int thread = currentThread();
    QString error;
    bool done = false;
    if (thread >= 0) {
        done = m_document->addReviewReply(marks.at(thread), author, QDate::currentDate(), text, &error);
    } else {
        // A suggestion without a thread gets one: a comment right after it.
        done = m_document->addReviewComment(marks.at(index).end, marks.at(index).end, author, QDate::currentDate(),
                                            text, &error);
    }
    if (!done) {
        Q_EMIT commandFailed(error);
        return;
    }
    m_replyEdit->clear();
    relist();
}
