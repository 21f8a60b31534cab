#pragma once

#include <QDate>

struct ArticleStructure;
struct FrontMatter;
struct Section;

// Whether the supervisor's check (`supervisor.reviewed` in the front
// matter) covers the article as it is. It does not when the date is
// missing, older than the newest `date=` of a section's `<!-- kiji: … -->`
// line (a section changed status after the check), or more than
// `maxAgeDays` before today. The checker's supervisor-review-stale and the
// window's Supervisor node both ask this.
struct SupervisorReview
{
    enum State {
        NoSupervisor, // the article has no supervisor block: nothing to check
        Current,
        Missing, // no valid date (absent, or not YYYY-MM-DD)
        BeforeSectionChange,
        TooOld,
    };
    static constexpr int DefaultMaxAgeDays = 365;

    State state = NoSupervisor;
    QDate reviewed;
    // BeforeSectionChange: the section with the newest `date=` (the first
    // of equals) and that date.
    int section = -1;
    QDate sectionDate;
    // TooOld: days from the check to today.
    qint64 ageDays = 0;

    bool isStale() const { return state == Missing || state == BeforeSectionChange || state == TooOld; }

    static SupervisorReview of(const FrontMatter &frontMatter, const ArticleStructure &structure, const QDate &today,
                               int maxAgeDays = DefaultMaxAgeDays);
    // A section's valid `date=`, or a null date.
    static QDate dateOf(const Section &section);
    // The section with the newest valid `date=`, the first of equals; -1
    // when none has one.
    static int newestDatedSection(const ArticleStructure &structure);
};
