#include "resolvereviewmarks.h"

#include "articledocument.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

ResolveReviewMarks::ResolveReviewMarks(ArticleDocument *document, const QList<ReviewMark> &marks,
                                       ReviewDecision decision)
    : TextEditCommand(document, decision == ReviewDecision::Accept
                                    ? QCoreApplication::translate("ResolveReviewMarks", "Accept Review Marks")
                                    : QCoreApplication::translate("ResolveReviewMarks", "Reject Review Marks"))
{
    if (marks.isEmpty()) {
        setError(QCoreApplication::translate("ResolveReviewMarks", "there is no review mark to resolve"));
        return;
    }
    const ReviewMarks parsed = document->parsedReviewMarks();
    QHash<qsizetype, int> byBegin;
    for (int i = 0; i < parsed.marks().size(); ++i)
        byBegin.insert(parsed.marks().at(i).begin, i);

    QList<int> chosen;
    for (const ReviewMark &mark : marks) {
        const int index = byBegin.value(mark.begin, -1);
        const ReviewMark *current = index >= 0 ? &parsed.marks().at(index) : nullptr;
        if (!current || current->kind != mark.kind || current->end != mark.end || current->source != mark.source) {
            setError(QCoreApplication::translate("ResolveReviewMarks",
                                                 "the article changed since the review marks were read; "
                                                 "nothing was changed"));
            return;
        }
        chosen += parsed.unitOf(index);
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());

    const QByteArray &text = document->text();
    // A resolution may join or split lines and so change headings: the
    // reviewer chose exactly this text.
    setEdit(TextEdit::between(text, ReviewMarks::resolved(text, parsed.marksAt(chosen), decision)));
}
