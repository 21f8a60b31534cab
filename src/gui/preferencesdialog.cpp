#include "preferencesdialog.h"

#include "reviewername.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(ReviewerName::stored(), this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Reviewer &name:"), m_nameEdit);
    auto *hint = new QLabel(tr("Comments and suggestions carry this name, as in {>>@name 2026-01-31: …<<}."), this);
    hint->setWordWrap(true);
    layout->addRow(hint);
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
    QDialog::accept();
}
