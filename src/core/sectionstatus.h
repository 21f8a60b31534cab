#pragma once

#include <QString>

#include <optional>

struct Section;

// A section's review status, stored as `status=` in its `<!-- kiji: … -->`
// line: draft → review → changes (changes requested) → approved.
enum class SectionStatus { Draft, Review, ChangesRequested, Approved };

namespace SectionStatuses {

// The word written in the file: draft, review, changes, approved.
QString word(SectionStatus status);
// The status as the window names it (translated).
QString displayName(SectionStatus status);
// The status a word names, or nothing for another word.
std::optional<SectionStatus> fromWord(const QString &word);
// The section's status; a missing or unknown word reads as draft, so that
// only an explicit sign-off counts as approved.
SectionStatus of(const Section &section);

} // namespace SectionStatuses
