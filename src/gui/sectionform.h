#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class ArticleDocument;
struct Section;
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
    // Writes what the user typed in the body in place of setting it as
    // typed (suggest mode records it as review marks); empty: as typed.
    using BodyWriter = std::function<bool(int section, const QString &body, QString *errorString)>;
    void setBodyWriter(BodyWriter writer) { m_bodyWriter = std::move(writer); }

Q_SIGNALS:
    void commandFailed(const QString &message);

private:
    void run(const std::function<bool(QString *)> &command);
    // The bytes of the part on show: a section's body, or the lead.
    std::pair<qsizetype, qsizetype> bodyRange() const;
    QString bodyText() const;
    // Why the part is too large for the editor, or nothing.
    std::optional<QString> editRefusal() const;
    // Who set the section's status and when: "by 田中 on 2026-11-20".
    static QString statusSignature(const Section &section);

    std::unique_ptr<Ui::SectionForm> m_ui;
    ArticleDocument *m_document;
    int m_section = Lead;
    bool m_writing = false;
    BodyWriter m_bodyWriter;
};
