#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class ArticleDocument;

// A run of text in an inline difference.
struct DiffSegment
{
    enum Kind { Same, Deleted, Inserted };
    Kind kind = Same;
    QString text;

    bool operator==(const DiffSegment &other) const { return kind == other.kind && text == other.text; }
};

// Where a section stands in one version: its position among its siblings
// (0-based) and its heading's 1-based file line.
struct SectionPlace
{
    int index = 0;
    int line = 0;
};

// One section (or the lead, or the front matter) that differs between two
// versions of an article.
struct SectionChange
{
    enum Kind { Moved, Added, Removed, Changed, Renamed };
    enum Part { SectionPart, LeadPart, FrontMatterPart };

    Kind kind = Changed;
    Part part = SectionPart;
    // The section's own text (heading and body without subsections) differs.
    bool edited = false;
    QString heading; // in NEW, in OLD when removed; "(lead)", "(front matter)"
    int level = 0;   // 0 for the lead and the front matter
    QString oldHeading;
    int oldLevel = 0;
    int oldSection = -1; // index in the old document's sections, -1 if none
    int newSection = -1;
    std::optional<SectionPlace> from; // in OLD; none when added
    std::optional<SectionPlace> to;   // in NEW; none when removed
    // Removed: the section of NEW it follows (the match of the last matched
    // section before it in OLD); -1 when it comes before all of them.
    int newSectionBefore = -1;
    // The own text from OLD to NEW: empty for an unedited move; the whole
    // text deleted or inserted for a removed or added section.
    QList<DiffSegment> difference;

    static QString kindName(Kind kind);
};

// Compares two versions of an article section by section. Sections are
// matched by identity, not position: by heading text first, then by the
// similarity of their bodies. Moves are the fewest sections that must move
// among their siblings for the rest to keep their order; a moved section
// carries its subsections. Line breaks (LF, CRLF) and blank lines at the
// end of a part are not differences.
class ArticleDiff
{
public:
    static ArticleDiff compare(const ArticleDocument &oldDocument, const ArticleDocument &newDocument);
    static ArticleDiff compare(const QByteArray &oldText, const QByteArray &newText);

    // In NEW document order: the front matter, the lead, then the sections;
    // a removed section follows the section that preceded it in OLD.
    const QList<SectionChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    // The difference of two texts by words for Latin text (runs of letters,
    // digits and `_`) and by characters otherwise, so by characters for
    // Japanese. Lines are compared first; the work is bounded, so a huge
    // rewritten part comes out as one deletion and one insertion.
    static QList<DiffSegment> inlineDifference(QStringView oldText, QStringView newText);

    // Bytes [begin, end) of an article as they are compared: LF line
    // breaks, no white space at the end.
    static QString comparedText(const QByteArray &text, qsizetype begin, qsizetype end);

private:
    QList<SectionChange> m_changes;
};
