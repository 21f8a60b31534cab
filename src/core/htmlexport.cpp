#include "htmlexport.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "renderedarticle.h"
#include "reviewhtml.h"
#include "reviewmarks.h"

namespace HtmlExport {

static QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

static const char styleSheet[] = R"css(
body { margin: 0; background: #f6f5f2; color: #222; font-family: "Hiragino Sans", "Noto Sans CJK JP", "IPAGothic", sans-serif; line-height: 1.9; }
article { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; background: #fff; }
h1 { font-size: 1.7em; line-height: 1.4; }
h2 { border-left: 6px solid #2f7d6d; padding: .2em .6em; background: #eef6f3; margin-top: 2.2em; }
h3 { border-bottom: 2px solid #2f7d6d; padding-bottom: .2em; margin-top: 1.8em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .4em .7em; }
th { background: #eef6f3; }
blockquote { border-left: 4px solid #ccc; margin-left: 0; padding-left: 1em; color: #555; }
code { background: #f0f0f0; padding: 0 .2em; }
pre { background: #f0f0f0; padding: 1em; overflow-x: auto; }
.supervisor { border: 1px solid #cfe3dc; background: #f5fbf9; padding: 1em 1.2em; margin: 1.5em 0; font-size: .92em; }
.footnotes { font-size: .9em; color: #444; border-top: 1px solid #ddd; margin-top: 3em; }
)css";

QByteArray standalonePage(const ArticleDocument &document)
{
    const FrontMatter &frontMatter = document.frontMatter();
    const CmarkTree &tree = document.markdownTree();

    QString title = frontMatter.title;
    if (title.isEmpty() && !document.sections().isEmpty())
        title = document.sections().first().heading;

    QByteArray page = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"Kiji\">\n<title>"
        + escaped(title) + "</title>\n";
    if (!frontMatter.description.isEmpty())
        page += "<meta name=\"description\" content=\"" + escaped(frontMatter.description) + "\">\n";
    page += "<style>" + QByteArray(styleSheet) + "</style>\n</head>\n<body>\n<article>\n";
    page += RenderedArticle::headerHtml(frontMatter);
    // The text as it reads with every suggestion accepted and no comments.
    const qsizetype markdownBegin = document.structure().markdownBegin;
    const QByteArray &text = document.text();
    if (ReviewHtml::mayHoldMarks(text.constData() + markdownBegin, text.size() - markdownBegin)
        && !document.reviewMarks().isEmpty()) {
        const QByteArray accepted = ReviewMarks::resolved(text, document.reviewMarks(), ReviewDecision::Accept);
        page += CmarkTree(accepted.mid(markdownBegin)).renderHtml();
    } else {
        page += tree.renderHtml();
    }
    page += "</article>\n</body>\n</html>\n";
    return page;
}

} // namespace HtmlExport
