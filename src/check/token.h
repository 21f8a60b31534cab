#pragma once

#include <QString>

#include <array>

// The fields of TokenFeatures, in order, as TokenFeatures::ids indexes them.
enum class FeatureField { Pos, PosDetail1, PosDetail2, PosDetail3, ConjugatedType, ConjugatedForm, BasicForm, Reading, Pronunciation };

// The dictionary's reading of a morpheme (IPADIC, the dictionary kuromoji
// and so textlint use). Shared by every token of the same dictionary entry.
struct TokenFeatures
{
    QString pos;            // 品詞: 名詞, 助詞, 動詞…
    QString posDetail1;     // 品詞細分類1: 格助詞, 自立…
    QString posDetail2;
    QString posDetail3;
    QString conjugatedType; // 活用型: 一段, 五段・ラ行…
    QString conjugatedForm; // 活用形: 基本形, 未然形…
    QString basicForm;      // 原形 ("*" for unknown words, as kuromoji gives)
    QString reading;        // "*" for unknown words
    QString pronunciation;
    // Each field above, in order, as a number that equal values share
    // (Morphology::featureId): rules matching many patterns compare these.
    std::array<int, 9> ids{};
    int id(FeatureField field) const { return ids[size_t(field)]; }
};

// One morpheme of a block. Positions are UTF-16 indices into the block's text.
struct Token
{
    int begin = 0;
    int end = 0;
    QString surface;
    const TokenFeatures *features = nullptr; // never null in a tokenized block
    bool isUnknown = false;

    const QString &pos() const { return features->pos; }
    const QString &posDetail1() const { return features->posDetail1; }
    const QString &posDetail2() const { return features->posDetail2; }
    const QString &posDetail3() const { return features->posDetail3; }
    const QString &conjugatedType() const { return features->conjugatedType; }
    const QString &conjugatedForm() const { return features->conjugatedForm; }
    // The dictionary form; for unknown words ("*") the surface, as rules
    // comparing base forms expect.
    const QString &basicForm() const { return features->basicForm == QLatin1String("*") ? surface : features->basicForm; }
    const QString &reading() const { return features->reading; }
    const QString &pronunciation() const { return features->pronunciation; }
};
