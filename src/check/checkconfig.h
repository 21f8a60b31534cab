#pragma once

#include "finding.h"
#include "ruleoptions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One rule turned on, with its options and how much its findings matter.
struct RuleSetting
{
    QString id;
    RuleOptions options;
    FindingSeverity severity = FindingSeverity::Error;
    // On by default only for articles about medicine (ArticleContext::isMedical).
    bool medicalArticlesOnly = false;
};

// Which rules run and how: presets (resources/rules/presets/NAME.yml),
// single rules, a project's `.kiji/config.yml` and user dictionaries. The
// command line and the window build it the same way.
class CheckConfig
{
public:
    // The presets when neither presets nor rules are named: japanese,
    // editorial, and medical-ad for articles about medicine.
    static QStringList defaultPresets();
    static QStringList presetNames();
    bool addDefaultPresets(QString *errorString);

    // Adds the rules of a preset; a rule already on keeps its place and
    // takes the preset's options.
    bool addPreset(const QString &name, QString *errorString, bool medicalArticlesOnly = false);
    // Turns one rule on with its own defaults.
    bool addRule(const QString &id, QString *errorString);
    void disableRules(const QStringList &ids);

    // `.kiji/config.yml` in `folder` or the nearest parent that has one, or "".
    static QString findProjectFile(const QString &folder);
    // Reads a project configuration: `presets:` (used when `usePresets`,
    // that is when the command line named none), `rules:` (ID: false |
    // true | {options…, severity: error|warning|info}) and
    // `dictionaries:` (prh YAML files, relative to the configuration).
    bool applyProjectFile(const QString &fileName, bool usePresets, QString *errorString);
    // Adds a prh dictionary and turns the `prh` rule on; false when the
    // file cannot be read as one.
    bool addDictionary(const QString &fileName, QString *errorString);

    const QList<RuleSetting> &rules() const { return m_rules; }
    const QStringList &dictionaries() const { return m_dictionaries; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    static bool parseSeverity(const QString &text, FindingSeverity *severity);

    // The date rules take as today (`kiji check --today`, `today:` in a
    // project configuration); invalid: the system date when checking.
    // Rules that read it get it as their option `today`.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

private:
    RuleSetting *find(const QString &id);
    bool applyRules(const QVariantMap &rules, FindingSeverity fallback, const QString &source, QString *errorString,
                    bool medicalArticlesOnly = false);

    void applyToday(RuleSetting &setting) const;

    QList<RuleSetting> m_rules;
    QStringList m_dictionaries;
    QDate m_today;
};
