#pragma once

#include <QWidget>

#include <memory>

class ArticleDocument;
namespace Ui {
class SupervisorForm;
}

// The Supervisor node's form: the supervising doctor's name, title,
// credentials, biography and the date of the last check, each written to
// `supervisor.<key>` in the front matter.
class SupervisorForm : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorForm(ArticleDocument *document, QWidget *parent = nullptr);
    ~SupervisorForm() override;

    void refresh();
    Ui::SupervisorForm *ui() const { return m_ui.get(); }

Q_SIGNALS:
    void commandFailed(const QString &message);

private:
    void setField(const QString &key, const QVariant &value);
    void writeCredentials();
    void writeReviewed();

    std::unique_ptr<Ui::SupervisorForm> m_ui;
    ArticleDocument *m_document;
    bool m_writing = false;
};
