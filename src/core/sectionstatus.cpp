#include "sectionstatus.h"

#include "articlestructure.h"

#include <QCoreApplication>

namespace SectionStatuses {

QString word(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Draft:
        return QStringLiteral("draft");
    case SectionStatus::Review:
        return QStringLiteral("review");
    case SectionStatus::ChangesRequested:
        return QStringLiteral("changes");
    case SectionStatus::Approved:
        return QStringLiteral("approved");
    }
    return QStringLiteral("draft");
}

QString displayName(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Draft:
        return QCoreApplication::translate("SectionStatus", "Draft");
    case SectionStatus::Review:
        return QCoreApplication::translate("SectionStatus", "In review");
    case SectionStatus::ChangesRequested:
        return QCoreApplication::translate("SectionStatus", "Changes requested");
    case SectionStatus::Approved:
        return QCoreApplication::translate("SectionStatus", "Approved");
    }
    return QCoreApplication::translate("SectionStatus", "Draft");
}

std::optional<SectionStatus> fromWord(const QString &word)
{
    for (const SectionStatus status : {SectionStatus::Draft, SectionStatus::Review, SectionStatus::ChangesRequested,
                                       SectionStatus::Approved}) {
        if (word == SectionStatuses::word(status))
            return status;
    }
    return std::nullopt;
}

SectionStatus of(const Section &section)
{
    return fromWord(section.attributes.value(QStringLiteral("status"))).value_or(SectionStatus::Draft);
}

} // namespace SectionStatuses
