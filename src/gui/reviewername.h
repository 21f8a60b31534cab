#pragma once

#include <QString>

// The name a reviewer signs with, kept in the settings under "review/name"
// (Edit → Preferences). The one place that reads and writes that setting.
namespace ReviewerName {

// The setting, else the system user's name.
QString current();
// The setting alone; "" when none is set.
QString stored();
// Stores `name` made usable in CriticMarkup, which ends the author at the
// first space or colon.
void setStored(const QString &name);

} // namespace ReviewerName
