#pragma once

#include "frontmatterform.h"

#include <memory>

namespace Ui {
class ArticleForm;
}

// The Article node's form: title and description with their search-engine
// limits, slug, keywords, category and status. Each field writes one front
// matter key through the document's undo stack.
class ArticleForm : public FrontMatterForm
{
    Q_OBJECT

public:
    static constexpr int TitleLimit = 32;
    static constexpr int DescriptionLimit = 120;

    explicit ArticleForm(ArticleDocument *document, QWidget *parent = nullptr);
    ~ArticleForm() override;

    void refresh();
    // Error-severity findings of the last check: they block `status: approved`.
    void setErrorFindingCount(int count);
    Ui::ArticleForm *ui() const { return m_ui.get(); }

protected:
    void fieldWritten() override { updateCounters(); }

private:
    void updateCounters();
    // Shows what blocks approval under the status field and offers
    // "approved" only when nothing does.
    void updateApprovalGate();
    void setStatus(const QString &status);

    std::unique_ptr<Ui::ArticleForm> m_ui;
    int m_errorFindings = 0;
};
