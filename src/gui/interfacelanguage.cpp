#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace InterfaceLanguage {

namespace {

const char *const settingsKey = "interface/language";

} // namespace

QString chosen()
{
    const QString language = QSettings().value(QLatin1String(settingsKey)).toString();
    return language == QLatin1String("ja") || language == QLatin1String("en") ? language : QString();
}

void setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QLocale startLocale(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return QLocale(commandLine);
    const QString language = chosen();
    return language.isEmpty() ? QLocale() : QLocale(language);
}

bool install(const QLocale &locale, const QString &directory)
{
    // One set for the life of the application.
    static QTranslator qtTranslator;
    static QTranslator translator;
    QCoreApplication::removeTranslator(&qtTranslator);
    QCoreApplication::removeTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    // Other languages read English, with its plural forms.
    if (translator.load(locale, QStringLiteral("kiji"), QStringLiteral("_"), directory)
        || translator.load(QStringLiteral("kiji_en"), directory)) {
        QCoreApplication::installTranslator(&translator);
        return true;
    }
    return false;
}

} // namespace InterfaceLanguage
