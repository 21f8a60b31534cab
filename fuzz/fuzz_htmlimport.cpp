// The HTML importer (gumbo) on any bytes. Properties: it either refuses with
// a reason or writes an article that Kiji reads back without errors, and
// every note points at a line of the input.
#include "fuzzinput.h"
#include "htmlimport.h"
#include "importcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    requireReadableImport(input, HtmlImport::fromHtml(input));
    return 0;
}
