#include "applicationicon.h"

// The icons live in a static library: without this call the linker may
// drop them. Q_INIT_RESOURCE cannot stand inside a namespace.
static void initializeIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace ApplicationIcon {

QIcon icon()
{
    initializeIconResources();
    QIcon icon;
    // Pictures drawn for each size: Qt without its SVG module cannot scale
    // the SVG the desktop uses.
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/kiji-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace ApplicationIcon
