#include "approvalreset.h"

#include "articledocument.h"
#include "movesection.h"
#include "restoretext.h"
#include "sectionattributeline.h"
#include "sectionstatus.h"

#include <QByteArrayView>

#include <algorithm>

namespace {

// `first` (text 0 → text 1) followed by `second` (text 1 → text 2, given
// while `text1` is the text) as one edit of text 0 spanning both.
TextEdit spanning(const QByteArray &text1, const TextEdit &first, const TextEdit &second)
{
    const qsizetype begin = std::min(first.offset, second.offset);
    const qsizetype end = std::max(first.offset + first.inserted.size(), second.offset + second.removed.size());
    const QByteArray middle = text1.mid(begin, end - begin);
    QByteArray removed = middle;
    removed.replace(first.offset - begin, first.inserted.size(), first.removed);
    QByteArray inserted = middle;
    inserted.replace(second.offset - begin, second.removed.size(), second.inserted);
    return {begin, removed, inserted};
}

} // namespace

namespace ApprovalReset {

bool appliesTo(const QUndoCommand *command)
{
    return !dynamic_cast<const MoveSection *>(command) && !dynamic_cast<const RestoreText *>(command);
}

TextEdit apply(ArticleDocument *document, const TextEdit &edit)
{
    // No copy of the sections and no walk from the first one: this runs on
    // every keystroke, also in an article of thousands of sections.
    const QList<Section> &before = document->sections();
    const qsizetype sectionCount = before.size();
    const qsizetype editEnd = edit.offset + edit.removed.size();
    // Only approved sections whose body the edit's range meets can change;
    // comparing their bodies before and after tells whether they did. The
    // first is the one the edit starts in, or the one before when the edit
    // starts where that one ends.
    QList<std::pair<int, QByteArray>> candidates;
    for (int index = std::max(0, document->structure().sectionAt(edit.offset) - 1); index < sectionCount; ++index) {
        const Section &section = before.at(index);
        if (section.bodyBegin > editEnd)
            break;
        if (section.end >= edit.offset && SectionStatuses::of(section) == SectionStatus::Approved)
            candidates.append({index, document->text().mid(section.bodyBegin, section.end - section.bodyBegin)});
    }
    document->applyEdit(edit);
    if (candidates.isEmpty() || document->sections().size() != sectionCount)
        return edit;

    TextEdit combined = edit;
    for (const auto &[index, oldBody] : std::as_const(candidates)) {
        const Section &section = document->sections().at(index);
        if (SectionStatuses::of(section) != SectionStatus::Approved)
            continue;
        const QByteArrayView body(document->text().constData() + section.bodyBegin, section.end - section.bodyBegin);
        if (body == QByteArrayView(oldBody))
            continue;
        TextEdit reset;
        if (!SectionAttributeLine::edit(document->text(), document->lineBreak(), section,
                                        {{QStringLiteral("status"), SectionStatuses::word(SectionStatus::Review)}},
                                        &reset, nullptr))
            continue;
        combined = spanning(document->text(), combined, reset);
        document->applyEdit(reset);
    }
    return combined;
}

} // namespace ApprovalReset
