#include "sectionstatusmenu.h"

#include "articledocument.h"
#include "reviewername.h"
#include "sectionstatusicon.h"

#include <QActionGroup>
#include <QDate>

SectionStatusMenu::SectionStatusMenu(QWidget *parent)
    : QMenu(tr("&Status"), parent)
    , m_group(new QActionGroup(this))
{
    for (const SectionStatus status : {SectionStatus::Draft, SectionStatus::Review, SectionStatus::ChangesRequested,
                                       SectionStatus::Approved}) {
        QAction *action = addAction(SectionStatusIcon::icon(status), SectionStatuses::displayName(status));
        action->setCheckable(true);
        action->setData(SectionStatuses::word(status));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { choose(status); });
        m_actions.append(action);
    }
    connect(this, &QMenu::aboutToShow, this, &SectionStatusMenu::updateChecks);
    setEnabled(false);
}

QAction *SectionStatusMenu::actionFor(SectionStatus status) const
{
    return m_actions.at(int(status));
}

void SectionStatusMenu::setSection(ArticleDocument *document, int section)
{
    m_document = document;
    m_section = section;
    updateChecks();
}

void SectionStatusMenu::updateChecks()
{
    const bool valid = m_document && m_section >= 0 && m_section < m_document->sections().size();
    setEnabled(valid && !m_document->isReadOnly());
    if (!valid)
        return;
    m_actions.at(int(SectionStatuses::of(m_document->sections().at(m_section))))->setChecked(true);
}

void SectionStatusMenu::choose(SectionStatus status)
{
    if (!m_document || m_section < 0 || m_section >= m_document->sections().size())
        return;
    QString error;
    if (!m_document->setSectionStatus(m_section, status, ReviewerName::current(), QDate::currentDate(), &error))
        Q_EMIT commandFailed(error);
    updateChecks();
}
