#include "supervisorreview.h"

#include "articlestructure.h"
#include "frontmatter.h"

SupervisorReview SupervisorReview::of(const FrontMatter &frontMatter, const ArticleStructure &structure,
                                      const QDate &today, int maxAgeDays)
{
    SupervisorReview review;
    if (!frontMatter.supervisor)
        return review;
    review.reviewed = frontMatter.supervisor->reviewed;
    if (!review.reviewed.isValid()) {
        review.state = Missing;
        return review;
    }
    const int newest = newestDatedSection(structure);
    if (newest >= 0 && dateOf(structure.sections.at(newest)) > review.reviewed) {
        review.state = BeforeSectionChange;
        review.section = newest;
        review.sectionDate = dateOf(structure.sections.at(newest));
        return review;
    }
    review.ageDays = review.reviewed.daysTo(today);
    review.state = review.ageDays > maxAgeDays ? TooOld : Current;
    return review;
}

QDate SupervisorReview::dateOf(const Section &section)
{
    return QDate::fromString(section.attributes.value(QStringLiteral("date")), Qt::ISODate);
}

int SupervisorReview::newestDatedSection(const ArticleStructure &structure)
{
    int newest = -1;
    QDate newestDate;
    for (int index = 0; index < structure.sections.size(); ++index) {
        const QDate date = dateOf(structure.sections.at(index));
        if (date.isValid() && (!newestDate.isValid() || date > newestDate)) {
            newest = index;
            newestDate = date;
        }
    }
    return newest;
}
