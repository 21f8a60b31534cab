// The plain-text importer on any bytes. Properties: it either refuses with a
// reason or writes an article that Kiji reads back without errors, and
// every note points at a line of the input.
#include "fuzzinput.h"
#include "importcheck.h"
#include "textimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    requireReadableImport(input, TextImport::fromText(input));
    return 0;
}
