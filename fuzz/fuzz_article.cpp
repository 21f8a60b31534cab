// The Markdown and front matter reader with every named operation at random
// places. Properties: an unchanged document saves its input bytes; after
// each operation the tree equals a fresh read of the new text (the
// one-part re-parse never drifts); a refused operation changes nothing;
// undoing everything restores the input bytes, redoing everything the
// edited ones.
#include "articledocument.h"
#include "fuzzinput.h"
#include "reviewmarks.h"

#include <QDate>

namespace {

bool sameSection(const Section &a, const Section &b)
{
    return a.level == b.level && a.heading == b.heading && a.line == b.line && a.isSetext == b.isSetext
        && a.begin == b.begin && a.headingEnd == b.headingEnd && a.bodyBegin == b.bodyBegin && a.end == b.end
        && a.subtreeEnd == b.subtreeEnd && a.parent == b.parent && a.children == b.children && a.chars == b.chars
        && a.charsTotal == b.charsTotal && a.attributes == b.attributes;
}

bool sameStructure(const ArticleStructure &a, const ArticleStructure &b)
{
    if (a.markdownBegin != b.markdownBegin || a.leadEnd != b.leadEnd || a.leadChars != b.leadChars
        || a.totalChars != b.totalChars || a.topLevel != b.topLevel || a.sections.size() != b.sections.size())
        return false;
    for (qsizetype i = 0; i < a.sections.size(); ++i) {
        if (!sameSection(a.sections.at(i), b.sections.at(i)))
            return false;
    }
    return true;
}

void traceStructure(const char *name, const ArticleStructure &structure)
{
    fuzzTrace("%s: markdown %lld lead end %lld lead chars %lld total %lld sections %lld", name,
              qint64(structure.markdownBegin), qint64(structure.leadEnd), qint64(structure.leadChars),
              qint64(structure.totalChars), qint64(structure.sections.size()));
    for (const Section &section : structure.sections) {
        fuzzTrace("  level %d \"%s\" line %d bytes %lld %lld %lld %lld %lld parent %d chars %lld %lld", section.level,
                  qPrintable(section.heading), section.line, qint64(section.begin), qint64(section.headingEnd),
                  qint64(section.bodyBegin), qint64(section.end), qint64(section.subtreeEnd), section.parent,
                  qint64(section.chars), qint64(section.charsTotal));
    }
}

SectionPlacement placement(FuzzChoices &choices)
{
    const SectionPlacement all[] = {SectionPlacement::Before, SectionPlacement::After, SectionPlacement::LastChild};
    return all[choices.below(3)];
}

// One operation; true when the document accepted it. Each choice is its
// own statement: the order compilers evaluate arguments in differs, and a
// replay must make the same choices as the fuzzer did.
bool operate(ArticleDocument &document, FuzzChoices &choices, const QByteArray &input)
{
    const int sections = int(document.sections().size());
    const int section = choices.below(sections + 1) - (choices.coin() ? 1 : 0);
    const QDate date(2026, 1, 1 + choices.below(28));
    const int operation = choices.below(14);
    fuzzTrace("operation %d on section %d of %d", operation, section, sections);
    switch (operation) {
    case 0:
        return document.setHeadingText(section, choices.text(input));
    case 1:
    {
        const int level = choices.below(8);
        return document.setSectionLevel(section, level,
                                        choices.coin() ? LevelScope::SectionOnly : LevelScope::WithSubsections);
    }
    case 2:
        return document.setSectionBody(section, choices.text(input));
    case 3:
        return document.setLead(choices.text(input));
    case 4:
    {
        const SectionPlacement where = placement(choices);
        const QString heading = choices.text(input);
        return document.insertSection(section, where, heading, choices.text(input));
    }
    case 5:
        return document.removeSection(section);
    case 6:
        return document.duplicateSection(section);
    case 7:
    {
        const int reference = choices.below(sections + 1) - 1;
        const SectionPlacement where = placement(choices);
        return document.moveSection(section, reference, where,
                                    choices.coin() ? LevelPolicy::FitPlacement : LevelPolicy::KeepLevels);
    }
    case 8:
    {
        const QString key = choices.coin() ? QStringLiteral("budget") : QStringLiteral("note");
        return document.setSectionAttribute(section, key, choices.text(input));
    }
    case 9: {
        static const char *const keys[] = {"title", "description", "slug", "keywords", "supervisor.name",
                                           "supervisor.credentials", "custom"};
        const QString key = QString::fromLatin1(keys[choices.below(std::size(keys))]);
        if (choices.coin())
            return document.setFrontMatterField(key, choices.text(input));
        const QString first = choices.text(input);
        return document.setFrontMatterField(key, QStringList{first, choices.text(input)});
    }
    case 10: {
        const QByteArray &text = document.text();
        const int offset = choices.below(text.size() + 1);
        const QByteArray expected = text.mid(offset, choices.below(16));
        return document.replaceText(offset, expected, choices.text(input), QStringLiteral("fix"));
    }
    case 11: {
        const qsizetype size = document.text().size();
        const int begin = choices.below(size + 1);
        const int end = begin + choices.below(size - begin + 1);
        return document.addReviewComment(begin, end, QStringLiteral("校閲"), date, choices.text(input));
    }
    case 12: {
        const QList<ReviewMark> marks = document.reviewMarks();
        if (marks.isEmpty())
            return false;
        const QList<ReviewMark> picked = choices.coin() ? marks : QList<ReviewMark>{marks.at(choices.below(marks.size()))};
        const ReviewDecision decision = choices.coin() ? ReviewDecision::Accept : ReviewDecision::Reject;
        return document.resolveReviewMarks(picked, decision);
    }
    default: {
        const SectionStatus statuses[] = {SectionStatus::Draft, SectionStatus::Review, SectionStatus::ChangesRequested,
                                          SectionStatus::Approved};
        return document.setSectionStatus(section, statuses[choices.below(4)], QStringLiteral("監修"), date);
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ArticleDocument document;
    document.setData(input);
    FUZZ_REQUIRE(document.data() == input);

    FuzzChoices choices(data, size);
    const int operations = 1 + choices.below(6);
    for (int i = 0; i < operations; ++i) {
        const QByteArray before = document.data();
        const int steps = document.undoStack()->count();
        if (!operate(document, choices, input)) {
            FUZZ_REQUIRE(document.data() == before);
            FUZZ_REQUIRE(document.undoStack()->count() == steps);
            continue;
        }
        ArticleDocument fresh;
        fresh.setData(document.data());
        if (!sameStructure(document.structure(), fresh.structure())) {
            fuzzTrace("before: %s", before.toPercentEncoding(" \n#").constData());
            fuzzTrace("after:  %s", document.data().toPercentEncoding(" \n#").constData());
            traceStructure("kept", document.structure());
            traceStructure("fresh", fresh.structure());
            fuzzFailure("the tree after an operation equals a fresh read of the text");
        }
    }
    const QByteArray edited = document.data();
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    FUZZ_REQUIRE(document.data() == input);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    FUZZ_REQUIRE(document.data() == edited);
    return 0;
}
