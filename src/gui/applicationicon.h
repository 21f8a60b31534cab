#pragma once

#include <QIcon>

// Kiji's icon (resources/icons), as the window and the desktop show it.
namespace ApplicationIcon {

QIcon icon();

} // namespace ApplicationIcon
