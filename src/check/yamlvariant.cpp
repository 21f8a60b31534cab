#include "yamlvariant.h"

#include <QCoreApplication>
#include <QFile>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace YamlVariant {

namespace {

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // Plain true/false and integers, as options are compared with them.
        if (node.Tag() != "!") {
            if (text == QLatin1String("true"))
                return true;
            if (text == QLatin1String("false"))
                return false;
            bool isNumber = false;
            const int number = text.toInt(&isNumber);
            if (isNumber)
                return number;
        }
        return text;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node)
            map.insert(QString::fromStdString(entry.first.Scalar()), toVariant(entry.second));
        return map;
    }
    default:
        return {};
    }
}

} // namespace

bool parse(const QByteArray &yaml, const QString &source, QVariant *value, QString *errorString)
{
    try {
        *value = toVariant(YAML::Load(yaml.toStdString()));
        return true;
    } catch (const YAML::Exception &error) {
        if (errorString) {
            *errorString = QCoreApplication::translate("CheckConfig", "%1:%2: malformed YAML: %3")
                               .arg(source)
                               .arg(error.mark.line + 1)
                               .arg(QString::fromStdString(error.msg));
        }
        return false;
    }
}

bool readFile(const QString &fileName, QVariant *value, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = QCoreApplication::translate("CheckConfig", "cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return parse(file.readAll(), fileName, value, errorString);
}

} // namespace YamlVariant
