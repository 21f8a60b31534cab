#pragma once

#include <QString>

// The name a reviewer signs with: the "review/name" setting (Preferences),
// else the system user's name.
namespace ReviewerName {

QString current();

} // namespace ReviewerName
