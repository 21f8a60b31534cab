#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class ArticleDocument;

// One occurrence of a search in an article's source text.
struct SearchMatch
{
    // The part of the article holding the match's first byte.
    enum class Place { FrontMatter, Lead, Heading, SectionAttributes, SectionBody };
    // `section` of a match in the front matter; the lead's is -1, as
    // SectionForm::Lead.
    static constexpr int FrontMatterSection = -2;
    static constexpr int LeadSection = -1;

    qsizetype offset = 0; // bytes of ArticleDocument::text()
    qsizetype length = 0; // bytes
    int line = 0;         // 1-based file line of the first byte
    Place place = Place::Lead;
    int section = LeadSection;
    // A text search finds these too; the flags let the UI say so.
    bool isInCode = false; // a fenced or indented code block, or a code span
    bool isInUrl = false;  // a link or image destination, an autolink, a bare URL, a link reference definition
    // The match in the text a form shows for `place`: the body editor's
    // text (LF line breaks) for Lead and SectionBody, the heading field for
    // Heading. -1 for the other places, or when the match lies only in a
    // heading's marker.
    int formPosition = -1;
    int formLength = 0;
    QString text; // the matched text
    // For a regular expression: the captured texts, [0] the whole match.
    // Empty for a plain search, whose replacement is taken literally.
    QStringList captures;
};

// A find over the whole source of an article: front matter, lead,
// headings and bodies, code and URLs included. Offsets are bytes so that
// a replacement is an exact edit of the text.
class ArticleSearch
{
    Q_DECLARE_TR_FUNCTIONS(ArticleSearch)

public:
    enum class Option {
        CaseSensitive = 0x1,
        // The match neither starts nor ends inside a word; for Japanese a
        // word is a run of one script (see WordClass).
        WholeWords = 0x2,
        RegularExpression = 0x4,
    };
    Q_DECLARE_FLAGS(Options, Option)

    explicit ArticleSearch(const QString &pattern = QString(), Options options = {});

    QString pattern() const { return m_pattern; }
    Options options() const { return m_options; }
    // False for an empty pattern or a regular expression that does not compile.
    bool isValid() const;
    // Why a non-empty pattern is not valid.
    QString errorString() const;

    // All non-empty matches in document order, none overlapping.
    QList<SearchMatch> findAll(const ArticleDocument &document) const;

    // The text that replaces `match`: for a regular expression match, `\0`
    // to `\99` in `replacement` stand for its captures (as in
    // QString::replace with a QRegularExpression); otherwise `replacement`.
    static QString replacementFor(const SearchMatch &match, const QString &replacement);

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_expression;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleSearch::Options)
