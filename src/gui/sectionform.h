#pragma once

#include <QWidget>

#include <memory>

class ArticleDocument;
class MarkdownEditor;
namespace Ui {
class SectionForm;
}

// The form of a section, or of the lead (heading, level and budget hidden):
// heading, level, 文字数 budget and the Markdown body.
class SectionForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Lead = -1;

    explicit SectionForm(ArticleDocument *document, QWidget *parent = nullptr);
    ~SectionForm() override;

    void showSection(int section);
    int section() const { return m_section; }
    void refresh();
    Ui::SectionForm *ui() const { return m_ui.get(); }
    MarkdownEditor *bodyEditor() const;

Q_SIGNALS:
    void commandFailed(const QString &message);

private:
    void run(const std::function<bool(QString *)> &command);
    QString bodyText() const;

    std::unique_ptr<Ui::SectionForm> m_ui;
    ArticleDocument *m_document;
    int m_section = Lead;
    bool m_writing = false;
};
