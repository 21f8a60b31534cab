#pragma once

#include <QList>

#include <algorithm>

// A half-open range of UTF-16 indices into a block's text.
struct TextRange
{
    int begin = 0;
    int end = 0;

    int length() const { return end - begin; }
    bool contains(int index) const { return begin <= index && index < end; }
    bool overlaps(const TextRange &other) const { return begin < other.end && other.begin < end; }
    bool operator==(const TextRange &) const = default;
};

// `ranges` sorted, with overlapping or touching ones joined: a list one
// cursor can walk along a block's text.
inline QList<TextRange> mergedRanges(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.begin <= merged.last().end)
            merged.last().end = std::max(merged.last().end, range.end);
        else
            merged.append(range);
    }
    return merged;
}
