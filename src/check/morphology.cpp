#include "morphology.h"

#include <mecab.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <sys/mman.h>

#include <algorithm>
#include <atomic>

#include <memory>
#include <mutex>
#include <unordered_map>

namespace Morphology {

namespace {

struct SharedModel
{
    std::unique_ptr<MeCab::Model> model;
    QString error;
};

std::atomic_bool modelCreated{false};

const SharedModel &sharedModel()
{
    static const SharedModel shared = [] {
        modelCreated = true;
        SharedModel result;
        // An empty argument reads /etc/mecabrc, which names the system
        // dictionary; Debian's mecab-ipadic-utf8 installs it.
        result.model.reset(MeCab::createModel(""));
        if (!result.model)
            result.error = QString::fromUtf8(MeCab::getLastError());
        return result;
    }();
    return shared;
}

struct ThreadTagger
{
    std::unique_ptr<MeCab::Tagger> tagger;
    std::unique_ptr<MeCab::Lattice> lattice;
};

ThreadTagger *threadTagger()
{
    thread_local ThreadTagger local;
    if (!local.tagger) {
        const SharedModel &shared = sharedModel();
        if (!shared.model)
            return nullptr;
        local.tagger.reset(shared.model->createTagger());
        local.lattice.reset(shared.model->createLattice());
    }
    return local.tagger ? &local : nullptr;
}

// Splits a CSV feature string of IPADIC (no field holds a comma).
std::unique_ptr<TokenFeatures> readFeatures(const char *feature)
{
    auto features = std::make_unique<TokenFeatures>();
    QString *fields[] = {&features->pos, &features->posDetail1, &features->posDetail2, &features->posDetail3,
                         &features->conjugatedType, &features->conjugatedForm, &features->basicForm,
                         &features->reading, &features->pronunciation};
    int field = 0;
    const char *start = feature;
    for (const char *p = feature;; ++p) {
        if (*p == ',' || *p == '\0') {
            if (field < 9)
                *fields[field++] = QString::fromUtf8(start, p - start);
            if (*p == '\0')
                break;
            start = p + 1;
        }
    }
    // Unknown words carry seven fields; kuromoji fills the rest with "*".
    for (; field < 9; ++field)
        *fields[field] = QStringLiteral("*");
    setFeatureIds(*features);
    return features;
}

// Feature strings live in the dictionary, so their address names the entry:
// each is read once and shared by every token (and thread) for the
// program's life.
const TokenFeatures *featuresOf(const char *feature)
{
    thread_local QHash<const char *, const TokenFeatures *> local;
    if (const TokenFeatures *known = local.value(feature))
        return known;
    static std::mutex mutex;
    static std::unordered_map<const char *, std::unique_ptr<const TokenFeatures>> shared;
    const TokenFeatures *features;
    {
        std::lock_guard lock(mutex);
        std::unique_ptr<const TokenFeatures> &entry = shared[feature];
        if (!entry)
            entry = readFeatures(feature);
        features = entry.get();
    }
    local.insert(feature, features);
    return features;
}

} // namespace

int featureId(const QString &value)
{
    static std::mutex mutex;
    static QHash<QString, int> ids;
    std::lock_guard lock(mutex);
    const auto it = ids.constFind(value);
    if (it != ids.constEnd())
        return *it;
    const int id = int(ids.size()) + 1;
    ids.insert(value, id);
    return id;
}

void setFeatureIds(TokenFeatures &features)
{
    const QString *fields[] = {&features.pos, &features.posDetail1, &features.posDetail2,
                               &features.posDetail3, &features.conjugatedType, &features.conjugatedForm,
                               &features.basicForm, &features.reading, &features.pronunciation};
    for (size_t field = 0; field < features.ids.size(); ++field)
        features.ids[field] = featureId(*fields[field]);
}

bool isAvailable()
{
    return sharedModel().model != nullptr;
}

QString errorString()
{
    return sharedModel().error;
}

void releaseDictionaryPages()
{
    if (!modelCreated || !sharedModel().model)
        return;
    // /proc names the files as they are, behind any symbolic link (Debian's
    // dictionary folder is one).
    static const QStringList folders = [] {
        QStringList result;
        for (const MeCab::DictionaryInfo *info = sharedModel().model->dictionary_info(); info; info = info->next)
            result.append(QFileInfo(QFileInfo(QFile::decodeName(info->filename)).canonicalFilePath()).absolutePath()
                          + QLatin1Char('/'));
        return result;
    }();
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return;
    // "start-end perms offset device inode path": MeCab maps its files
    // read-only and shared, so their pages are the file's, never changed,
    // and dropping them loses nothing.
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) != "r--s")
            continue;
        const QString path = QFile::decodeName(fields.at(5));
        if (std::none_of(folders.cbegin(), folders.cend(), [&](const QString &folder) { return path.startsWith(folder); }))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quintptr start = range.value(0).toULongLong(nullptr, 16);
        const quintptr end = range.value(1).toULongLong(nullptr, 16);
        if (start && end > start)
            madvise(reinterpret_cast<void *>(start), end - start, MADV_DONTNEED);
    }
}

namespace {

enum class Surfaces { Copied, InPlace };

// MeCab's lattice grows with the text it is given (a 10 MB line takes 2 GB),
// and its unknown-word grouping takes time quadratic in a run of characters
// of one kind (50 000 `[` take four seconds, a million never end). So a text
// goes to MeCab in pieces: at most MaximumPiece code units, cut after a
// sentence end or white space where one is near, and runs of one kind cut
// every MaximumRun characters. No article sentence comes near either length,
// so ordinary text is analysed whole, as before.
constexpr qsizetype MaximumPiece = 8192;
constexpr qsizetype MaximumRun = 256;

// The kinds MeCab's char.def groups unknown words by, roughly.
enum class CharacterKind { Space, Letter, Digit, Hiragana, Katakana, Kanji, Other };

CharacterKind kindOf(char16_t c)
{
    if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x3000)
        return CharacterKind::Space;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xFF21 && c <= 0xFF3A)
        || (c >= 0xFF41 && c <= 0xFF5A))
        return CharacterKind::Letter;
    if ((c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19))
        return CharacterKind::Digit;
    if (c >= 0x3041 && c <= 0x309F)
        return CharacterKind::Hiragana;
    if ((c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F))
        return CharacterKind::Katakana;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        return CharacterKind::Kanji;
    return CharacterKind::Other;
}

bool endsSentence(char16_t c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'．' || c == u'\n';
}

// Where the pieces of `text` end, the last at text.size().
QList<qsizetype> pieceEnds(const QString &text)
{
    QList<qsizetype> ends;
    const qsizetype size = text.size();
    if (size <= MaximumRun) {
        ends.append(size);
        return ends;
    }
    qsizetype pieceBegin = 0;
    qsizetype runBegin = 0;
    qsizetype lastBreak = -1; // after a sentence end or white space in this piece
    auto canCutAt = [&text](qsizetype at) { return !text.at(at).isLowSurrogate(); };
    for (qsizetype at = 1; at < size; ++at) {
        const char16_t previous = text.at(at - 1).unicode();
        if (endsSentence(previous) || kindOf(previous) == CharacterKind::Space)
            lastBreak = at;
        if (kindOf(text.at(at).unicode()) != kindOf(previous))
            runBegin = at;
        qsizetype cut = -1;
        if (at - runBegin >= MaximumRun && canCutAt(at)) {
            cut = at;
            runBegin = at;
        } else if (at - pieceBegin >= MaximumPiece) {
            cut = lastBreak > pieceBegin + MaximumPiece / 2 ? lastBreak : (canCutAt(at) ? at : at - 1);
        }
        if (cut > pieceBegin) {
            ends.append(cut);
            pieceBegin = cut;
            lastBreak = -1;
        }
    }
    ends.append(size);
    return ends;
}

// The tokens of `text`'s piece [begin, end), at offsets in `text`.
void tokenizePiece(ThreadTagger *local, const QString &text, qsizetype begin, qsizetype end, Surfaces surfaces,
                   QList<Token> &tokens)
{
    const QByteArray utf8 = QStringView(text).mid(begin, end - begin).toUtf8();
    // Nodes come in text order: UTF-16 positions are counted along with them.
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.constData());
    qsizetype countedByte = 0;
    int countedUnit = int(begin);
    auto unitAt = [&](qsizetype byte) {
        for (; countedByte < byte; ++countedByte) {
            const unsigned char c = bytes[countedByte];
            if ((c & 0xc0) != 0x80)
                countedUnit += c >= 0xf0 ? 2 : 1;
        }
        return countedUnit;
    };

    local->lattice->set_sentence(utf8.constData(), size_t(utf8.size()));
    if (!local->tagger->parse(local->lattice.get()))
        return;
    for (const MeCab::Node *node = local->lattice->bos_node(); node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
            continue;
        const qsizetype byteBegin = node->surface - utf8.constData();
        const qsizetype byteEnd = byteBegin + node->length;
        if (byteBegin < 0 || byteEnd > utf8.size())
            continue;
        if (byteBegin < countedByte)
            continue; // MeCab gives nodes in order; anything else is not a token of this text
        Token token;
        token.begin = unitAt(byteBegin);
        token.end = unitAt(byteEnd);
        token.surface = surfaces == Surfaces::InPlace
            ? QString::fromRawData(text.constData() + token.begin, token.end - token.begin)
            : text.mid(token.begin, token.end - token.begin);
        token.isUnknown = node->stat == MECAB_UNK_NODE;
        token.features = featuresOf(node->feature);
        tokens.append(std::move(token));
    }
}

QList<Token> tokenize(const QString &text, Surfaces surfaces)
{
    QList<Token> tokens;
    ThreadTagger *local = threadTagger();
    if (!local || text.isEmpty())
        return tokens;
    tokens.reserve(text.size() / 2 + 1);
    qsizetype begin = 0;
    for (const qsizetype end : pieceEnds(text)) {
        tokenizePiece(local, text, begin, end, surfaces, tokens);
        begin = end;
    }
    // A checker keeps each block's tokens until the block changes: without
    // the room reserved or grown for more (a third of 12 MB for a 1 MB
    // article).
    tokens.squeeze();
    return tokens;
}

} // namespace

QList<Token> tokenize(const QString &text)
{
    return tokenize(text, Surfaces::Copied);
}

QList<Token> tokenizeInPlace(const QString &text)
{
    return tokenize(text, Surfaces::InPlace);
}

} // namespace Morphology
