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

} // namespace Morphology
