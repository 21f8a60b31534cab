// The CriticMarkup parser and resolver on any text. Properties: marks lie
// inside the text, in order, without overlapping, and their source is the
// text there; a text the quick test says holds no mark has none; resolving
// all marks never fails; and suggest mode's markup for the input's two
// halves (split at the first NUL) accepts to the second half and rejects to
// the first, byte for byte.
#include "fuzzinput.h"
#include "reviewmarks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReviewMarks marks = ReviewMarks::parse(input);
    qsizetype previousEnd = 0;
    for (const ReviewMark &mark : marks.marks()) {
        FUZZ_REQUIRE(mark.begin >= previousEnd && mark.begin < mark.end && mark.end <= input.size());
        FUZZ_REQUIRE(mark.contentBegin >= mark.begin && mark.contentEnd <= mark.end
                     && mark.contentBegin <= mark.contentEnd);
        FUZZ_REQUIRE(mark.source == input.mid(mark.begin, mark.end - mark.begin));
        previousEnd = mark.end;
    }
    for (const ReviewProblem &problem : marks.problems())
        FUZZ_REQUIRE(problem.offset >= 0 && problem.offset <= input.size());
    if (!ReviewMarks::mayHoldMarks(input.constData(), input.size()))
        FUZZ_REQUIRE(marks.isEmpty());
    ReviewMarks::resolvedAll(input, ReviewDecision::Accept);
    ReviewMarks::resolvedAll(input, ReviewDecision::Reject);

    const qsizetype half = input.indexOf('\0');
    if (half >= 0) {
        const QByteArray original = input.left(half);
        const QByteArray edited = input.mid(half + 1);
        QByteArray suggestion;
        if (ReviewMarks::suggestionText(original, edited, &suggestion)) {
            FUZZ_REQUIRE(ReviewMarks::resolvedAll(suggestion, ReviewDecision::Accept) == edited);
            FUZZ_REQUIRE(ReviewMarks::resolvedAll(suggestion, ReviewDecision::Reject) == original);
        }
    }
    return 0;
}
