#include "addreviewreply.h"

#include "articledocument.h"

#include <QCoreApplication>

AddReviewReply::AddReviewReply(ArticleDocument *document, const ReviewMark &comment, const QString &author,
                               const QDate &date, const QString &text)
    : TextEditCommand(document, QCoreApplication::translate("AddReviewReply", "Reply to Comment"))
{
    const QString reply = text.trimmed();
    if (reply.isEmpty()) {
        setError(QCoreApplication::translate("AddReviewReply", "the reply is empty"));
        return;
    }
    const ReviewMarks before = document->parsedReviewMarks();
    int index = -1;
    for (int i = 0; i < before.marks().size(); ++i) {
        const ReviewMark &mark = before.marks().at(i);
        if (mark.begin == comment.begin && mark.kind == ReviewMarkKind::Comment && comment.kind == mark.kind
            && mark.source == comment.source) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        setError(QCoreApplication::translate("AddReviewReply",
                                             "the article changed since the comment was read; nothing was changed"));
        return;
    }
    const int first = before.marks().at(index).replyTo >= 0 ? before.marks().at(index).replyTo : index;
    const QList<int> &replies = before.marks().at(first).replies;
    const int last = replies.isEmpty() ? first : replies.last();
    const qsizetype at = before.marks().at(last).end;

    const QByteArray &source = document->text();
    const QByteArray markup = document->toSourceText(QString::fromUtf8(ReviewMarks::commentMarkup(author, date, reply)));
    QByteArray newText = source;
    newText.insert(at, markup);

    const ReviewMarks after = ReviewMarks::parse(newText);
    const bool readsBack = after.marks().size() == before.marks().size() + 1
        && after.problems().size() == before.problems().size() && after.marks().at(last + 1).begin == at
        && after.marks().at(last + 1).replyTo == first
        && after.marks().at(last + 1).isCommentBy(author, date, QString::fromUtf8(document->toSourceText(reply)));
    if (!readsBack) {
        setError(QCoreApplication::translate("AddReviewReply",
                                             "the reply would not read as a reply (a blank line, review mark "
                                             "delimiters, or a name holding spaces or colons); nothing was changed"));
        return;
    }
    setEdit({at, QByteArray(), markup});
}
