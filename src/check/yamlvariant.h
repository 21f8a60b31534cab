#pragma once

#include <QString>
#include <QVariant>

// Reads YAML (a configuration, rule data) into QVariant maps, lists and
// strings. False with a message naming `source` and the line when the YAML
// is malformed.
namespace YamlVariant {

bool parse(const QByteArray &yaml, const QString &source, QVariant *value, QString *errorString);
bool readFile(const QString &fileName, QVariant *value, QString *errorString);

} // namespace YamlVariant
