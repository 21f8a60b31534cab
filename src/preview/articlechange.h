#pragma once

#include "renderedarticle.h"

#include <QByteArray>
#include <QList>

#include <optional>

// What the preview page lacks of an article: the argument of the template's
// `kiji.update()` (see preview.js), written as JSON straight from the
// rendered UTF-8, and what kind of change it is.
struct ArticleChange
{
    QByteArray json;
    bool reset = false;    // the page starts over from an empty article
    bool spliced = false;  // sections were inserted or removed
    QList<int> replaced;   // parts replaced in place (-1: the lead), when neither

    // Only what differs between what the page shows and `next`. Sections
    // keep their DOM nodes unless they changed; an insertion or removal
    // replaces only the range between the unchanged beginning and end, in
    // the same call. Without `shown` the page starts over, and reports the
    // first frame drawn after it (ArticlePreview::drawn()).
    static ArticleChange between(const std::optional<RenderedArticle> &shown, const RenderedArticle &next,
                                 int revision);
};

// True when the two renderings show the same, comparing shared fragments
// without reading them.
bool sameArticle(const RenderedArticle &a, const RenderedArticle &b);

// Appends `utf8` to `json` as a JSON string that is also a JavaScript
// string literal (U+2028 and U+2029 escaped).
void appendJsonString(QByteArray *json, QByteArrayView utf8);
