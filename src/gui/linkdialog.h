#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// Asks for a link's text and URL; the editor writes the Markdown.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    QString linkText() const;
    void setLinkText(const QString &text);
    QString url() const;
    void setUrl(const QString &url);

private:
    void updateAcceptable();

    QLineEdit *m_text;
    QLineEdit *m_url;
    QDialogButtonBox *m_buttons;
};
