#include "articledocument.h"
#include "clioutput.h"
#include "commands.h"
#include "textstatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int runStats(const QStringList &arguments)
{
    QString file;
    bool json = false;
    if (!parseFileAndJson(arguments, "stats", &file, &json))
        return ExitError;

    ArticleDocument document;
    if (!CliOutput::loadArticle(file, &document))
        return ExitError;
    const TextStatistics statistics = TextStatistics::of(document);
    if (json) {
        QJsonArray sections;
        for (const Section &section : document.sections()) {
            sections.append(QJsonObject{{QStringLiteral("heading"), section.heading},
                                        {QStringLiteral("line"), section.line},
                                        {QStringLiteral("chars"), qint64(section.chars)},
                                        {QStringLiteral("charsTotal"), qint64(section.charsTotal)}});
        }
        const QJsonObject object{{QStringLiteral("chars"), qint64(statistics.chars)},
                                 {QStringLiteral("paragraphs"), statistics.paragraphs},
                                 {QStringLiteral("sentences"), statistics.sentences},
                                 {QStringLiteral("averageSentence"), qRound(statistics.averageSentence * 10) / 10.0},
                                 {QStringLiteral("longestSentence"), qint64(statistics.longestSentence)},
                                 {QStringLiteral("readingMinutes"), statistics.readingMinutes},
                                 {QStringLiteral("sections"), sections}};
        CliOutput::writeStdout(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        QByteArray text;
        for (const Section &section : document.sections()) {
            text += QByteArray(section.level * 2 - 2, ' ') + section.heading.toUtf8() + "\t"
                + QByteArray::number(section.chars) + " / " + QByteArray::number(section.charsTotal) + "\n";
        }
        text += "文字数\t" + QByteArray::number(statistics.chars) + "\n";
        text += "段落\t" + QByteArray::number(statistics.paragraphs) + "\n";
        text += "文\t" + QByteArray::number(statistics.sentences) + "\n";
        text += "平均文長\t" + QByteArray::number(statistics.averageSentence, 'f', 1) + "\n";
        text += "最長文\t" + QByteArray::number(statistics.longestSentence) + "\n";
        text += "読了時間\t" + QByteArray::number(statistics.readingMinutes) + " 分\n";
        CliOutput::writeStdout(text);
    }
    return document.hasErrors() ? ExitError : ExitOk;
}
