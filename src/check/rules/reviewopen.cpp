// review-open: the review is not finished while a CriticMarkup comment
// or suggestion is open. Each suggestion ({++…++}, {--…--}, {~~…~>…~~})
// and each comment thread ({>>…<<} with its replies) is reported at its
// mark, as ReviewMarks::openCount() counts them.
#include "rulefactories.h"

#include "ruletext.h"

namespace {

// `text` on one line and cut to a length a message can hold.
QString excerpt(const QString &text)
{
    constexpr qsizetype maximum = 40;
    QString line = text.simplified();
    if (line.size() > maximum)
        line = line.left(maximum - 1) + u'…';
    return line;
}

QString suggestionMessage(const ReviewMark &mark)
{
    switch (mark.kind) {
    case ReviewMarkKind::Insertion:
        return RuleText::tr("Open suggestion: insert \"%1\".").arg(excerpt(mark.content()));
    case ReviewMarkKind::Deletion:
        return RuleText::tr("Open suggestion: delete \"%1\".").arg(excerpt(mark.content()));
    default:
        return RuleText::tr("Open suggestion: replace \"%1\" with \"%2\".")
            .arg(excerpt(mark.content()), excerpt(mark.newText()));
    }
}

QString commentMessage(const ReviewMark &mark)
{
    QString message;
    const QString text = excerpt(mark.commentText());
    if (mark.author.isEmpty())
        message = RuleText::tr("Open comment: %1").arg(text);
    else if (!mark.date.isValid())
        message = RuleText::tr("Open comment by %1: %2").arg(mark.author, text);
    else
        message = RuleText::tr("Open comment by %1 (%2): %3").arg(mark.author, mark.date.toString(Qt::ISODate), text);
    if (!mark.replies.isEmpty())
        message += u' ' + RuleText::tr("(replies: %1)").arg(mark.replies.size());
    return message;
}

class ReviewOpen : public Rule
{
public:
    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        for (const ReviewMark &mark : article.reviewMarks) {
            QString message;
            if (mark.isSuggestion())
                message = suggestionMessage(mark);
            else if (mark.kind == ReviewMarkKind::Comment && mark.replyTo < 0)
                message = commentMessage(mark);
            else
                continue;
            ArticleRuleFinding found;
            found.block = -1;
            found.finding.message = message;
            found.byteBegin = mark.begin;
            found.byteEnd = mark.end;
            findings.append(found);
        }
    }
};

} // namespace

std::unique_ptr<Rule> createReviewOpen(const RuleOptions &)
{
    return std::make_unique<ReviewOpen>();
}
