#include "checkconfig.h"

#include "prhdictionary.h"
#include "rulecatalog.h"
#include "yamlvariant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CheckConfig", text);
}

// Rules whose findings depend on the date of today.
bool readsToday(const QString &id)
{
    return id == QLatin1String("supervisor-review-stale");
}

} // namespace

QStringList CheckConfig::defaultPresets()
{
    QStringList presets{QStringLiteral("japanese")};
    const QStringList known = presetNames();
    for (const QString &name : {QStringLiteral("editorial"), QStringLiteral("medical-ad")}) {
        if (known.contains(name))
            presets.append(name);
    }
    return presets;
}

bool CheckConfig::addDefaultPresets(QString *errorString)
{
    for (const QString &preset : defaultPresets()) {
        if (!addPreset(preset, errorString, preset == QLatin1String("medical-ad")))
            return false;
    }
    return true;
}

QStringList CheckConfig::presetNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/rules/presets")).entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

bool CheckConfig::parseSeverity(const QString &text, FindingSeverity *severity)
{
    if (text == QLatin1String("error"))
        *severity = FindingSeverity::Error;
    else if (text == QLatin1String("warning"))
        *severity = FindingSeverity::Warning;
    else if (text == QLatin1String("info"))
        *severity = FindingSeverity::Info;
    else
        return false;
    return true;
}

RuleSetting *CheckConfig::find(const QString &id)
{
    for (RuleSetting &setting : m_rules) {
        if (setting.id == id)
            return &setting;
    }
    return nullptr;
}

bool CheckConfig::applyRules(const QVariantMap &rules, FindingSeverity fallback, const QString &source,
                             QString *errorString, bool medicalArticlesOnly)
{
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!RuleCatalog::find(it.key())) {
            *errorString = tr("%1: unknown rule \"%2\"").arg(source, it.key());
            return false;
        }
        const QVariant &value = it.value();
        if (value.typeId() == QMetaType::Bool && !value.toBool()) {
            disableRules({it.key()});
            continue;
        }
        QVariantMap options = value.toMap();
        FindingSeverity severity = fallback;
        if (options.contains(QStringLiteral("severity"))) {
            const QString name = options.take(QStringLiteral("severity")).toString();
            if (!parseSeverity(name, &severity)) {
                *errorString = tr("%1: rule \"%2\": severity must be error, warning or info, not \"%3\"")
                                   .arg(source, it.key(), name);
                return false;
            }
        }
        if (RuleSetting *existing = find(it.key())) {
            existing->options = existing->options.mergedWith(RuleOptions(options));
            if (value.typeId() == QMetaType::QVariantMap && value.toMap().contains(QStringLiteral("severity")))
                existing->severity = severity;
        } else {
            m_rules.append({it.key(), RuleOptions(options), severity, medicalArticlesOnly});
            applyToday(m_rules.last());
        }
    }
    return true;
}

bool CheckConfig::addPreset(const QString &name, QString *errorString, bool medicalArticlesOnly)
{
    const QString fileName = QStringLiteral(":/rules/presets/%1.yml").arg(name);
    if (!QFileInfo::exists(fileName)) {
        *errorString = tr("unknown preset \"%1\" (presets: %2)").arg(name, presetNames().join(QStringLiteral(", ")));
        return false;
    }
    QVariant preset;
    if (!YamlVariant::readFile(fileName, &preset, errorString))
        return false;
    const QVariantMap map = preset.toMap();
    FindingSeverity severity = FindingSeverity::Error;
    parseSeverity(map.value(QStringLiteral("severity")).toString(), &severity);
    return applyRules(map.value(QStringLiteral("rules")).toMap(), severity, name, errorString, medicalArticlesOnly);
}

bool CheckConfig::addRule(const QString &id, QString *errorString)
{
    if (!RuleCatalog::find(id)) {
        *errorString = tr("unknown rule \"%1\"").arg(id);
        return false;
    }
    if (!find(id)) {
        m_rules.append({id, RuleOptions(), FindingSeverity::Error});
        applyToday(m_rules.last());
    }
    return true;
}

void CheckConfig::disableRules(const QStringList &ids)
{
    m_rules.removeIf([&ids](const RuleSetting &setting) { return ids.contains(setting.id); });
}

QString CheckConfig::findProjectFile(const QString &folder)
{
    QDir dir(folder);
    while (true) {
        const QString candidate = dir.filePath(QStringLiteral(".kiji/config.yml"));
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            return QString();
    }
}

bool CheckConfig::applyProjectFile(const QString &fileName, bool usePresets, QString *errorString)
{
    QVariant config;
    if (!YamlVariant::readFile(fileName, &config, errorString))
        return false;
    if (config.isNull())
        return true;
    if (config.typeId() != QMetaType::QVariantMap) {
        *errorString = tr("%1: a configuration is a mapping of presets, rules and dictionaries").arg(fileName);
        return false;
    }
    const QVariantMap map = config.toMap();
    if (usePresets && map.contains(QStringLiteral("presets"))) {
        m_rules.clear();
        for (const QString &preset : map.value(QStringLiteral("presets")).toStringList()) {
            if (!addPreset(preset, errorString, preset == QLatin1String("medical-ad"))) {
                *errorString = QStringLiteral("%1: %2").arg(fileName, *errorString);
                return false;
            }
        }
    }
    if (!applyRules(map.value(QStringLiteral("rules")).toMap(), FindingSeverity::Error, fileName, errorString))
        return false;
    if (map.contains(QStringLiteral("today"))) {
        const QString text = map.value(QStringLiteral("today")).toString();
        const QDate today = QDate::fromString(text, Qt::ISODate);
        if (!today.isValid()) {
            *errorString = tr("%1: today must be a date YYYY-MM-DD, not \"%2\"").arg(fileName, text);
            return false;
        }
        setToday(today);
    }
    const QDir base = QFileInfo(fileName).dir();
    // `.kiji/config.yml` names dictionaries relative to the project folder.
    const QDir project = base.dirName() == QLatin1String(".kiji") ? QFileInfo(base.path()).dir() : base;
    for (const QString &dictionary : map.value(QStringLiteral("dictionaries")).toStringList()) {
        if (!addDictionary(QDir::cleanPath(project.absoluteFilePath(dictionary)), errorString))
            return false;
    }
    return true;
}

bool CheckConfig::addDictionary(const QString &fileName, QString *errorString)
{
    PrhDictionary dictionary;
    if (!dictionary.addFile(fileName, errorString))
        return false;
    m_dictionaries.append(fileName);
    const QVariantMap options{{QStringLiteral("rulePaths"), m_dictionaries}};
    if (RuleSetting *prh = find(QStringLiteral("prh")))
        prh->options = RuleOptions(options);
    else
        m_rules.append({QStringLiteral("prh"), RuleOptions(options), FindingSeverity::Error});
    return true;
}

void CheckConfig::setToday(const QDate &today)
{
    m_today = today;
    for (RuleSetting &setting : m_rules)
        applyToday(setting);
}

void CheckConfig::applyToday(RuleSetting &setting) const
{
    if (!m_today.isValid() || !readsToday(setting.id))
        return;
    setting.options = setting.options.mergedWith(
        RuleOptions(QVariantMap{{QStringLiteral("today"), m_today.toString(Qt::ISODate)}}));
}
