#pragma once

#include "sectionstatus.h"

#include <QColor>
#include <QPixmap>

struct Section;

// How the window shows a section's review status: an icon drawn in the
// status's colour (hollow for draft, a mark inside for the others) and a
// line naming the status, who set it and when.
namespace SectionStatusIcon {

QColor color(SectionStatus status);
QPixmap icon(SectionStatus status);
// "Approved · 田中 · 2026-11-20" (who and when only when the line says).
QString description(const Section &section);

} // namespace SectionStatusIcon
