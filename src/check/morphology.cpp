#include "morphology.h"

#include <mecab.h>

#include <QHash>

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

const SharedModel &sharedModel()
{
    static const SharedModel shared = [] {
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

namespace {

enum class Surfaces { Copied, InPlace };

QList<Token> tokenize(const QString &text, Surfaces surfaces)
{
    QList<Token> tokens;
    ThreadTagger *local = threadTagger();
    if (!local || text.isEmpty())
        return tokens;
    const QByteArray utf8 = text.toUtf8();
    tokens.reserve(text.size() / 2 + 1);
    // Nodes come in text order: UTF-16 positions are counted along with them.
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.constData());
    qsizetype countedByte = 0;
    int countedUnit = 0;
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
        return tokens;
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
