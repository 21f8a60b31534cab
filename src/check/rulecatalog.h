#pragma once

#include "rule.h"

#include <QList>
#include <QString>

#include <memory>

// Every rule Kiji has, by textlint's rule ID.
struct RuleInfo
{
    const char *id;
    std::unique_ptr<Rule> (*create)(const RuleOptions &options);
    // Reads files named in its options (user dictionaries), which may change
    // between checks: never shared.
    bool readsUserFiles = false;
};

namespace RuleCatalog {

const QList<RuleInfo> &all();
const RuleInfo *find(const QString &id);
// The rule with these options, built once per process and shared by every
// Checker on any thread (rules are immutable once built, so their data,
// read from YAML, and their compiled expressions are made only once).
std::shared_ptr<const Rule> shared(const RuleInfo &info, const RuleOptions &options);

} // namespace RuleCatalog
