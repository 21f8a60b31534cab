#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

// A rule's options as a configuration gives them (textlint's option names),
// read with the rule's defaults.
class RuleOptions
{
public:
    RuleOptions() = default;
    explicit RuleOptions(QVariantMap values) : m_values(std::move(values)) {}

    int integer(const char *key, int fallback) const;
    bool boolean(const char *key, bool fallback) const;
    QString string(const char *key, const QString &fallback = {}) const;
    QStringList list(const char *key, const QStringList &fallback = {}) const;
    bool contains(const char *key) const { return m_values.contains(QLatin1String(key)); }

    const QVariantMap &values() const { return m_values; }
    // `other`'s values over these.
    RuleOptions mergedWith(const RuleOptions &other) const;

private:
    QVariantMap m_values;
};
