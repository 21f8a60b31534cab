#pragma once

#include "frontmatterform.h"

#include <memory>

class QLabel;

namespace Ui {
class SupervisorForm;
}

// The Supervisor node's form: the supervising doctor's name, title,
// credentials, biography and the date of the last check, each written to
// `supervisor.<key>` in the front matter.
class SupervisorForm : public FrontMatterForm
{
    Q_OBJECT

public:
    explicit SupervisorForm(ArticleDocument *document, QWidget *parent = nullptr);
    ~SupervisorForm() override;

    void refresh();
    Ui::SupervisorForm *ui() const { return m_ui.get(); }
    // Says when the supervisor's check does not cover the article; hidden
    // otherwise.
    QLabel *reviewWarning() const { return m_reviewWarning; }

private:
    void writeCredentials();
    void writeReviewed();

    std::unique_ptr<Ui::SupervisorForm> m_ui;
    QLabel *m_reviewWarning;
};
