#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

class ArticleDocument;

// What the Supervisor node and form say when the supervisor's check does
// not cover the article (SupervisorReview): missing, older than a section's
// status change, or more than a year old.
class SupervisorReviewWarning
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorReviewWarning)

public:
    // The warning, "" when the check is current or there is no supervisor.
    static QString text(const ArticleDocument &document, const QDate &today = QDate::currentDate());
    static QIcon icon();
};
