#pragma once

#include <QLocale>
#include <QString>

// The language of the window's text: the system's, or the one chosen in
// Preferences (taking effect at the next start), or the one `--lang` asks
// for. Japanese reads Kiji's and Qt's own Japanese translations; any other
// language reads English.
namespace InterfaceLanguage {

// "ja", "en", or "" for the system's language.
QString chosen();
void setChosen(const QString &language);

// The locale to start with: `commandLine` (`--lang`) when given, else the
// choice in Preferences, else the system's.
QLocale startLocale(const QString &commandLine = {});

// Installs the translations of `locale` for the whole application, Kiji's
// read from `directory` (the executables carry them under ":/i18n"); false
// when Kiji's own could not be loaded.
bool install(const QLocale &locale, const QString &directory = QStringLiteral(":/i18n"));

} // namespace InterfaceLanguage
