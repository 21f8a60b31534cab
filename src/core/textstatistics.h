#pragma once

#include <QList>

class ArticleDocument;

// Reading statistics of an article, as `kiji stats` reports them.
struct TextStatistics
{
    qsizetype chars = 0;
    int paragraphs = 0;
    int sentences = 0;
    qsizetype longestSentence = 0;
    double averageSentence = 0;
    int readingMinutes = 0;

    static constexpr int CharsPerMinute = 500;
    static TextStatistics of(const ArticleDocument &document);
};

// Splits text after 。！？!? and at line breaks; returns each sentence's 文字数,
// skipping empty ones.
QList<qsizetype> sentenceLengths(const QByteArray &utf8);
