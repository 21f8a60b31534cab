#include "commands.h"

#include "clioutput.h"

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"convert", "convert an article between formats",
         "usage: kiji convert INPUT [-o OUTPUT] [--from FORMAT] [--to FORMAT] [--report]\n"
         "                    [--review-marks accept|reject|show] [--meta-json FILE]\n\n"
         "Formats: markdown (.md, .markdown), text (.txt), html (.html, .htm), wordpress, pdf.\n"
         "They default from the file extensions; \"-\" is standard input or output (Markdown).\n"
         "Without -o the result goes to standard output (PDF needs -o).\n"
         "Markdown to Markdown writes the same bytes when nothing changed.\n"
         "--to html writes one standalone page laid out and styled like the preview: title,\n"
         "supervisor profile, table of contents, the article rendered by cmark-gfm (tables,\n"
         "footnotes, strikethrough, autolinks) with raw HTML and <!-- kiji… --> comments left\n"
         "out, no scripts and nothing loaded from elsewhere. Images in the article's folder are\n"
         "embedded as data: URLs; any other image keeps its alt text, with\n"
         "\"kiji: warning: INPUT:LINE: image not found: …\" (or why it was not embedded).\n"
         "--to wordpress writes the article's body (not the front matter) as WordPress\n"
         "block-editor markup for the code editor: wp:heading, wp:paragraph, wp:list with\n"
         "wp:list-item (nested lists inside items), wp:table, wp:image (an image alone in its\n"
         "paragraph), wp:quote, wp:code, wp:separator; footnotes as a numbered list at the end.\n"
         "--review-marks: CriticMarkup suggestions accepted (the default) or rejected, comments\n"
         "dropped; show (HTML only) shows the marks and comments as the preview does.\n"
         "--meta-json FILE writes {\"title\", \"description\", \"slug\", \"keywords\": []} from the\n"
         "front matter (for an SEO plugin).\n"
         "Text (a pasted article: title line, supervisor block after a 監修 line, bare heading\n"
         "lines, \"- \" lists) is turned into a structured article: title and supervisor in the\n"
         "front matter, H2/H3 headings guessed from the text, editor's notes kept as\n"
         "<!-- kiji-note: … --> comments. --report prints every guess on stderr as\n"
         "\"kiji: note: INPUT:LINE: …\".\n"
         "HTML (an article web page) keeps only the article (no scripts, navigation, sidebars\n"
         "or footers): headings, paragraphs, lists, tables, quotes, images, links, emphasis.\n"
         "--to pdf prints the preview's print rendering (A4, fonts embedded, suggestions\n"
         "accepted) through kiji-gui without showing a window; it reads INPUT by its extension.\n"
         "What the preview does not show is not printed: an article over 10 MB or whose HTML\n"
         "passes 16 MB, with more than 10 000 sections or nested more than 1 000 levels deep. An\n"
         "article over 20 MB is not converted to HTML or WordPress; text and HTML over 10 MB are not\n"
         "imported.\n"
         "\n"
         "Exit status: 0 converted, 2 usage, I/O error or damaged input.\n",
         runConvert},
        {"check", "proofread an article: Japanese, editorial and medical-advertising rules",
         "usage: kiji check FILE|- ... [--preset NAME]... [--rule ID]... [--format FORMAT]\n"
         "                  [--dictionary FILE]... [--today YYYY-MM-DD] [--max-open-comments N]\n\n"
         "Checks Markdown files (a .txt or .html file is imported first and reported at its own\n"
         "lines). Files are checked in parallel; \"-\" reads standard input.\n"
         "Presets: japanese (the default: textlint's Japanese rules tuned for web articles) and\n"
         "ja-technical-writing (textlint-rule-preset-ja-technical-writing 12.0.2). --preset may be\n"
         "repeated. --rule ID (repeatable) runs only the named rules with their own defaults and\n"
         "overrides --preset. Without either, .kiji/config.yml in the file's folder or a parent\n"
         "chooses presets and rule options:\n"
         "  presets: [japanese]\n"
         "  rules: {max-ten: {max: 4}, ja-no-weak-phrase: false, sentence-length: {severity: info}}\n"
         "  dictionaries: [terms.yml]\n"
         "--dictionary FILE adds a prh dictionary (rules: - expected: ... patterns: ...).\n"
         "An article turns rules off in its front matter (kiji: {disable: [rule-id]}) and for one\n"
         "line with <!-- kiji-disable-next-line rule-id -->.\n"
         "review-open (info) reports each open CriticMarkup suggestion and comment thread;\n"
         "--max-open-comments N adds one error (rule review-open, line 1) when more than N are open.\n"
         "supervisor-review-stale (warning) reports a supervisor.reviewed date that is missing, older\n"
         "than the newest date= of a section's <!-- kiji: ... --> line, or older than maxAgeDays (365)\n"
         "before today. --today (or today: YYYY-MM-DD in .kiji/config.yml) fixes today's date.\n\n"
         "Formats: stylish (default), json (textlint's --format json: line and column 1-based,\n"
         "index and range 0-based, in UTF-16 code units; severity 2 error, 1 warning, 0 info),\n"
         "sarif (SARIF 2.1.0), junit (one test case per file and rule).\n"
         "Messages are in Japanese under a Japanese locale, otherwise in English.\n"
         "An article over 5 MB or with more than 10 000 sections is not checked (\"kiji: error: FILE:\n"
         "the article is too large to check (…)\", exit status 2).\n\n"
         "Exit status: 0 no error or warning, 1 at least one, 2 usage or I/O error.\n",
         runCheck},
        {"outline", "print the article's structure",
         "usage: kiji outline FILE [--json]\n\n"
         "Prints the sections with their levels, lines and 文字数.\n"
         "--json prints {\"file\", \"title\", \"chars\", \"lead\": {\"chars\"}, \"supervisor\": {\"name\",\n"
         "\"title\", \"credentials\", \"bio\", \"reviewed\"} or null, \"sections\": [{\"level\", \"heading\",\n"
         "\"line\", \"chars\", \"charsTotal\", \"children\": [...]}]}.\n"
         "\"line\" is the heading's 1-based file line; \"chars\" counts a section's heading and own\n"
         "text, \"charsTotal\" adds its subsections.\n\n"
         "Exit status: 0 ok, 2 usage or I/O error, or a damaged file (what could be read is printed).\n",
         runOutline},
        {"stats", "print 文字数, sentences and reading time",
         "usage: kiji stats FILE [--json]\n\n"
         "文字数 per section and in total, paragraphs, sentences (split after 。！？!? and at line\n"
         "ends inside paragraphs), average and longest sentence, reading time in whole minutes\n"
         "at 500 字/分.\n"
         "--json prints {\"chars\", \"paragraphs\", \"sentences\", \"averageSentence\",\n"
         "\"longestSentence\", \"readingMinutes\", \"sections\": [{\"heading\", \"line\", \"chars\",\n"
         "\"charsTotal\"}]}.\n\n"
         "Exit status: 0 ok, 2 usage or I/O error, or a damaged file (what could be read is printed).\n",
         runStats},
        {"diff", "compare two versions of an article section by section",
         "usage: kiji diff OLD NEW [--format text|json|html]\n\n"
         "Compares two versions of an article by sections, not by lines (a .txt or .html file is\n"
         "imported first; its lines are those of the imported Markdown; \"-\" reads standard input).\n"
         "Sections are matched by heading text (for repeated headings: the same text, then the same\n"
         "parent, then the same level, then the nearest position), then by the similarity of their\n"
         "bodies (character bigrams, Dice >= 0.6); a section matched by its body under another\n"
         "heading is \"renamed\". Among the siblings under the same parent, the fewest sections\n"
         "that must move for the rest to keep their order are \"moved\"; a moved section carries its\n"
         "subsections, which are reported only when their own text changed. A section whose parent\n"
         "changed moved, unless only a heading above it was added or removed.\n"
         "A section's own text is its heading line, its <!-- kiji: ... --> line (a status change is\n"
         "a change) and its body without subsections; line breaks (LF/CRLF) and white space at the\n"
         "end of a part are not differences, nor is a level change that follows its parent's.\n"
         "The front matter (its YAML as a whole) and the lead are reported as the sections\n"
         "\"(front matter)\" and \"(lead)\", before the sections, with index 0 and their first line.\n\n"
         "Formats: text (default): one line per change, then the changed lines of the section as\n"
         "[-deleted-]{+inserted+}, by words for Latin text and by characters for Japanese.\n"
         "json: {\"changes\": [{\"section\", \"change\", \"edited\", \"from\", \"to\"}]}, one entry per section\n"
         "that differs: \"section\" is the heading text in NEW (in OLD when removed); \"change\" is\n"
         "\"moved\", \"added\", \"removed\", \"changed\" or \"renamed\" (moved wins over renamed);\n"
         "\"edited\" is true when the section's own text differs (always for \"changed\"); \"from\" is\n"
         "{\"index\": position among its siblings in OLD (0-based), \"line\": heading line in OLD} or\n"
         "null when added, \"to\" the same in NEW or null when removed. Entries are in NEW's order; a\n"
         "removed section follows the section that preceded it in OLD.\n"
         "html: one standalone page (no scripts, nothing loaded) with each change, insertions and\n"
         "deletions marked.\n\n"
         "Exit status: 0 no difference, 1 differences, 2 usage or I/O error or a damaged file.\n",
         runDiff},
        {"report", "write a review report: section status, open comments, findings",
         "usage: kiji report FILE|- [-o OUTPUT] [--today YYYY-MM-DD]\n\n"
         "Writes one standalone HTML page (CSS inline, no scripts, nothing loaded) to OUTPUT\n"
         "(standard output without -o or with -o -): the article's title, status, supervisor and\n"
         "the supervisor's check date; a summary (sections approved out of all, open comments and\n"
         "suggestions, findings by severity); then the front matter and lead, and each section in\n"
         "order, indented by level, with its review status, who set it and when (from its\n"
         "<!-- kiji: status=... by=... date=... --> line), its open comment threads (author, date,\n"
         "text, replies) and suggestions, and the findings of the default check (as kiji check FILE\n"
         "runs it, with .kiji/config.yml) with line, severity, rule and message. Open marks are not\n"
         "repeated as review-open findings. --today is passed to the check as in kiji check.\n"
         "When the checker cannot run, or the article is over its limits (5 MB, 10 000 sections),\n"
         "the page says so and lists no findings.\n\n"
         "Exit status: 0 written, 2 usage or I/O error or a damaged file.\n",
         runReport},
        {"help", "show help for a command", "usage: kiji help [COMMAND]\n", runHelp},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool parseFileAndJson(const QStringList &arguments, const char *command, QString *file, bool *json)
{
    const QString name = QString::fromLatin1(command);
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--json")) {
            *json = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            CliOutput::usage(QStringLiteral("%1: unknown option %2").arg(name, argument));
            return false;
        } else if (file->isEmpty()) {
            *file = argument;
        } else {
            CliOutput::usage(QStringLiteral("%1: more than one file").arg(name));
            return false;
        }
    }
    if (file->isEmpty()) {
        CliOutput::usage(QStringLiteral("%1: no file").arg(name));
        return false;
    }
    return true;
}

int runHelp(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        const Command *command = findCommand(arguments.first());
        if (!command)
            return CliOutput::usage(QStringLiteral("help: no command \"%1\"").arg(arguments.first())), ExitError;
        CliOutput::writeStdout(command->help);
        return ExitOk;
    }
    QByteArray text = "usage: kiji [FILE]              open the window (kiji-gui)\n"
                      "       kiji COMMAND [ARGUMENTS]\n\ncommands:\n";
    for (const Command &command : commands())
        text += "  " + QByteArray(command.name).leftJustified(10) + command.summary + "\n";
    text += "\nExit status: 0 ok, 1 findings or differences, 2 usage or I/O error.\n";
    CliOutput::writeStdout(text);
    return ExitOk;
}
