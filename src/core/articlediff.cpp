#include "articlediff.h"

#include "articledocument.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <vector>

namespace {

// Bounds that keep a comparison of two 5 MB articles fast: edit distances
// beyond these come out as one replacement, and pairwise comparisons of
// unmatched sections look only at their neighbours by position.
constexpr int maxLineEdits = 1000;
constexpr int maxTokenEdits = 1000;
constexpr qsizetype maxHunkTokens = 20000;
constexpr int duplicateWindow = 32;
constexpr qsizetype allPairsLimit = 40000;
constexpr int similarityWindow = 32;
constexpr int sketchSize = 128;
constexpr double similarityThreshold = 0.6;

struct Piece
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Edit
{
    DiffSegment::Kind kind;
    qsizetype count;
};

void appendEdit(std::vector<Edit> *edits, DiffSegment::Kind kind, qsizetype count)
{
    if (count <= 0)
        return;
    if (!edits->empty() && edits->back().kind == kind)
        edits->back().count += count;
    else
        edits->push_back({kind, count});
}

// Myers' shortest edit script between a[0, n) and b[0, m) after their
// common prefix and suffix, giving up after `maxEdits` edits (the middle is
// then replaced as a whole). Between two unchanged runs, deletions come
// before insertions.
template <typename Equal>
std::vector<Edit> shortestEdit(qsizetype n, qsizetype m, Equal equal, int maxEdits)
{
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && equal(prefix, prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && equal(n - 1 - suffix, m - 1 - suffix))
        ++suffix;
    const qsizetype a0 = prefix;
    const qsizetype rows = n - prefix - suffix;
    const qsizetype columns = m - prefix - suffix;

    std::vector<Edit> middle;
    bool found = rows == 0 || columns == 0;
    if (found) {
        appendEdit(&middle, DiffSegment::Deleted, rows);
        appendEdit(&middle, DiffSegment::Inserted, columns);
    } else {
        const int limit = int(std::min<qsizetype>(maxEdits, rows + columns));
        // trace[d][k + d]: the furthest x on diagonal k after d edits, -1 if none.
        std::vector<std::vector<qint64>> trace;
        const auto furthest = [&trace](int d, qsizetype k) -> qint64 {
            if (d < 0 || k < -d || k > d)
                return -1;
            return trace[size_t(d)][size_t(k + d)];
        };
        // Where the edit onto diagonal k in round d starts from, and the x it reaches.
        const auto step = [&](int d, qsizetype k, qsizetype *fromK) -> qint64 {
            if (d == 0) {
                *fromK = 0;
                return 0;
            }
            qint64 down = furthest(d - 1, k + 1);
            qint64 right = furthest(d - 1, k - 1);
            if (right >= 0)
                ++right;
            if (right > rows)
                right = -1;
            if (down >= 0 && down - k > columns)
                down = -1;
            if (right < 0 && down < 0)
                return -1;
            if (right > down) {
                *fromK = k - 1;
                return right;
            }
            *fromK = k + 1;
            return down;
        };
        int last = -1;
        for (int d = 0; d <= limit && last < 0; ++d) {
            std::vector<qint64> round(size_t(2 * d + 1), -1);
            for (qsizetype k = -d; k <= d; k += 2) {
                if (k < -columns || k > rows)
                    continue;
                qsizetype fromK = 0;
                qint64 x = step(d, k, &fromK);
                if (x < 0)
                    continue;
                qint64 y = x - k;
                while (x < rows && y < columns && equal(a0 + x, a0 + y)) {
                    ++x;
                    ++y;
                }
                round[size_t(k + d)] = x;
                if (x >= rows && y >= columns)
                    last = d;
            }
            trace.push_back(std::move(round));
        }
        if (last >= 0) {
            found = true;
            std::vector<Edit> reversed;
            qsizetype x = rows;
            qsizetype y = columns;
            for (int d = last; d > 0; --d) {
                const qsizetype k = x - y;
                qsizetype fromK = 0;
                const qint64 start = step(d, k, &fromK);
                reversed.push_back({DiffSegment::Same, x - start});
                reversed.push_back({fromK == k - 1 ? DiffSegment::Deleted : DiffSegment::Inserted, 1});
                x = furthest(d - 1, fromK);
                y = x - fromK;
            }
            reversed.push_back({DiffSegment::Same, x});
            qsizetype deleted = 0;
            qsizetype inserted = 0;
            for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) {
                if (it->kind == DiffSegment::Deleted) {
                    deleted += it->count;
                } else if (it->kind == DiffSegment::Inserted) {
                    inserted += it->count;
                } else if (it->count > 0) {
                    appendEdit(&middle, DiffSegment::Deleted, deleted);
                    appendEdit(&middle, DiffSegment::Inserted, inserted);
                    deleted = inserted = 0;
                    appendEdit(&middle, DiffSegment::Same, it->count);
                }
            }
            appendEdit(&middle, DiffSegment::Deleted, deleted);
            appendEdit(&middle, DiffSegment::Inserted, inserted);
        }
    }
    if (!found) {
        appendEdit(&middle, DiffSegment::Deleted, rows);
        appendEdit(&middle, DiffSegment::Inserted, columns);
    }

    std::vector<Edit> edits;
    appendEdit(&edits, DiffSegment::Same, prefix);
    for (const Edit &edit : middle)
        appendEdit(&edits, edit.kind, edit.count);
    appendEdit(&edits, DiffSegment::Same, suffix);
    return edits;
}

std::vector<Piece> lines(QStringView text)
{
    std::vector<Piece> pieces;
    qsizetype begin = 0;
    while (begin < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), begin);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        pieces.push_back({begin, end});
        begin = end;
    }
    return pieces;
}

bool isWordCharacter(QChar c)
{
    if (c.unicode() < 0x80)
        return c.isLetterOrNumber() || c == QLatin1Char('_');
    if (!c.isLetterOrNumber())
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Latin || script == QChar::Script_Greek || script == QChar::Script_Cyrillic;
}

// Words of Latin text, single characters (a surrogate pair as one) otherwise.
std::vector<Piece> tokens(QStringView text)
{
    std::vector<Piece> pieces;
    qsizetype index = 0;
    while (index < text.size()) {
        qsizetype end = index + 1;
        if (isWordCharacter(text.at(index))) {
            while (end < text.size() && isWordCharacter(text.at(end)))
                ++end;
        } else if (text.at(index).isHighSurrogate() && end < text.size() && text.at(end).isLowSurrogate()) {
            ++end;
        }
        pieces.push_back({index, end});
        index = end;
    }
    return pieces;
}

void appendSegment(QList<DiffSegment> *segments, DiffSegment::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({kind, text.toString()});
}

QStringView slice(QStringView text, const std::vector<Piece> &pieces, qsizetype first, qsizetype count)
{
    if (count <= 0)
        return {};
    const qsizetype begin = pieces[size_t(first)].begin;
    return text.sliced(begin, pieces[size_t(first + count - 1)].end - begin);
}

void appendTokenDifference(QList<DiffSegment> *segments, QStringView oldText, QStringView newText)
{
    const std::vector<Piece> oldTokens = tokens(oldText);
    const std::vector<Piece> newTokens = tokens(newText);
    if (qsizetype(oldTokens.size() + newTokens.size()) > maxHunkTokens) {
        appendSegment(segments, DiffSegment::Deleted, oldText);
        appendSegment(segments, DiffSegment::Inserted, newText);
        return;
    }
    const auto equal = [&](qsizetype a, qsizetype b) {
        const Piece &x = oldTokens[size_t(a)];
        const Piece &y = newTokens[size_t(b)];
        return oldText.sliced(x.begin, x.end - x.begin) == newText.sliced(y.begin, y.end - y.begin);
    };
    const std::vector<Edit> edits =
        shortestEdit(qsizetype(oldTokens.size()), qsizetype(newTokens.size()), equal, maxTokenEdits);
    qsizetype a = 0;
    qsizetype b = 0;
    for (const Edit &edit : edits) {
        if (edit.kind == DiffSegment::Inserted) {
            appendSegment(segments, edit.kind, slice(newText, newTokens, b, edit.count));
            b += edit.count;
        } else {
            appendSegment(segments, edit.kind, slice(oldText, oldTokens, a, edit.count));
            a += edit.count;
            if (edit.kind == DiffSegment::Same)
                b += edit.count;
        }
    }
}

// A part's text as compared: LF line breaks, no white space at the end.
QString normalized(const QByteArray &text, qsizetype begin, qsizetype end, bool trimStart = false)
{
    QString result = QString::fromUtf8(text.constData() + begin, std::max<qsizetype>(0, end - begin));
    if (result.contains(QLatin1Char('\r'))) {
        result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    qsizetype size = result.size();
    while (size > 0 && result.at(size - 1).isSpace())
        --size;
    result.truncate(size);
    if (trimStart) {
        qsizetype first = 0;
        while (first < result.size() && result.at(first).isSpace())
            ++first;
        while (first > 0 && result.at(first - 1) != QLatin1Char('\n'))
            --first;
        result.remove(0, first);
    }
    return result;
}

// The text without an ATX heading's opening `#`s, so that a level change
// that follows from a move is not an edit.
QString withoutHeadingMarks(const QString &text)
{
    qsizetype index = 0;
    while (index < 3 && index < text.size() && text.at(index) == QLatin1Char(' '))
        ++index;
    if (index >= text.size() || text.at(index) != QLatin1Char('#'))
        return text;
    while (index < text.size() && text.at(index) == QLatin1Char('#'))
        ++index;
    while (index < text.size() && (text.at(index) == QLatin1Char(' ') || text.at(index) == QLatin1Char('\t')))
        ++index;
    return text.mid(index);
}

quint32 mixed(quint32 value)
{
    value ^= value >> 16;
    value *= 0x7feb352dU;
    value ^= value >> 15;
    value *= 0x846ca68bU;
    value ^= value >> 16;
    return value;
}

// The smallest hashes of the text's character bigrams (white space left
// out): an estimate of their set that costs the same for any text length.
std::vector<quint32> bigramSketch(QStringView text)
{
    std::vector<quint32> hashes;
    char16_t previous = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (previous)
            hashes.push_back(mixed((quint32(previous) << 16) | c.unicode()));
        previous = c.unicode();
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    if (hashes.size() > size_t(sketchSize))
        hashes.resize(size_t(sketchSize));
    return hashes;
}

// Dice coefficient of the bigram sets, estimated from their sketches.
double similarity(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    if (a.size() < 2 || b.size() < 2)
        return 0;
    size_t i = 0;
    size_t j = 0;
    int taken = 0;
    int shared = 0;
    while (taken < sketchSize && (i < a.size() || j < b.size())) {
        if (j >= b.size() || (i < a.size() && a[i] < b[j])) {
            ++i;
        } else if (i >= a.size() || b[j] < a[i]) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
        ++taken;
    }
    const double jaccard = double(shared) / taken;
    return 2 * jaccard / (1 + jaccard);
}

// One version of the article as the comparison reads it.
struct Version
{
    const ArticleDocument *document = nullptr;
    const QList<Section> *sections = nullptr;
    QList<QString> text;       // own text: heading line, `<!-- kiji -->` line, body
    QList<QString> comparable; // own text without the ATX marks
    QList<QString> body;       // after the heading line
    QList<int> siblingIndex;
    QList<int> match; // the section in the other version, -1 if none

    explicit Version(const ArticleDocument &article)
        : document(&article), sections(&article.sections())
    {
        const QByteArray &bytes = article.text();
        const qsizetype count = sections->size();
        text.reserve(count);
        comparable.reserve(count);
        body.reserve(count);
        siblingIndex.fill(0, count);
        match.fill(-1, count);
        for (const Section &section : *sections) {
            text.append(normalized(bytes, section.begin, section.end));
            comparable.append(withoutHeadingMarks(text.last()));
            body.append(normalized(bytes, section.headingEnd, section.end));
        }
        const QList<int> &top = article.structure().topLevel;
        for (int index = 0; index < top.size(); ++index)
            siblingIndex[top.at(index)] = index;
        for (const Section &section : *sections) {
            for (int index = 0; index < section.children.size(); ++index)
                siblingIndex[section.children.at(index)] = index;
        }
    }

    int size() const { return int(sections->size()); }
    const Section &at(int index) const { return sections->at(index); }
    QString key(int index) const { return sections->at(index).heading.trimmed(); }
    SectionPlace place(int index) const { return {siblingIndex.at(index), sections->at(index).line}; }
};

void matchSections(Version &older, Version &newer)
{
    QHash<QString, QList<int>> oldByKey;
    QHash<QString, QList<int>> newByKey;
    for (int index = 0; index < older.size(); ++index)
        oldByKey[older.key(index)].append(index);
    for (int index = 0; index < newer.size(); ++index)
        newByKey[newer.key(index)].append(index);

    const auto pair = [&](int o, int n) {
        older.match[o] = n;
        newer.match[n] = o;
    };

    // Headings that occur once on each side.
    for (auto it = oldByKey.cbegin(); it != oldByKey.cend(); ++it) {
        const auto found = newByKey.constFind(it.key());
        if (found != newByKey.cend() && it->size() == 1 && found->size() == 1)
            pair(it->first(), found->first());
    }

    // Repeated headings, in document order so that parents are matched
    // first: the same own text, then the same parent, then the same level,
    // then the nearest relative position win.
    QHash<QString, std::set<int>> open;
    QHash<QString, std::set<int>> openSameText; // by heading and own text
    const auto textKey = [](const Version &version, int index) {
        return version.key(index) + QChar(0) + version.comparable.at(index);
    };
    for (int o = 0; o < older.size(); ++o) {
        if (older.match[o] >= 0)
            continue;
        const QString key = older.key(o);
        const auto found = newByKey.constFind(key);
        if (found == newByKey.cend())
            continue;
        auto candidates = open.find(key);
        if (candidates == open.end()) {
            candidates = open.insert(key, std::set<int>(found->cbegin(), found->cend()));
            for (int n : *found)
                openSameText[textKey(newer, n)].insert(n);
        }
        if (candidates->empty())
            continue;
        const auto sameText = openSameText.find(textKey(older, o));
        std::set<int> &pool = sameText != openSameText.end() && !sameText->empty() ? *sameText : *candidates;
        const int expected = int(qint64(o) * newer.size() / std::max(1, older.size()));
        const int oldParent = older.at(o).parent;
        const auto score = [&](int n) {
            const int newParent = newer.at(n).parent;
            const bool sameParent =
                oldParent < 0 ? newParent < 0 : (newParent >= 0 && older.match[oldParent] == newParent);
            return (sameParent ? 4 : 0) + (newer.at(n).level == older.at(o).level ? 2 : 0);
        };
        int best = -1;
        const auto consider = [&](int n) {
            if (best < 0 || score(n) > score(best)
                || (score(n) == score(best) && std::abs(n - expected) < std::abs(best - expected)))
                best = n;
        };
        auto forward = pool.lower_bound(expected);
        auto backward = forward;
        for (int steps = 0; steps < duplicateWindow && forward != pool.end(); ++steps, ++forward)
            consider(*forward);
        for (int steps = 0; steps < duplicateWindow && backward != pool.begin(); ++steps)
            consider(*--backward);
        candidates->erase(best);
        openSameText[textKey(newer, best)].erase(best);
        pair(o, best);
    }

    // The rest by the similarity of their bodies: a renamed heading.
    QList<int> oldOpen;
    QList<int> newOpen;
    for (int o = 0; o < older.size(); ++o) {
        if (older.match[o] < 0)
            oldOpen.append(o);
    }
    for (int n = 0; n < newer.size(); ++n) {
        if (newer.match[n] < 0)
            newOpen.append(n);
    }
    if (oldOpen.isEmpty() || newOpen.isEmpty())
        return;
    std::vector<std::vector<quint32>> oldSketches;
    std::vector<std::vector<quint32>> newSketches;
    for (int o : std::as_const(oldOpen))
        oldSketches.push_back(bigramSketch(older.body.at(o)));
    for (int n : std::as_const(newOpen))
        newSketches.push_back(bigramSketch(newer.body.at(n)));
    struct Candidate
    {
        double score;
        int distance;
        int oldOpenIndex;
        int newOpenIndex;
    };
    std::vector<Candidate> candidates;
    const bool allPairs = qsizetype(oldOpen.size()) * newOpen.size() <= allPairsLimit;
    for (int i = 0; i < oldOpen.size(); ++i) {
        const int expected = int(qint64(i) * newOpen.size() / oldOpen.size());
        const int first = allPairs ? 0 : std::max(0, expected - similarityWindow);
        const int last = allPairs ? int(newOpen.size()) - 1
                                  : std::min(int(newOpen.size()) - 1, expected + similarityWindow);
        for (int j = first; j <= last; ++j) {
            const double score = similarity(oldSketches[size_t(i)], newSketches[size_t(j)]);
            if (score >= similarityThreshold)
                candidates.push_back({score, std::abs(j - expected), i, j});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return a.oldOpenIndex < b.oldOpenIndex;
    });
    for (const Candidate &candidate : candidates) {
        const int o = oldOpen.at(candidate.oldOpenIndex);
        const int n = newOpen.at(candidate.newOpenIndex);
        if (older.match[o] < 0 && newer.match[n] < 0)
            pair(o, n);
    }
}

// Indexes (into `values`) of a longest strictly increasing subsequence.
QList<int> longestIncreasing(const QList<int> &values)
{
    QList<int> tails; // index of the smallest tail of each length
    QList<int> previous(values.size(), -1);
    for (int index = 0; index < values.size(); ++index) {
        const auto at = std::lower_bound(tails.cbegin(), tails.cend(), values.at(index),
                                         [&values](int tail, int value) { return values.at(tail) < value; });
        const qsizetype length = at - tails.cbegin();
        if (length > 0)
            previous[index] = tails.at(length - 1);
        if (length == tails.size())
            tails.append(index);
        else
            tails[length] = index;
    }
    QList<int> result;
    for (int index = tails.isEmpty() ? -1 : tails.last(); index >= 0; index = previous.at(index))
        result.prepend(index);
    return result;
}

// Sections that must move for the rest to keep their order. Siblings under
// the same (matched) parent are compared among themselves; a section whose
// parent changed moved, unless only a heading above it was added or removed
// and it still follows the same section.
QList<bool> movedSections(const Version &older, const Version &newer)
{
    QList<bool> moved(newer.size(), false);
    QList<int> previousOld(older.size(), -1); // the nearest matched section before
    for (int o = 0, last = -1; o < older.size(); ++o) {
        previousOld[o] = last;
        if (older.match[o] >= 0)
            last = o;
    }
    QHash<int, QList<int>> groups; // new parent (-1 the root) → matched children in new order
    for (int n = 0, previousNew = -1; n < newer.size(); ++n) {
        const int o = newer.match[n];
        if (o < 0)
            continue;
        const int newParent = newer.at(n).parent;
        const int oldParent = older.at(o).parent;
        const bool sameParent = newParent < 0 ? oldParent < 0 : (oldParent >= 0 && newer.match[newParent] == oldParent);
        if (sameParent) {
            groups[newParent].append(n);
        } else {
            const bool parentsMatched = (newParent < 0 || newer.match[newParent] >= 0)
                && (oldParent < 0 || older.match[oldParent] >= 0);
            const int before = previousOld[o];
            const bool sameNeighbour = before < 0 ? previousNew < 0 : older.match[before] == previousNew;
            moved[n] = parentsMatched || !sameNeighbour;
        }
        previousNew = n;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QList<int> oldPositions;
        for (int n : *it)
            oldPositions.append(older.siblingIndex.at(newer.match[n]));
        QList<bool> kept(it->size(), false);
        for (int index : longestIncreasing(oldPositions))
            kept[index] = true;
        for (int index = 0; index < it->size(); ++index) {
            if (!kept.at(index))
                moved[it->at(index)] = true;
        }
    }
    return moved;
}

SectionChange sectionChange(const Version &version, int index)
{
    SectionChange change;
    change.heading = version.at(index).heading;
    change.level = version.at(index).level;
    return change;
}

} // namespace

QString SectionChange::kindName(Kind kind)
{
    switch (kind) {
    case Moved:
        return QStringLiteral("moved");
    case Added:
        return QStringLiteral("added");
    case Removed:
        return QStringLiteral("removed");
    case Renamed:
        return QStringLiteral("renamed");
    case Changed:
        break;
    }
    return QStringLiteral("changed");
}

QList<DiffSegment> ArticleDiff::inlineDifference(QStringView oldText, QStringView newText)
{
    QList<DiffSegment> segments;
    if (oldText == newText) {
        appendSegment(&segments, DiffSegment::Same, oldText);
        return segments;
    }
    const std::vector<Piece> oldLines = lines(oldText);
    const std::vector<Piece> newLines = lines(newText);
    const auto equal = [&](qsizetype a, qsizetype b) {
        const Piece &x = oldLines[size_t(a)];
        const Piece &y = newLines[size_t(b)];
        return oldText.sliced(x.begin, x.end - x.begin) == newText.sliced(y.begin, y.end - y.begin);
    };
    const std::vector<Edit> edits =
        shortestEdit(qsizetype(oldLines.size()), qsizetype(newLines.size()), equal, maxLineEdits);
    qsizetype a = 0;
    qsizetype b = 0;
    for (size_t index = 0; index < edits.size(); ++index) {
        const Edit &edit = edits[index];
        if (edit.kind == DiffSegment::Same) {
            appendSegment(&segments, DiffSegment::Same, slice(oldText, oldLines, a, edit.count));
            a += edit.count;
            b += edit.count;
            continue;
        }
        qsizetype deleted = 0;
        qsizetype inserted = 0;
        for (; index < edits.size() && edits[index].kind != DiffSegment::Same; ++index)
            (edits[index].kind == DiffSegment::Deleted ? deleted : inserted) += edits[index].count;
        --index;
        const QStringView removedText = slice(oldText, oldLines, a, deleted);
        const QStringView addedText = slice(newText, newLines, b, inserted);
        if (removedText.isEmpty() || addedText.isEmpty()) {
            appendSegment(&segments, DiffSegment::Deleted, removedText);
            appendSegment(&segments, DiffSegment::Inserted, addedText);
        } else {
            appendTokenDifference(&segments, removedText, addedText);
        }
        a += deleted;
        b += inserted;
    }
    return segments;
}

QString ArticleDiff::comparedText(const QByteArray &text, qsizetype begin, qsizetype end)
{
    return normalized(text, begin, end);
}

ArticleDiff ArticleDiff::compare(const QByteArray &oldText, const QByteArray &newText)
{
    ArticleDocument older;
    older.setData(oldText);
    ArticleDocument newer;
    newer.setData(newText);
    return compare(older, newer);
}

ArticleDiff ArticleDiff::compare(const ArticleDocument &oldDocument, const ArticleDocument &newDocument)
{
    ArticleDiff result;
    const FrontMatter &oldFront = oldDocument.frontMatter();
    const FrontMatter &newFront = newDocument.frontMatter();

    // The front matter and the lead as two more parts, present when not empty.
    const auto comparePart = [&result](SectionChange::Part part, const QString &name, const QString &before,
                                       const QString &after, int oldLine, int newLine) {
        if (before == after)
            return;
        SectionChange change;
        change.part = part;
        change.heading = change.oldHeading = name;
        change.kind = before.isEmpty() ? SectionChange::Added
                                       : (after.isEmpty() ? SectionChange::Removed : SectionChange::Changed);
        change.edited = change.kind == SectionChange::Changed;
        if (!before.isEmpty())
            change.from = SectionPlace{0, oldLine};
        if (!after.isEmpty())
            change.to = SectionPlace{0, newLine};
        change.difference = inlineDifference(before, after);
        result.m_changes.append(change);
    };
    const QString oldYaml = oldFront.isPresent
        ? normalized(oldDocument.text(), oldFront.contentBegin, oldFront.contentEnd) : QString();
    const QString newYaml = newFront.isPresent
        ? normalized(newDocument.text(), newFront.contentBegin, newFront.contentEnd) : QString();
    comparePart(SectionChange::FrontMatterPart, QStringLiteral("(front matter)"), oldYaml, newYaml, 1, 1);
    comparePart(SectionChange::LeadPart, QStringLiteral("(lead)"),
                normalized(oldDocument.text(), oldDocument.structure().markdownBegin,
                           oldDocument.structure().leadEnd, true),
                normalized(newDocument.text(), newDocument.structure().markdownBegin,
                           newDocument.structure().leadEnd, true),
                oldFront.lineCount + 1, newFront.lineCount + 1);

    Version older(oldDocument);
    Version newer(newDocument);
    matchSections(older, newer);
    const QList<bool> moved = movedSections(older, newer);

    // Removed sections follow the section that preceded them in OLD.
    QList<QList<int>> removedAfter(newer.size() + 1);
    for (int o = 0, previous = -1; o < older.size(); ++o) {
        if (older.match[o] >= 0)
            previous = older.match[o];
        else
            removedAfter[previous + 1].append(o);
    }
    const auto appendRemoved = [&](int slot) {
        for (int o : std::as_const(removedAfter.at(slot))) {
            SectionChange change = sectionChange(older, o);
            change.kind = SectionChange::Removed;
            change.oldHeading = change.heading;
            change.oldLevel = change.level;
            change.oldSection = o;
            change.newSectionBefore = slot - 1;
            change.from = older.place(o);
            appendSegment(&change.difference, DiffSegment::Deleted, older.text.at(o));
            result.m_changes.append(change);
        }
    };

    appendRemoved(0);
    for (int n = 0; n < newer.size(); ++n) {
        const int o = newer.match[n];
        SectionChange change = sectionChange(newer, n);
        change.newSection = n;
        change.to = newer.place(n);
        if (o < 0) {
            change.kind = SectionChange::Added;
            appendSegment(&change.difference, DiffSegment::Inserted, newer.text.at(n));
            result.m_changes.append(change);
            appendRemoved(n + 1);
            continue;
        }
        change.oldSection = o;
        change.oldHeading = older.at(o).heading;
        change.oldLevel = older.at(o).level;
        change.from = older.place(o);
        bool edited = older.comparable.at(o) != newer.comparable.at(n);
        // A level change not explained by the parent's is an edit.
        const int newParent = newer.at(n).parent;
        const int oldParent = older.at(o).parent;
        if (!edited && (newParent < 0 ? oldParent < 0 : newer.match[newParent] == oldParent)) {
            const int parentShift =
                newParent < 0 ? 0 : newer.at(newParent).level - older.at(oldParent).level;
            edited = newer.at(n).level - older.at(o).level != parentShift;
        }
        const bool renamed = older.key(o) != newer.key(n);
        if (moved.at(n)) {
            change.kind = SectionChange::Moved;
            change.edited = edited;
        } else if (renamed) {
            change.kind = SectionChange::Renamed;
            change.edited = older.body.at(o) != newer.body.at(n);
        } else if (edited) {
            change.kind = SectionChange::Changed;
            change.edited = true;
        } else {
            appendRemoved(n + 1);
            continue;
        }
        if (edited)
            change.difference = inlineDifference(older.text.at(o), newer.text.at(n));
        result.m_changes.append(change);
        appendRemoved(n + 1);
    }
    return result;
}
