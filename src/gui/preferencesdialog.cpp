#include "preferencesdialog.h"

#include "interfacelanguage.h"
#include "reviewername.h"

#include <QComboBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(ReviewerName::stored(), this))
    , m_languageBox(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Reviewer &name:"), m_nameEdit);
    auto *hint = new QLabel(tr("Comments and suggestions carry this name, as in {>>@name 2026-01-31: …<<}."), this);
    hint->setWordWrap(true);
    layout->addRow(hint);
    // Language names are written in their own language.
    m_languageBox->addItem(tr("System language"), QString());
    m_languageBox->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(InterfaceLanguage::chosen())));
    layout->addRow(tr("Interface &language:"), m_languageBox);
    auto *restart = new QLabel(tr("A new language takes effect when Kiji starts again."), this);
    restart->setWordWrap(true);
    layout->addRow(restart);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString PreferencesDialog::ensureReviewerName(QWidget *parent)
{
    const QString name = ReviewerName::stored();
    if (!name.isEmpty())
        return name;
    bool ok = false;
    const QString given = QInputDialog::getText(parent, tr("Reviewer Name"),
                                                tr("Your name for comments and suggestions:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (!ok)
        return {};
    ReviewerName::setStored(given);
    return ReviewerName::stored();
}

void PreferencesDialog::accept()
{
    ReviewerName::setStored(m_nameEdit->text());
    InterfaceLanguage::setChosen(m_languageBox->currentData().toString());
    QDialog::accept();
}
