#include "reviewername.h"

#include <QSettings>

namespace ReviewerName {

QString current()
{
    const QString name = QSettings().value(QStringLiteral("review/name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return {};
}

} // namespace ReviewerName
