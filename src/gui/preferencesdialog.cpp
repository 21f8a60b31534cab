#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace {

const QString nameKey = QStringLiteral("review/name");

// CriticMarkup ends the author at the first space or colon.
QString usableName(const QString &name)
{
    QString cleaned = name.trimmed();
    cleaned.replace(QLatin1Char(' '), QLatin1Char('_'));
    cleaned.remove(QLatin1Char(':'));
    cleaned.remove(QChar(0xff1a));
    cleaned.remove(QChar(0x3000));
    return cleaned;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(reviewerName(), this))
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

QString PreferencesDialog::reviewerName()
{
    return QSettings().value(nameKey).toString();
}

void PreferencesDialog::setReviewerName(const QString &name)
{
    QSettings().setValue(nameKey, usableName(name));
}

QString PreferencesDialog::ensureReviewerName(QWidget *parent)
{
    const QString name = reviewerName();
    if (!name.isEmpty())
        return name;
    bool ok = false;
    const QString given = QInputDialog::getText(parent, tr("Reviewer Name"),
                                                tr("Your name for comments and suggestions:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (!ok || usableName(given).isEmpty())
        return {};
    setReviewerName(given);
    return reviewerName();
}

void PreferencesDialog::accept()
{
    setReviewerName(m_nameEdit->text());
    QDialog::accept();
}
