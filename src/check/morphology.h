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
