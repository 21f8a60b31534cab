#include "supervisorreviewwarning.h"

#include "articledocument.h"
#include "supervisorreview.h"

#include <QApplication>
#include <QStyle>

QString SupervisorReviewWarning::text(const ArticleDocument &document, const QDate &today)
{
    const SupervisorReview review = SupervisorReview::of(document.frontMatter(), document.structure(), today);
    switch (review.state) {
    case SupervisorReview::NoSupervisor:
    case SupervisorReview::Current:
        return {};
    case SupervisorReview::Missing:
        return tr("The date of the supervisor's last check is missing.");
    case SupervisorReview::BeforeSectionChange:
        return tr("The supervisor checked the article on %1, before the section \"%2\" changed status (%3): have "
                  "the supervisor check it again.")
            .arg(review.reviewed.toString(Qt::ISODate), document.sections().at(review.section).heading,
                 review.sectionDate.toString(Qt::ISODate));
    case SupervisorReview::TooOld:
        return tr("The supervisor's last check (%1) is %2 days old, more than %3: have the supervisor check the "
                  "article again.")
            .arg(review.reviewed.toString(Qt::ISODate))
            .arg(review.ageDays)
            .arg(SupervisorReview::DefaultMaxAgeDays);
    }
    return {};
}

QIcon SupervisorReviewWarning::icon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}
