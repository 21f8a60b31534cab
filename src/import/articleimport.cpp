#include "articleimport.h"

#include "articlelimits.h"
#include "htmlimport.h"
#include "textimport.h"

#include <QFileInfo>

namespace ArticleImport {

std::optional<Format> formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return Format::Text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

ImportResult run(const QByteArray &bytes, Format format)
{
    if (std::optional<QString> refusal = ArticleLimits::importRefusal(bytes.size())) {
        ImportResult result;
        result.error = *refusal;
        return result;
    }
    return format == Format::Html ? HtmlImport::fromHtml(bytes) : TextImport::fromText(bytes);
}

} // namespace ArticleImport
