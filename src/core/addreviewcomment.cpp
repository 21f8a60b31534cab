#include "addreviewcomment.h"

#include "articledocument.h"
#include "reviewmarks.h"

#include <QCoreApplication>

AddReviewComment::AddReviewComment(ArticleDocument *document, qsizetype begin, qsizetype end, const QString &author,
                                   const QDate &date, const QString &text)
    : TextEditCommand(document, QCoreApplication::translate("AddReviewComment", "Add Comment"))
{
    const QByteArray &source = document->text();
    const QString comment = text.trimmed();
    if (comment.isEmpty()) {
        setError(QCoreApplication::translate("AddReviewComment", "the comment is empty"));
        return;
    }
    if (begin < document->structure().markdownBegin || end > source.size() || begin > end) {
        setError(QCoreApplication::translate("AddReviewComment", "the range is outside the article's body"));
        return;
    }
    auto cutsCharacter = [&](qsizetype offset) {
        return offset < source.size() && (uchar(source.at(offset)) & 0xc0) == 0x80;
    };
    if (cutsCharacter(begin) || cutsCharacter(end)) {
        setError(QCoreApplication::translate("AddReviewComment", "the range cuts through a character"));
        return;
    }

    const QByteArray markup = document->toSourceText(QString::fromUtf8(ReviewMarks::commentMarkup(author, date, comment)));
    QByteArray newText = source;
    qsizetype commentBegin = begin;
    if (end > begin) {
        newText.insert(end, "==}" + markup);
        newText.insert(begin, "{==");
        commentBegin = end + 6;
    } else {
        newText.insert(begin, markup);
    }

    // Reading the result back is the one check that covers every place a
    // mark cannot be: code, HTML, a blank line, the middle of another mark.
    const ReviewMarks before = document->parsedReviewMarks();
    const ReviewMarks after = ReviewMarks::parse(newText);
    const qsizetype added = end > begin ? 2 : 1;
    const QString expectedText = QString::fromUtf8(document->toSourceText(comment));
    bool readsBack = after.marks().size() == before.marks().size() + added
        && after.problems().size() == before.problems().size();
    if (readsBack) {
        readsBack = false;
        for (const ReviewMark &mark : after.marks()) {
            if (mark.begin == commentBegin) {
                readsBack = mark.isCommentBy(author, date, expectedText);
                break;
            }
        }
    }
    if (!readsBack) {
        setError(QCoreApplication::translate("AddReviewComment",
                                             "a comment cannot go there (inside code, across a blank line, through "
                                             "a review mark, or with a name holding spaces or colons); nothing was "
                                             "changed"));
        return;
    }
    setEdit(TextEdit::between(source, newText));
}
