#include "linkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Insert Link"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Text:"), m_text);
    layout->addRow(tr("&URL:"), m_url);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::updateAcceptable);
    updateAcceptable();
}

QString LinkDialog::linkText() const
{
    return m_text->text();
}

void LinkDialog::setLinkText(const QString &text)
{
    m_text->setText(text);
}

QString LinkDialog::url() const
{
    return m_url->text().trimmed();
}

void LinkDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void LinkDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!url().isEmpty());
}
