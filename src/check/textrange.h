#pragma once

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
