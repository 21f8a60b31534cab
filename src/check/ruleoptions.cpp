#include "ruleoptions.h"

int RuleOptions::integer(const char *key, int fallback) const
{
    bool ok = false;
    const int value = m_values.value(QLatin1String(key)).toInt(&ok);
    return ok ? value : fallback;
}

bool RuleOptions::boolean(const char *key, bool fallback) const
{
    const QVariant value = m_values.value(QLatin1String(key));
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().toLower();
        return text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1");
    }
    return value.toBool();
}

QString RuleOptions::string(const char *key, const QString &fallback) const
{
    const QVariant value = m_values.value(QLatin1String(key));
    return value.isValid() ? value.toString() : fallback;
}

QStringList RuleOptions::list(const char *key, const QStringList &fallback) const
{
    const QVariant value = m_values.value(QLatin1String(key));
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::QString)
        return {value.toString()};
    return value.toStringList();
}

RuleOptions RuleOptions::mergedWith(const RuleOptions &other) const
{
    QVariantMap merged = m_values;
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        merged.insert(it.key(), it.value());
    return RuleOptions(merged);
}
