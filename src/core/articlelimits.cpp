#include "articlelimits.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

#include <algorithm>

namespace ArticleLimits {

namespace {

// The deepest nesting of blocks and inlines in the tree.
int nestingOf(cmark_node *root)
{
    int depth = 0;
    int deepest = 0;
    cmark_iter *iterator = cmark_iter_new(root);
    for (cmark_event_type event = cmark_iter_next(iterator); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iterator)) {
        cmark_node *node = cmark_iter_get_node(iterator);
        // Leaves (text, code) have an enter event only.
        if (event == CMARK_EVENT_ENTER && cmark_node_first_child(node)) {
            deepest = std::max(deepest, ++depth);
        } else if (event == CMARK_EVENT_EXIT) {
            --depth;
        }
    }
    cmark_iter_free(iterator);
    return deepest;
}

} // namespace

QString sizeText(qsizetype bytes)
{
    constexpr qsizetype megabyte = 1024 * 1024;
    if (bytes >= megabyte) {
        if (bytes % megabyte == 0)
            return QStringLiteral("%1 MB").arg(bytes / megabyte);
        return QStringLiteral("%1 MB").arg(double(bytes) / megabyte, 0, 'f', 1);
    }
    return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

std::optional<QString> checkRefusal(qsizetype bytes, qsizetype sections)
{
    if (bytes > MaximumCheckedBytes) {
        return QCoreApplication::translate(
            "ArticleLimits", "the article is too large to check (%1; the limit is %2)")
            .arg(sizeText(bytes), sizeText(MaximumCheckedBytes));
    }
    if (sections > MaximumCheckedSections) {
        return QCoreApplication::translate(
            "ArticleLimits", "the article has too many sections to check (%1; the limit is %2)")
            .arg(sections)
            .arg(MaximumCheckedSections);
    }
    return std::nullopt;
}

std::optional<QString> exportRefusal(qsizetype bytes)
{
    if (bytes <= MaximumExportedBytes)
        return std::nullopt;
    return QCoreApplication::translate("ArticleLimits", "too large to export (%1; the limit is %2)")
        .arg(sizeText(bytes), sizeText(MaximumExportedBytes));
}

std::optional<QString> importRefusal(qsizetype bytes)
{
    if (bytes <= MaximumImportedBytes)
        return std::nullopt;
    return QCoreApplication::translate("ArticleLimits", "too large to import (%1; the limit is %2)")
        .arg(sizeText(bytes), sizeText(MaximumImportedBytes));
}

std::optional<QString> previewRefusalBySize(qsizetype bytes, qsizetype sections)
{
    if (bytes > MaximumPreviewedBytes) {
        return QCoreApplication::translate(
            "ArticleLimits", "The article is too large to preview (%1; the preview shows articles up to %2).")
            .arg(sizeText(bytes), sizeText(MaximumPreviewedBytes));
    }
    if (sections > MaximumPreviewedSections) {
        return QCoreApplication::translate(
            "ArticleLimits", "The article has too many sections to preview (%1; the preview shows up to %2).")
            .arg(sections)
            .arg(MaximumPreviewedSections);
    }
    return std::nullopt;
}

std::optional<QString> previewRefusalByNesting(cmark_node *root)
{
    const int nesting = nestingOf(root);
    if (nesting <= MaximumPreviewedNesting)
        return std::nullopt;
    return QCoreApplication::translate(
               "ArticleLimits", "The article is nested too deeply to preview (%1 levels; the preview shows up to %2).")
        .arg(nesting)
        .arg(MaximumPreviewedNesting);
}

std::optional<QString> previewHtmlRefusal(qsizetype bytes)
{
    if (bytes <= MaximumPreviewedHtmlBytes)
        return std::nullopt;
    return QCoreApplication::translate(
               "ArticleLimits", "The article is too large to preview (its HTML is %1; the preview shows up to %2).")
        .arg(sizeText(bytes), sizeText(MaximumPreviewedHtmlBytes));
}

std::optional<QString> editRefusal(const QByteArray &text, qsizetype begin, qsizetype end)
{
    if (end - begin > MaximumEditedBytes) {
        return QCoreApplication::translate(
            "ArticleLimits", "This part is too large to edit here (%1; the editor takes parts up to %2). "
                             "Open the file in a plain text editor to change it.")
            .arg(sizeText(end - begin), sizeText(MaximumEditedBytes));
    }
    // Lines end at LF, CRLF or a CR alone.
    qsizetype longest = 0;
    qsizetype lineBegin = begin;
    for (qsizetype at = begin; at < end; ++at) {
        if (text.at(at) == '\n' || text.at(at) == '\r') {
            longest = std::max(longest, at - lineBegin);
            lineBegin = at + 1;
        }
    }
    longest = std::max(longest, end - lineBegin);
    if (longest > MaximumEditedLineBytes) {
        return QCoreApplication::translate(
            "ArticleLimits", "This part has a line too long to edit here (%1; the editor takes lines up to %2). "
                             "Open the file in a plain text editor to change it.")
            .arg(sizeText(longest), sizeText(MaximumEditedLineBytes));
    }
    return std::nullopt;
}

} // namespace ArticleLimits
