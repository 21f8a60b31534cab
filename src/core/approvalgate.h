#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class ArticleDocument;

// Whether the article's front matter may say `status: approved`: every
// section approved, no comment or suggestion open, no error-severity
// finding. The caller counts the findings, so that the model does not
// depend on the checker.
class ApprovalGate
{
public:
    ApprovalGate(const ArticleDocument &document, int errorFindings);

    bool isOpen() const { return m_reasons.isEmpty(); }
    // What blocks approval, one sentence each (empty when open).
    const QStringList &reasons() const { return m_reasons; }
    // Sections not approved, by index.
    const QList<int> &unapprovedSections() const { return m_unapprovedSections; }
    int openComments() const { return m_openComments; }
    int openSuggestions() const { return m_openSuggestions; }
    int errorFindings() const { return m_errorFindings; }

private:
    QStringList m_reasons;
    QList<int> m_unapprovedSections;
    int m_openComments = 0;
    int m_openSuggestions = 0;
    int m_errorFindings = 0;
};
