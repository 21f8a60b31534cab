#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class CmarkTree;
struct ArticleStructure;

enum class ReviewMarkKind { Insertion, Deletion, Substitution, Highlight, Comment };
// What resolving a suggestion keeps. Highlights keep their text and comments
// go away either way.
enum class ReviewDecision { Accept, Reject };

// One CriticMarkup mark in the article's text. Offsets are bytes of the
// document's text (without BOM); ranges are [begin, end).
struct ReviewMark
{
    ReviewMarkKind kind = ReviewMarkKind::Insertion;
    qsizetype begin = 0;        // the opening `{`
    qsizetype end = 0;          // after the closing `}`
    qsizetype contentBegin = 0; // between the delimiters; a substitution's old text
    qsizetype contentEnd = 0;
    qsizetype newBegin = -1;    // a substitution's new text, after `~>`
    qsizetype newEnd = -1;
    // The mark's bytes as parsed, [begin, end): a command given this mark
    // refuses when the text there is no longer the same.
    QByteArray source;
    int section = -1; // ArticleStructure::sectionAt(begin): -1 in the lead

    // Comments: `{>>@author YYYY-MM-DD: text<<}` or `{>>@author: text<<}`
    // (a full-width `：` works as well); otherwise no author and the whole
    // content is the text.
    QString author;
    QDate date;
    qsizetype textBegin = 0; // the comment's text after the author prefix
    // Indices into the same list. A comment right after a highlight or a
    // suggestion (only spaces or tabs between) annotates it; comments right
    // after a comment are replies to the first comment of that thread.
    int target = -1;      // on a thread's first comment: the mark it annotates
    int thread = -1;      // on a highlight or suggestion: its comment thread
    int replyTo = -1;     // on a reply: the thread's first comment
    QList<int> replies;   // on a thread's first comment

    bool isSuggestion() const
    {
        return kind == ReviewMarkKind::Insertion || kind == ReviewMarkKind::Deletion
            || kind == ReviewMarkKind::Substitution;
    }
    // Text slices of `source` (UTF-8 decoded).
    QString content() const;  // a substitution's old text
    QString newText() const;  // a substitution's new text, else empty
    QString commentText() const;
    // Whether this is a comment with exactly this author, date and text
    // (what ReviewMarks::commentMarkup wrote).
    bool isCommentBy(const QString &author, const QDate &date, const QString &text) const;
    // The bytes that replace the mark when it is resolved.
    QByteArray resolution(ReviewDecision decision) const;
};

// Text that looks like a mark but is not one: an opener without its closer
// in the block, a substitution without `~>`, a closer without an opener.
// It stays text.
struct ReviewProblem
{
    qsizetype offset = 0;
    QString message;
};

// CriticMarkup in an article: `{++insertion++}`, `{--deletion--}`,
// `{~~old~>new~~}`, `{==highlight==}`, `{>>comment<<}`.
//
// Marks live inside one paragraph, heading or table cell and may span its
// line breaks, never a blank line. Code spans, code blocks, HTML blocks,
// HTML comments, the front matter and link reference definitions hold no
// marks. A backslash before `{` makes it text. Marks do not nest: inside a
// mark, other delimiters are text (`{++a {--b--} c++}` is one insertion of
// `a {--b--} c`). The parse takes time linear in the text.
class ReviewMarks
{
public:
    ReviewMarks() = default;

    // `tree` is cmark-gfm's parse of the text after the front matter, as
    // ArticleStructure::derive gives it.
    static ReviewMarks parse(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree);
    // Reads the front matter and structure itself (for text outside a document).
    static ReviewMarks parse(const QByteArray &text);
    // Whether `size` bytes at `data` may hold a mark (an opener `{++`, `{--`,
    // `{~~`, `{==` or `{>>`): a cheap test before parsing, for callers that
    // need the marks only.
    static bool mayHoldMarks(const char *data, qsizetype size);

    const QList<ReviewMark> &marks() const { return m_marks; }
    const QList<ReviewProblem> &problems() const { return m_problems; }
    bool isEmpty() const { return m_marks.isEmpty(); }

    // Indices of the marks whose own text is the section's (-1: the lead).
    QList<int> marksInSection(int section) const;
    // The marks at `indices` (to hand a section's marks to a command).
    QList<ReviewMark> marksAt(const QList<int> &indices) const;
    // Comments and suggestions not yet resolved: every suggestion, and every
    // thread's first comment (a highlight only counts through its comment).
    int openCount() const;
    // The marks resolved together with mark `index`: a highlight or a
    // suggestion with its comment thread; a thread's first comment with its
    // replies and the highlight it annotates; a reply alone.
    QList<int> unitOf(int index) const;

    // `text` with `marks` resolved. Each mark's bytes are replaced by its
    // resolution; nothing else changes, except that the spaces joining two
    // resolved marks of one unit (a highlight and its comment, the comments
    // of a thread) go with them. Marks must not overlap.
    static QByteArray resolved(const QByteArray &text, QList<ReviewMark> marks, ReviewDecision decision);
    // `text` with every mark resolved (what export uses with Accept).
    static QByteArray resolvedAll(const QByteArray &text, ReviewDecision decision);

    // The comment markup `{>>@author YYYY-MM-DD: text<<}` (without author:
    // `{>>text<<}`; without date: `{>>@author: text<<}`), as UTF-8 with LF
    // line breaks.
    static QByteArray commentMarkup(const QString &author, const QDate &date, const QString &text);

    // CriticMarkup that records the change from `original` to `edited` (one
    // section's body, for suggest mode): character by character, deletions
    // as `{--…--}`, insertions as `{++…++}`, a deletion next to an insertion
    // as `{~~…~>…~~}`. Accepting every mark of the result gives `edited` and
    // rejecting every mark gives `original`, byte for byte; when no markup
    // can (a blank line added or removed, a change inside a code block)
    // returns false with a reason.
    static bool suggestionText(const QByteArray &original, const QByteArray &edited, QByteArray *result,
                               QString *errorString = nullptr);

private:
    QList<ReviewMark> m_marks;
    QList<ReviewProblem> m_problems;
};
