// bench_check_throughput: the checker's throughput on one core, in-process,
// beside bare MeCab tokenizing the same text.
//
// usage: bench_check_throughput [--runs N] [--per-rule] [--preset NAME]... FILE...
// (without --preset, every rule Kiji has)
//
// Each round times, on the same articles:
//   mecab   MeCab (the same model and dictionary the checker loads)
//           tokenizing the text of every block the checker reads, one
//           lattice per block: the floor of any morphological checker;
//   tokens  Kiji's tokenizer (MeCab, UTF-16 positions, shared features)
//           over the same blocks;
//   check   a new Checker (empty cache) with every rule on, running over
//           the articles: block extraction, sentence splitting, MeCab and
//           all rules;
//   recheck the same Checker again over unchanged articles (all blocks
//           found in its cache), as after an edit elsewhere.
// Prints characters per second (UTF-16 code units of the blocks' text) of
// each, median of N rounds (default 10), and check/mecab as a percentage
// (goal: >= 25%). With --per-rule, also the time of a check with each rule
// alone (block extraction and MeCab included), to see which rule costs what.
// One thread only. A benchmark: it never fails on numbers.

#include "articledocument.h"
#include "blockextraction.h"
#include "checkconfig.h"
#include "checker.h"
#include "cmarktree.h"
#include "morphology.h"
#include "rulecatalog.h"

#include <QCoreApplication>
#include <QFile>

#include <mecab.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    int runs = 10;
    bool perRule = false;
    QStringList presets;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        if (arguments.first() == QLatin1String("--per-rule")) {
            perRule = true;
            arguments.removeFirst();
        } else if (arguments.size() >= 2 && arguments.first() == QLatin1String("--preset")) {
            presets.append(arguments.at(1));
            arguments = arguments.mid(2);
        } else if (arguments.size() >= 2 && arguments.first() == QLatin1String("--runs")) {
            runs = std::max(1, arguments.at(1).toInt());
            arguments = arguments.mid(2);
        } else {
            break;
        }
    }
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_check_throughput [--runs N] FILE...\n");
        return 2;
    }

    std::vector<std::unique_ptr<ArticleDocument>> documents;
    std::vector<QByteArray> blockTexts; // UTF-8, one per block
    std::vector<QString> blockStrings;
    qsizetype characters = 0;
    for (const QString &fileName : arguments) {
        auto document = std::make_unique<ArticleDocument>();
        QString error;
        if (!document->load(fileName, &error)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(fileName), qPrintable(error));
            return 2;
        }
        for (const SourceBlock &block :
             BlockExtraction::extract(document->text(), document->structure(), document->markdownTree())) {
            blockTexts.push_back(block.block->text().toUtf8());
            blockStrings.push_back(block.block->text());
            characters += block.block->text().size();
        }
        documents.push_back(std::move(document));
    }

    CheckConfig config;
    QString error;
    for (const QString &preset : presets) {
        if (!config.addPreset(preset, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    if (presets.isEmpty()) {
        for (const RuleInfo &rule : RuleCatalog::all())
            config.addRule(QString::fromLatin1(rule.id), &error);
    }

    // Rules read their data and compile their expressions once per process;
    // every Checker after the first shares them.
    const auto setupStart = Clock::now();
    Checker(config).isReady();
    const double setup = secondsSince(setupStart);

    std::unique_ptr<MeCab::Model> model(MeCab::createModel(""));
    std::unique_ptr<MeCab::Tagger> tagger(model->createTagger());
    std::unique_ptr<MeCab::Lattice> lattice(model->createLattice());

    std::vector<double> mecabTimes;
    std::vector<double> tokenizeTimes;
    std::vector<double> checkTimes;
    std::vector<double> recheckTimes;
    qsizetype tokens = 0;
    qsizetype findings = 0;
    for (int round = 0; round <= runs; ++round) {
        auto start = Clock::now();
        qsizetype roundTokens = 0;
        for (const QByteArray &text : blockTexts) {
            lattice->set_sentence(text.constData(), size_t(text.size()));
            tagger->parse(lattice.get());
            for (const MeCab::Node *node = lattice->bos_node(); node; node = node->next)
                ++roundTokens;
        }
        const double mecab = secondsSince(start);

        start = Clock::now();
        for (const QString &text : blockStrings)
            Morphology::tokenize(text);
        const double tokenize = secondsSince(start);

        // One Checker per article, as the window keeps one for its article.
        std::vector<std::unique_ptr<Checker>> checkers;
        for (size_t index = 0; index < documents.size(); ++index)
            checkers.push_back(std::make_unique<Checker>(config));
        start = Clock::now();
        qsizetype roundFindings = 0;
        for (size_t index = 0; index < documents.size(); ++index)
            roundFindings += checkers[index]->check(*documents[index]).size();
        const double check = secondsSince(start);

        start = Clock::now();
        for (size_t index = 0; index < documents.size(); ++index)
            checkers[index]->check(*documents[index]);
        const double recheck = secondsSince(start);

        if (round == 0)
            continue; // warm-up: the dictionary's pages, the rules' data
        mecabTimes.push_back(mecab);
        tokenizeTimes.push_back(tokenize);
        checkTimes.push_back(check);
        recheckTimes.push_back(recheck);
        tokens = roundTokens;
        findings = roundFindings;
    }

    const double mecabRate = characters / median(mecabTimes);
    const double checkRate = characters / median(checkTimes);
    const double recheckRate = characters / median(recheckTimes);
    std::printf("%d files, %lld characters in %zu blocks, %lld MeCab nodes, %lld findings, %d rules; median of %d rounds\n",
                int(arguments.size()), static_cast<long long>(characters), blockTexts.size(),
                static_cast<long long>(tokens), static_cast<long long>(findings), int(config.rules().size()), runs);
    std::printf("  rules built once per process in %.1f ms (data read, expressions compiled)\n", setup * 1000);
    std::printf("  mecab    %8.2f ms  %6.2f M chars/s\n", median(mecabTimes) * 1000, mecabRate / 1e6);
    std::printf("  tokens   %8.2f ms  %6.2f M chars/s  (Kiji's tokens: MeCab and positions, features)\n",
                median(tokenizeTimes) * 1000, characters / median(tokenizeTimes) / 1e6);
    std::printf("  check    %8.2f ms  %6.2f M chars/s  = %5.1f%% of MeCab's rate (goal >= 25%%)\n",
                median(checkTimes) * 1000, checkRate / 1e6, 100 * checkRate / mecabRate);
    std::printf("  recheck  %8.2f ms  %6.2f M chars/s  (unchanged blocks, from the cache)\n",
                median(recheckTimes) * 1000, recheckRate / 1e6);
    // One line for bench/run-all.sh.
    std::printf("SUMMARY check-throughput characters=%lld mecab_ms=%.2f check_ms=%.2f recheck_ms=%.2f "
                "check_percent_of_mecab=%.1f rules=%d runs=%d\n",
                static_cast<long long>(characters), median(mecabTimes) * 1000, median(checkTimes) * 1000,
                median(recheckTimes) * 1000, 100 * checkRate / mecabRate, int(config.rules().size()), runs);
    if (perRule) {
        std::printf("each rule alone (extraction and MeCab included), median of %d rounds:\n", runs);
        for (const RuleInfo &rule : RuleCatalog::all()) {
            CheckConfig single;
            single.addRule(QString::fromLatin1(rule.id), &error);
            std::vector<double> times;
            for (int round = 0; round <= runs; ++round) {
                std::vector<std::unique_ptr<Checker>> checkers;
                for (size_t index = 0; index < documents.size(); ++index)
                    checkers.push_back(std::make_unique<Checker>(single));
                const auto start = Clock::now();
                for (size_t index = 0; index < documents.size(); ++index)
                    checkers[index]->check(*documents[index]);
                if (round > 0)
                    times.push_back(secondsSince(start));
            }
            std::printf("  %-36s %8.2f ms\n", rule.id, median(times) * 1000);
        }
    }
    return 0;
}
