// prh: the project's and the user's own dictionaries in prh's YAML form
// (`rulePaths`, set by `dictionaries:` in .kiji/config.yml and by
// `kiji check --dictionary FILE`): each wrong spelling found, with a fix to
// the expected one.
#include "rulefactories.h"

#include "prhdictionary.h"

namespace {

class Prh : public Rule
{
public:
    explicit Prh(const RuleOptions &options)
    {
        QString errorString;
        // CheckConfig::addDictionary() has read each file once already.
        for (const QString &path : options.list("rulePaths"))
            m_dictionary.addFile(path, &errorString);
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        m_dictionary.check(block, findings);
    }

private:
    PrhDictionary m_dictionary;
};

} // namespace

std::unique_ptr<Rule> createPrh(const RuleOptions &options)
{
    return std::make_unique<Prh>(options);
}
