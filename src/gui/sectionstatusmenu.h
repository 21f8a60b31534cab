#pragma once

#include "sectionstatus.h"

#include <QMenu>

class ArticleDocument;
class QActionGroup;

// The "Status" submenu of a section: draft, in review, changes requested,
// approved. Choosing one signs it with the reviewer's name and today's date
// as one undo step.
class SectionStatusMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SectionStatusMenu(QWidget *parent = nullptr);

    // The section the menu acts on (-1: none, the menu is disabled).
    void setSection(ArticleDocument *document, int section);
    QAction *actionFor(SectionStatus status) const;

Q_SIGNALS:
    void commandFailed(const QString &message);

private:
    void updateChecks();
    void choose(SectionStatus status);

    ArticleDocument *m_document = nullptr;
    int m_section = -1;
    QActionGroup *m_group;
    QList<QAction *> m_actions; // in SectionStatus order
};
