// supervisor-review-stale: the supervisor's check (`supervisor.reviewed` in
// the front matter) does not cover the article as it is: the date is
// missing, older than the newest `date=` of a section's
// `<!-- kiji: … -->` line (a section changed status after the check), or
// more than `maxAgeDays` (default 365) before today. Only articles with a
// supervisor block are read. "Today" is the option `today` (YYYY-MM-DD),
// which CheckConfig sets from `kiji check --today` or `today:` in
// .kiji/config.yml, and otherwise the system date.
#include "rulefactories.h"

#include "ruletext.h"
#include "supervisorreview.h"

#include <QDate>

namespace {

struct ByteRange
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isValid() const { return begin >= 0; }
};

// The `supervisor:` line of the front matter and the `reviewed:` line
// nested under it, without their line breaks.
struct SupervisorLines
{
    ByteRange supervisor;
    ByteRange reviewed;
};

SupervisorLines findSupervisorLines(const QByteArray &text, const FrontMatter &frontMatter)
{
    SupervisorLines lines;
    const qsizetype contentEnd = std::min(frontMatter.contentEnd, text.size());
    qsizetype lineBegin = std::max<qsizetype>(frontMatter.contentBegin, 0);
    bool inSupervisor = false;
    while (lineBegin < contentEnd) {
        qsizetype lineEnd = text.indexOf('\n', lineBegin);
        if (lineEnd < 0 || lineEnd > contentEnd)
            lineEnd = contentEnd;
        qsizetype contentStop = lineEnd;
        if (contentStop > lineBegin && text.at(contentStop - 1) == '\r')
            --contentStop;
        const QByteArrayView line(text.constData() + lineBegin, contentStop - lineBegin);
        const bool indented = line.startsWith(' ') || line.startsWith('\t');
        const QByteArrayView trimmed = line.trimmed();
        if (!indented && !trimmed.isEmpty() && !trimmed.startsWith('#')) {
            inSupervisor = line.startsWith("supervisor:");
            if (inSupervisor)
                lines.supervisor = {lineBegin, contentStop};
        } else if (inSupervisor && indented && trimmed.startsWith("reviewed:") && !lines.reviewed.isValid()) {
            qsizetype indent = 0;
            while (line.at(indent) == ' ' || line.at(indent) == '\t')
                ++indent;
            lines.reviewed = {lineBegin + indent, contentStop};
        }
        lineBegin = lineEnd + 1;
    }
    return lines;
}

class SupervisorReviewStale : public Rule
{
public:
    explicit SupervisorReviewStale(const RuleOptions &options)
        : m_maxAgeDays(options.integer("maxAgeDays", SupervisorReview::DefaultMaxAgeDays))
        , m_today(QDate::fromString(options.string("today"), Qt::ISODate))
    {
    }

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const SupervisorReview review =
            SupervisorReview::of(article.frontMatter, article.structure, today, m_maxAgeDays);
        const SupervisorLines lines = findSupervisorLines(article.text, article.frontMatter);

        QString message;
        switch (review.state) {
        case SupervisorReview::NoSupervisor:
        case SupervisorReview::Current:
            return;
        case SupervisorReview::Missing:
            message = lines.reviewed.isValid()
                ? RuleText::tr("The supervisor's check date (supervisor.reviewed) is not a date: write it as YYYY-MM-DD.")
                : RuleText::tr("The supervisor's check date (supervisor.reviewed) is missing: add the date of the "
                               "supervisor's last check.");
            break;
        case SupervisorReview::BeforeSectionChange: {
            const Section &section = article.structure.sections.at(review.section);
            message = RuleText::tr("The supervisor checked the article on %1, before the section \"%2\" changed (%3, "
                                   "line %4): have the supervisor check it again.")
                          .arg(review.reviewed.toString(Qt::ISODate), section.heading,
                               review.sectionDate.toString(Qt::ISODate))
                          .arg(article.lineForMessage(section.line));
            break;
        }
        case SupervisorReview::TooOld:
            message = RuleText::tr("The supervisor's last check (%1) is %2 days old, more than %3: have the "
                                   "supervisor check the article again.")
                          .arg(review.reviewed.toString(Qt::ISODate))
                          .arg(review.ageDays)
                          .arg(m_maxAgeDays);
            break;
        }
        if (message.isEmpty())
            return;

        ArticleRuleFinding found;
        found.block = -1;
        found.finding.message = message;
        const ByteRange where = lines.reviewed.isValid() ? lines.reviewed : lines.supervisor;
        // A supervisor written in flow style or by an alias has no line of
        // its own: the front matter's first line stands for it.
        found.byteBegin = where.isValid() ? where.begin : 0;
        found.byteEnd = where.isValid() ? where.end : 0;
        findings.append(found);
    }

private:
    int m_maxAgeDays;
    QDate m_today;
};

} // namespace

std::unique_ptr<Rule> createSupervisorReviewStale(const RuleOptions &options)
{
    return std::make_unique<SupervisorReviewStale>(options);
}
