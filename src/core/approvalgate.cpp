#include "approvalgate.h"

#include "articledocument.h"
#include "sectionstatus.h"

#include <QCoreApplication>

ApprovalGate::ApprovalGate(const ArticleDocument &document, int errorFindings)
    : m_errorFindings(std::max(0, errorFindings))
{
    const QList<Section> &sections = document.sections();
    for (int index = 0; index < sections.size(); ++index) {
        const Section &section = sections.at(index);
        const SectionStatus status = SectionStatuses::of(section);
        if (status == SectionStatus::Approved)
            continue;
        m_unapprovedSections.append(index);
        m_reasons.append(QCoreApplication::translate("ApprovalGate", "Section \"%1\" is not approved (%2)")
                             .arg(section.heading, SectionStatuses::displayName(status)));
    }
    // Any mark left in the text is open: resolving it removes it.
    for (const ReviewMark &mark : document.reviewMarks()) {
        if (mark.isSuggestion())
            ++m_openSuggestions;
        else
            ++m_openComments;
    }
    if (m_openComments > 0)
        m_reasons.append(
            QCoreApplication::translate("ApprovalGate", "%n comment(s) open", nullptr, m_openComments));
    if (m_openSuggestions > 0)
        m_reasons.append(
            QCoreApplication::translate("ApprovalGate", "%n suggestion(s) open", nullptr, m_openSuggestions));
    if (m_errorFindings > 0)
        m_reasons.append(
            QCoreApplication::translate("ApprovalGate", "%n error finding(s) remain", nullptr, m_errorFindings));
}
