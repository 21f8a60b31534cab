// leftover-note: editor's notes, placeholders and to-do markers left in
// the text: an instruction such as 「内部リンクを設置」 or 「（ここに画像を挿入）」
// on its own line or in brackets, 「ここに…」 places for content, 「○○」
// 「XX」「（仮）」, 「TODO」「要確認」, and the `<!-- kiji-note: … -->` comments
// that importing a plain text writes for the notes it found (reported at
// the comment). A sentence that only mentions inserting or installing
// something (画像を挿入するには…, インプラントを設置する手術) is no note: an
// instruction must end where its line, sentence or bracket ends. The
// patterns are data: resources/rules/leftover-note.yml. Code is not read.
#include "rulefactories.h"

#include "filteredexpression.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

enum class Kind { Note, Placeholder, Marker };

struct Pattern
{
    Kind kind = Kind::Note;
    FilteredExpression expression;
    bool skipQuoted = false;
};

struct Match
{
    TextRange range;
    Kind kind;
};

QList<Pattern> loadPatterns()
{
    QList<Pattern> patterns;
    QVariant data;
    if (!YamlVariant::readFile(QStringLiteral(":/rules/leftover-note.yml"), &data, nullptr))
        return patterns;
    const QVariantMap map = data.toMap();
    // {object}, {verb}… in the patterns: the lists' alternatives.
    QList<std::pair<QString, QString>> lists;
    for (const char *name : {"object", "verb", "note_verb", "suffix"}) {
        QStringList alternatives;
        for (const QVariant &entry : map.value(QLatin1String(name)).toList())
            alternatives.append(QRegularExpression::escape(entry.toString()));
        // Longer alternatives first, so that 比較表 is not read as 表.
        std::stable_sort(alternatives.begin(), alternatives.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        lists.append({QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}'), alternatives.join(u'|')});
    }
    for (const QVariant &entry : map.value(QStringLiteral("patterns")).toList()) {
        const QVariantMap fields = entry.toMap();
        QString source = fields.value(QStringLiteral("pattern")).toString();
        for (const auto &[placeholder, alternatives] : std::as_const(lists))
            source.replace(placeholder, alternatives);
        Pattern pattern;
        const QString kind = fields.value(QStringLiteral("kind")).toString();
        pattern.kind = kind == QStringLiteral("placeholder") ? Kind::Placeholder : kind == QStringLiteral("marker") ? Kind::Marker : Kind::Note;
        pattern.skipQuoted = fields.value(QStringLiteral("skip_quoted")).toString() == QStringLiteral("true");
        const QRegularExpression expression(source, QRegularExpression::MultilineOption);
        if (!expression.isValid() || source.isEmpty()) {
            qWarning("leftover-note: bad pattern %s: %s", qPrintable(source), qPrintable(expression.errorString()));
            continue;
        }
        pattern.expression = FilteredExpression(expression);
        patterns.append(std::move(pattern));
    }
    return patterns;
}

// Whether the match at `range` is an example in prose: inside 「」 or 『』
// on its line, or followed in its sentence by という, といった or などと.
bool isQuoted(const QString &text, const TextRange &range)
{
    constexpr int Reach = 200;
    int depth = 0;
    for (int index = range.begin - 1; index >= 0 && index >= range.begin - Reach; --index) {
        const QChar c = text.at(index);
        if (c == u'\n' || ((c == u'。') && depth == 0))
            break;
        if (c == u'」' || c == u'』')
            ++depth;
        else if (c == u'「' || c == u'『') {
            if (depth == 0)
                return true;
            --depth;
        }
    }
    const int end = std::min<int>(int(text.size()), range.end + 40);
    const QStringView after = QStringView(text).mid(range.end, end - range.end);
    const qsizetype stop = after.indexOf(u'。');
    const QStringView sentence = stop >= 0 ? after.left(stop) : after;
    return sentence.contains(u"という") || sentence.contains(u"といった") || sentence.contains(u"などと");
}

QString messageFor(Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return RuleText::tr("An editor's note is left in the text: \"%1\". Do what it asks, then delete it.");
    case Kind::Placeholder:
        return RuleText::tr("A placeholder is left in the text: \"%1\". Write the real content in its place.");
    case Kind::Marker:
        return RuleText::tr("An unfinished-work mark is left in the text: \"%1\". Resolve it, then delete the mark.");
    }
    return {};
}

class LeftoverNote : public Rule
{
public:
    LeftoverNote() : m_patterns(loadPatterns()) {}

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        if (text.isEmpty())
            return;
        QList<Match> matches;
        const FilteredExpression::Subject subject(text);
        for (const Pattern &pattern : m_patterns) {
            pattern.expression.forEachMatch(subject, [&](const QRegularExpressionMatch &match) {
                const TextRange range{int(match.capturedStart()), int(match.capturedEnd())};
                if (range.length() <= 0 || block.overlaps(range, CheckBlock::Span::Type::Code))
                    return;
                if (pattern.skipQuoted && isQuoted(text, range))
                    return;
                matches.append({range, pattern.kind});
            });
        }
        if (matches.isEmpty())
            return;
        // One finding for overlapping matches: a note before a placeholder
        // before a mark, the longest of the same kind.
        std::sort(matches.begin(), matches.end(),
                  [](const Match &a, const Match &b) { return a.range.begin < b.range.begin; });
        qsizetype index = 0;
        while (index < matches.size()) {
            Match best = matches.at(index);
            int clusterEnd = best.range.end;
            for (++index; index < matches.size() && matches.at(index).range.begin < clusterEnd; ++index) {
                const Match &other = matches.at(index);
                clusterEnd = std::max(clusterEnd, other.range.end);
                if (int(other.kind) < int(best.kind)
                    || (other.kind == best.kind && other.range.length() > best.range.length()))
                    best = other;
            }
            const QString found = text.mid(best.range.begin, best.range.length()).simplified();
            findings.append({best.range, messageFor(best.kind).arg(found)});
        }
    }

    bool readsArticle() const override { return true; }

    // The importer's `<!-- kiji-note: … -->` comments, each on its own line.
    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        static const QByteArray opening("<!-- kiji-note:");
        static const QByteArray closing("-->");
        const QByteArray &text = article.text;
        qsizetype from = std::max<qsizetype>(0, article.structure.markdownBegin);
        while (from < text.size()) {
            const qsizetype begin = text.indexOf(opening, from);
            if (begin < 0)
                break;
            const qsizetype close = text.indexOf(closing, begin + opening.size());
            const qsizetype end = close < 0 ? text.size() : close + closing.size();
            from = end;
            if (!startsLine(text, begin))
                continue;
            const qsizetype bodyEnd = close < 0 ? text.size() : close;
            const QString note =
                QString::fromUtf8(text.constData() + begin + opening.size(), bodyEnd - begin - opening.size()).simplified();
            if (note.isEmpty())
                continue;
            ArticleRuleFinding finding;
            finding.block = -1;
            finding.byteBegin = begin;
            finding.byteEnd = end;
            finding.finding.message = RuleText::tr("An editor's note is left in the article: \"%1\". Do what it asks, "
                                                   "then delete the comment.")
                                          .arg(note);
            findings.append(finding);
        }
    }

private:
    // Whether only spaces come before `index` on its line.
    static bool startsLine(const QByteArray &text, qsizetype index)
    {
        for (qsizetype before = index - 1; before >= 0; --before) {
            const char c = text.at(before);
            if (c == '\n')
                return true;
            if (c != ' ' && c != '\t')
                return false;
        }
        return true;
    }

    QList<Pattern> m_patterns;
};

} // namespace

std::unique_ptr<Rule> createLeftoverNote(const RuleOptions &)
{
    return std::make_unique<LeftoverNote>();
}
