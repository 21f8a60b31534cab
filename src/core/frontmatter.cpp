#include "frontmatter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {

struct Line
{
    qsizetype begin;
    qsizetype end;  // before the line break
    qsizetype next; // after the line break
};

Line lineAt(const QByteArray &text, qsizetype begin)
{
    qsizetype end = begin;
    while (end < text.size() && text.at(end) != '\n' && text.at(end) != '\r')
        ++end;
    qsizetype next = end;
    if (next < text.size()) {
        if (text.at(next) == '\r' && next + 1 < text.size() && text.at(next + 1) == '\n')
            next += 2;
        else
            next += 1;
    }
    return {begin, end, next};
}

bool isDelimiter(const QByteArray &text, const Line &line, bool allowDots)
{
    QByteArray content = text.mid(line.begin, line.end - line.begin);
    while (!content.isEmpty() && (content.endsWith(' ') || content.endsWith('\t')))
        content.chop(1);
    return content == "---" || (allowDots && content == "...");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FrontMatter", text);
}

QString scalar(const YAML::Node &node, const char *key, int lineOffset, Diagnostics *diagnostics)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return {};
    if (!value.IsScalar()) {
        diagnostics->append({Diagnostic::Severity::Warning, value.Mark().line + 1 + lineOffset,
                             QCoreApplication::translate("FrontMatter", "front matter key \"%1\" should be a single value").arg(QString::fromUtf8(key))});
        return {};
    }
    return QString::fromStdString(value.Scalar());
}

QStringList list(const YAML::Node &node, const char *key, int lineOffset, Diagnostics *diagnostics)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return {};
    if (value.IsScalar())
        return {QString::fromStdString(value.Scalar())};
    QStringList items;
    if (value.IsSequence()) {
        for (const YAML::Node &item : value) {
            if (item.IsScalar()) {
                items.append(QString::fromStdString(item.Scalar()));
                continue;
            }
            diagnostics->append({Diagnostic::Severity::Warning, item.Mark().line + 1 + lineOffset,
                                 QCoreApplication::translate("FrontMatter", "an item of \"%1\" is not a single value").arg(QString::fromUtf8(key))});
        }
        return items;
    }
    diagnostics->append({Diagnostic::Severity::Warning, value.Mark().line + 1 + lineOffset,
                         QCoreApplication::translate("FrontMatter", "front matter key \"%1\" should be a list").arg(QString::fromUtf8(key))});
    return items;
}

// yaml-cpp 0.7 accepts a quoted scalar left open at the end of its input;
// returns the 0-based line of such a scalar in `content`, or -1.
// Aliases make the graph exponential to walk (a "billion laughs" block), so
// the walk visits at most `budget` nodes.
int unclosedQuoteLine(const YAML::Node &node, const QList<QByteArray> &lines, int *budget)
{
    if (--*budget < 0)
        return -1;
    if (node.IsMap() || node.IsSequence()) {
        for (const auto &entry : node) {
            const YAML::Node value = node.IsMap() ? entry.second : YAML::Node(entry);
            if (int line = unclosedQuoteLine(value, lines, budget); line >= 0)
                return line;
        }
        return -1;
    }
    if (!node.IsScalar() || node.Tag() != "!")
        return -1;
    const int line = node.Mark().line;
    const int column = node.Mark().column;
    if (line < 0 || line >= lines.size() || column < 0 || column >= lines.at(line).size())
        return -1;
    const char quote = lines.at(line).at(column);
    if (quote != '"' && quote != '\'')
        return -1;
    int row = line;
    int position = column + 1;
    while (row < lines.size()) {
        const QByteArray &text = lines.at(row);
        for (; position < text.size(); ++position) {
            if (quote == '"' && text.at(position) == '\\') {
                ++position;
            } else if (text.at(position) == quote) {
                if (quote == '\'' && position + 1 < text.size() && text.at(position + 1) == '\'') {
                    ++position;
                    continue;
                }
                return -1;
            }
        }
        ++row;
        position = 0;
    }
    return line;
}

// A block that fails to parse is front matter only if it starts like one.
bool looksLikeYamlMapping(const QByteArray &content)
{
    static const QRegularExpression key(QStringLiteral("^\\s*(#.*)?$|^[\\w\"'-][^:]*:(\\s|$)"));
    const qsizetype end = content.indexOf('\n');
    return key.match(QString::fromUtf8(content.left(end < 0 ? content.size() : end))).hasMatch();
}

} // namespace

FrontMatter FrontMatter::read(const QByteArray &text, Diagnostics *diagnostics)
{
    FrontMatter frontMatter;
    const Line opening = lineAt(text, 0);
    if (opening.next == opening.end || !isDelimiter(text, opening, false))
        return frontMatter;

    Line line = lineAt(text, opening.next);
    int lines = 1;
    while (line.begin < text.size() && !isDelimiter(text, line, true)) {
        line = lineAt(text, line.next);
        ++lines;
    }
    if (line.begin >= text.size())
        return frontMatter; // never closed: a thematic break and Markdown

    const QByteArray content = text.mid(opening.next, line.begin - opening.next);
    YAML::Node root;
    bool parsed = true;
    Diagnostic failure;
    try {
        root = YAML::Load(content.toStdString());
        QList<QByteArray> lines = content.split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        int budget = 10000;
        if (const int line = unclosedQuoteLine(root, lines, &budget); line >= 0) {
            parsed = false;
            failure = {Diagnostic::Severity::Error, line + 2, tr("malformed front matter: a quoted value is not closed")};
        }
    } catch (const YAML::Exception &error) {
        parsed = false;
        failure = {Diagnostic::Severity::Error, error.mark.line + 2,
                   tr("malformed front matter: %1").arg(QString::fromStdString(error.msg))};
    }
    if (parsed && !root.IsMap() && !root.IsNull())
        return frontMatter; // e.g. "---\nFoo\n---": a setext heading, not front matter
    if (!parsed && !looksLikeYamlMapping(content))
        return frontMatter;

    frontMatter.isPresent = true;
    frontMatter.contentBegin = opening.next;
    frontMatter.contentEnd = line.begin;
    frontMatter.end = line.next;
    frontMatter.lineCount = lines + (line.next > line.end ? 1 : 0);
    if (!parsed) {
        if (failure.line < 2)
            failure.line = 2;
        diagnostics->append(failure);
        return frontMatter;
    }
    if (root.IsNull())
        return frontMatter;

    const int offset = 1; // the opening delimiter line
    try {
        frontMatter.title = scalar(root, "title", offset, diagnostics);
        frontMatter.description = scalar(root, "description", offset, diagnostics);
        frontMatter.slug = scalar(root, "slug", offset, diagnostics);
        frontMatter.keywords = list(root, "keywords", offset, diagnostics);
        frontMatter.category = scalar(root, "category", offset, diagnostics);
        frontMatter.status = scalar(root, "status", offset, diagnostics);
        const YAML::Node supervisor = root["supervisor"];
        if (supervisor && supervisor.IsMap()) {
            Supervisor person;
            person.name = scalar(supervisor, "name", offset, diagnostics);
            person.title = scalar(supervisor, "title", offset, diagnostics);
            person.credentials = list(supervisor, "credentials", offset, diagnostics);
            person.bio = scalar(supervisor, "bio", offset, diagnostics);
            const QString reviewed = scalar(supervisor, "reviewed", offset, diagnostics);
            person.reviewed = QDate::fromString(reviewed, Qt::ISODate);
            if (!reviewed.isEmpty() && !person.reviewed.isValid()) {
                diagnostics->append({Diagnostic::Severity::Warning, supervisor["reviewed"].Mark().line + 1 + offset,
                                     tr("supervisor reviewed date \"%1\" is not YYYY-MM-DD").arg(reviewed)});
            }
            frontMatter.supervisor = person;
        } else if (supervisor && !supervisor.IsNull()) {
            diagnostics->append({Diagnostic::Severity::Warning, supervisor.Mark().line + 1 + offset,
                                 tr("front matter key \"supervisor\" should be a mapping")});
        }
        const YAML::Node kiji = root["kiji"];
        if (kiji && kiji.IsMap())
            frontMatter.disabledRules = list(kiji, "disable", offset, diagnostics);
        static const QStringList known = {QStringLiteral("title"), QStringLiteral("description"),
                                          QStringLiteral("slug"), QStringLiteral("keywords"),
                                          QStringLiteral("category"), QStringLiteral("status"),
                                          QStringLiteral("supervisor"), QStringLiteral("kiji")};
        for (const auto &entry : root) {
            const QString key = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
            if (!known.contains(key))
                frontMatter.unknownKeys.append(key);
        }
    } catch (const YAML::Exception &error) {
        diagnostics->append({Diagnostic::Severity::Error, error.mark.line + 1 + offset,
                             tr("malformed front matter: %1").arg(QString::fromStdString(error.msg))});
    }
    return frontMatter;
}
