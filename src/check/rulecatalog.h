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
};

namespace RuleCatalog {

const QList<RuleInfo> &all();
const RuleInfo *find(const QString &id);

} // namespace RuleCatalog
