#pragma once

#include "token.h"

#include <QList>
#include <QString>

// Japanese morphological analysis with MeCab and the system IPADIC. Each
// thread gets its own tagger over one shared model, so blocks can be
// analysed in parallel.
namespace Morphology {

// Whether the dictionary loaded; when it did not, tokenize() returns
// nothing and errorString() says why.
bool isAvailable();
QString errorString();

// Hands the pages of the dictionary files back to the system: they stay in
// the page cache, and the next tokenize() maps what it reads again. A
// window calls it when a check is done, so that the dictionary (~27 MB of
// a 50 MB file for an article) is not held between checks.
void releaseDictionaryPages();

// The morphemes of `text` in order. White space between morphemes is not a
// token, as in MeCab.
QList<Token> tokenize(const QString &text);

// The same, with each token's surface pointing into `text`'s characters
// instead of a copy: for a text that outlives its tokens and never changes
// (a block's), it saves a string per token.
QList<Token> tokenizeInPlace(const QString &text);

// The number TokenFeatures::ids gives `value`, the same for equal values on
// every thread for the life of the process.
int featureId(const QString &value);
// TokenFeatures::ids from its fields.
void setFeatureIds(TokenFeatures &features);

} // namespace Morphology
