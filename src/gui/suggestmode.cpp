#include "suggestmode.h"

#include "articledocument.h"
#include "markdowneditor.h"
#include "sectionform.h"

#include <QKeyEvent>

namespace {

// The first mark (of the kinds `wanted` accepts) that ends after byte `from`.
template<typename Wanted>
const ReviewMark *markAfter(const QList<ReviewMark> &marks, qsizetype from, Wanted wanted)
{
    for (const ReviewMark &mark : marks) {
        if (mark.end > from && wanted(mark))
            return &mark;
    }
    return nullptr;
}

// Adjacent insertions (or deletions) of one edit read as one: typing on
// after an insertion, or deleting on before a deletion, extends it.
QByteArray mergedMarks(const QByteArray &text)
{
    const QList<ReviewMark> marks = ReviewMarks::parse(text).marks();
    QByteArray merged = text;
    for (qsizetype i = marks.size() - 1; i > 0; --i) {
        const ReviewMark &left = marks.at(i - 1);
        const ReviewMark &right = marks.at(i);
        const bool sameKind = left.kind == right.kind
            && (left.kind == ReviewMarkKind::Insertion || left.kind == ReviewMarkKind::Deletion);
        if (sameKind && left.end == right.begin && left.thread < 0 && right.thread < 0)
            merged.remove(left.contentEnd, right.contentBegin - left.contentEnd);
    }
    return merged;
}

int editorPosition(const QByteArray &text, qsizetype byte)
{
    return int(QString::fromUtf8(text.left(byte)).size());
}

} // namespace

SuggestMode::SuggestMode(ArticleDocument *document, SectionForm *form, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_form(form)
{
    m_form->bodyEditor()->installEventFilter(this);
}

void SuggestMode::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_form->setBodyWriter([this](int section, const QString &body, QString *errorString) {
            return writeBody(section, body, errorString);
        });
    } else {
        m_form->setBodyWriter({});
    }
}

bool SuggestMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress)
        m_forwardDelete = static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete;
    return QObject::eventFilter(watched, event);
}

QString SuggestMode::bodyOf(int section) const
{
    const ArticleStructure &structure = m_document->structure();
    qsizetype begin = structure.markdownBegin;
    qsizetype end = structure.leadEnd;
    if (section >= 0 && section < structure.sections.size()) {
        begin = structure.sections.at(section).bodyBegin;
        end = structure.sections.at(section).end;
    }
    return QString::fromUtf8(m_document->text().mid(begin, end - begin)).replace(QStringLiteral("\r\n"),
                                                                                  QStringLiteral("\n"));
}

bool SuggestMode::apply(int section, const QString &body, QString *errorString)
{
    return section == SectionForm::Lead ? m_document->setLead(body, errorString)
                                        : m_document->setSectionBody(section, body, errorString);
}

bool SuggestMode::writeBody(int section, const QString &edited, QString *errorString)
{
    const QString original = bodyOf(section);
    if (edited == original)
        return true;
    const QByteArray originalBytes = original.toUtf8();
    const QByteArray editedBytes = edited.toUtf8();

    // Changing only one's suggestions (typing inside an insertion, undoing
    // one) leaves the text as it was before review: it goes in as typed.
    const ReviewMarks originalMarks = ReviewMarks::parse(originalBytes);
    const ReviewMarks editedMarks = ReviewMarks::parse(editedBytes);
    if (editedMarks.problems().size() <= originalMarks.problems().size()
        && ReviewMarks::resolvedAll(editedBytes, ReviewDecision::Reject)
            == ReviewMarks::resolvedAll(originalBytes, ReviewDecision::Reject))
        return apply(section, edited, errorString);

    // The changed range of the text before this edit.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(original.size(), edited.size());
    while (prefix < shorter && original.at(prefix) == edited.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && original.at(original.size() - 1 - suffix) == edited.at(edited.size() - 1 - suffix))
        ++suffix;
    const qsizetype changeBegin = original.left(prefix).toUtf8().size();
    const qsizetype changeEnd = originalBytes.size() - original.right(suffix).toUtf8().size();
    const bool typed = edited.size() - suffix > prefix;
    for (const ReviewMark &mark : originalMarks.marks()) {
        const bool overlaps = changeBegin == changeEnd ? changeBegin > mark.begin && changeBegin < mark.end
                                                       : changeBegin < mark.end && changeEnd > mark.begin;
        if (overlaps) {
            if (errorString)
                *errorString = tr("In suggest mode, review marks change through the Review dock; the text was "
                                  "not changed.");
            return false;
        }
    }

    QByteArray markup;
    if (!ReviewMarks::suggestionText(originalBytes, editedBytes, &markup, errorString))
        return false;
    markup = mergedMarks(markup);
    if (!apply(section, QString::fromUtf8(markup), errorString))
        return false;

    // The cursor goes after the typed text inside its insertion, or beside
    // the deletion on the side the next Backspace or Delete continues.
    const QList<ReviewMark> marks = ReviewMarks::parse(markup).marks();
    int position = -1;
    if (typed) {
        if (const ReviewMark *mark = markAfter(marks, changeBegin, [](const ReviewMark &m) {
                return m.kind == ReviewMarkKind::Insertion || m.kind == ReviewMarkKind::Substitution;
            }))
            position = editorPosition(markup, mark->kind == ReviewMarkKind::Substitution ? mark->newEnd : mark->contentEnd);
    } else if (const ReviewMark *mark = markAfter(marks, changeBegin, [](const ReviewMark &m) {
                   return m.kind == ReviewMarkKind::Deletion || m.kind == ReviewMarkKind::Substitution;
               })) {
        position = editorPosition(markup, m_forwardDelete ? mark->end : mark->begin);
    }
    MarkdownEditor *editor = m_form->bodyEditor();
    editor->setTextPreservingCursor(QString::fromUtf8(markup));
    if (position >= 0) {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(std::min(position, editor->document()->characterCount() - 1));
        editor->setTextCursor(cursor);
    }
    return true;
}
