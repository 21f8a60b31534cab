#pragma once

#include "articlestructure.h"
#include "diagnostic.h"
#include "frontmatter.h"
#include "reviewmarks.h"
#include "sectionstatus.h"
#include "textedit.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <memory>
#include <variant>

class CmarkTree;
struct SearchMatch;

// Where a section goes relative to another one.
enum class SectionPlacement { Before, After, LastChild };
// Whether a level change carries the subsections along.
enum class LevelScope { SectionOnly, WithSubsections };
// Whether a moved section takes the level its new place implies.
enum class LevelPolicy { FitPlacement, KeepLevels };

using FieldValue = std::variant<QString, QStringList>;

// An article: the file's exact text, the tree derived from it, and the
// named operations that change it, each a minimal edit of the text pushed
// as one undo command.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    explicit ArticleDocument(QObject *parent = nullptr);

    // Whether the user may change the article (a damaged file is read-only
    // either way).
    enum class Access { ReadWrite, ReadOnly };

    // Reads a file. False only when it cannot be read at all; a damaged file
    // still opens (read-only) with errors in diagnostics().
    bool load(const QString &fileName, QString *errorString, Access access = Access::ReadWrite);
    void setData(const QByteArray &bytes, Access access = Access::ReadWrite);
    bool save(const QString &fileName, QString *errorString);

    // The bytes a save writes: BOM (if the file had one) and text.
    QByteArray data() const;
    const QByteArray &text() const { return m_text; }
    QString fileName() const { return m_fileName; }
    // The file save() writes when given no name ("" for a new article).
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    bool hasByteOrderMark() const { return m_hasByteOrderMark; }
    QByteArray lineBreak() const;

    // Damaged input (broken UTF-8, NUL bytes, malformed front matter) opens
    // read-only, and so does an article opened with Access::ReadOnly: no
    // operation changes it and save() refuses its own file.
    bool isReadOnly() const { return m_readOnly || m_openedReadOnly; }
    // Read-only because it was asked for, not because the file is damaged.
    bool wasOpenedReadOnly() const { return m_openedReadOnly; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    const ArticleStructure &structure() const { return m_structure; }
    const QList<Section> &sections() const { return m_structure.sections; }
    // cmark-gfm's parse of the Markdown after the front matter (parsed again
    // on the first call after typing that re-parsed only one part, or after
    // releaseMarkdownTree()).
    const CmarkTree &markdownTree() const;
    // Frees the parse markdownTree() keeps: the window does once the preview
    // has its HTML, so that an open article holds its text and not also its
    // tree (6.5 MB for a 1 MB article).
    void releaseMarkdownTree() const { m_tree.reset(); }
    bool holdsMarkdownTree() const { return m_tree != nullptr; }
    // Counts every change of the text.
    quint64 revision() const { return m_revision; }
    // The last change, when it was an edit inside one part (the lead or a
    // section's body) and only that part was parsed again: it changed
    // revision `baseRevision` into revision().
    struct LocalChange : PartReparse
    {
        quint64 baseRevision = 0;
    };
    const std::optional<LocalChange> &localChange() const { return m_localChange; }
    int lineOfOffset(qsizetype offset) const;

    QUndoStack *undoStack() { return &m_undoStack; }

    // Named operations. Each returns false with a reason when it cannot apply.
    bool setHeadingText(int section, const QString &heading, QString *errorString = nullptr);
    bool setSectionLevel(int section, int level, LevelScope scope, QString *errorString = nullptr);
    bool setSectionBody(int section, const QString &body, QString *errorString = nullptr);
    bool setLead(const QString &lead, QString *errorString = nullptr);
    // `reference` -1 with After appends at the end of the article.
    bool insertSection(int reference, SectionPlacement placement, const QString &heading,
                       const QString &body, QString *errorString = nullptr);
    bool removeSection(int section, QString *errorString = nullptr);
    // Inserts a copy of the section with its subsections right after it.
    bool duplicateSection(int section, QString *errorString = nullptr);
    bool moveSection(int section, int reference, SectionPlacement placement,
                     LevelPolicy levels = LevelPolicy::FitPlacement, QString *errorString = nullptr);
    // A key of the section's `<!-- kiji: … -->` line; an empty value removes it.
    bool setSectionAttribute(int section, const QString &key, const QString &value, QString *errorString = nullptr);
    // `key` is a top-level key or "supervisor.<key>".
    bool setFrontMatterField(const QString &key, const FieldValue &value, QString *errorString = nullptr);
    // Replaces matches of an ArticleSearch on this text (all of them, or the
    // ones the user picked) as one undo step.
    bool replaceMatches(const QList<SearchMatch> &matches, const QString &replacement,
                        QString *errorString = nullptr);

    // Replaces `expected` at byte `offset` with `replacement` (a quick fix)
    // as one undo step named `description`; refuses when the text there is
    // not `expected` any more.
    bool replaceText(qsizetype offset, const QByteArray &expected, const QString &replacement,
                     const QString &description, QString *errorString = nullptr);

    // Replaces the whole text (recovered work, a reload) as one undo step.
    bool restoreText(const QByteArray &bytes, const QString &description, QString *errorString = nullptr);

    // The CriticMarkup review marks of the text, parsed on first use after
    // each change.
    ReviewMarks parsedReviewMarks() const;
    QList<ReviewMark> reviewMarks() const { return parsedReviewMarks().marks(); }
    QList<ReviewProblem> reviewProblems() const { return parsedReviewMarks().problems(); }
    // Accepts or rejects marks read from reviewMarks() (one, a section's,
    // all) with their comment threads as one undo step; refuses marks read
    // before the text changed.
    bool resolveReviewMarks(const QList<ReviewMark> &marks, ReviewDecision decision, QString *errorString = nullptr);
    // Comments bytes [begin, end) of the body as a highlight with a comment,
    // or puts a comment alone at `begin` when the range is empty.
    bool addReviewComment(qsizetype begin, qsizetype end, const QString &author, const QDate &date,
                          const QString &text, QString *errorString = nullptr);
    // Appends a reply to the thread of `comment` (any comment of it).
    bool addReviewReply(const ReviewMark &comment, const QString &author, const QDate &date, const QString &text,
                        QString *errorString = nullptr);

    // Sets a section's review status with who set it and when (`status=`,
    // `by=`, `date=`) as one undo step. Any later change to the body of an
    // approved section sets it back to review within that change's step.
    bool setSectionStatus(int section, SectionStatus status, const QString &by, const QDate &date,
                          QString *errorString = nullptr);

    // Used by the undo commands: replaces bytes and re-derives the tree.
    void applyEdit(const TextEdit &edit);
    // Text given by the user (LF line breaks) in this file's line breaks.
    QByteArray toSourceText(const QString &text) const;

Q_SIGNALS:
    void textEdited(const TextEdit &edit);
    void structureChanged();
    // A section was inserted or moved and now has this index.
    void sectionPlaced(int section);

private:
    bool pushEdit(class QUndoCommand *command, const QString &commandError, QString *errorString);
    bool checkEditable(QString *errorString) const;
    void derive();
    void deriveStructure();

    QString m_fileName;
    QByteArray m_text;
    bool m_hasByteOrderMark = false;
    bool m_readOnly = false; // damaged
    bool m_openedReadOnly = false;
    Diagnostics m_diagnostics;
    Diagnostics m_loadDiagnostics;
    Diagnostics m_frontMatterDiagnostics;
    FrontMatter m_frontMatter;
    ArticleStructure m_structure;
    mutable std::shared_ptr<const CmarkTree> m_tree;
    quint64 m_revision = 1; // 0 is no revision
    std::optional<LocalChange> m_localChange;
    QUndoStack m_undoStack;
    mutable std::optional<ReviewMarks> m_reviewMarks;
    mutable quint64 m_reviewMarksRevision = 0;
};
