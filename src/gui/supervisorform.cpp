#include "supervisorform.h"

#include "articledocument.h"
#include "fieldsync.h"
#include "supervisorreviewwarning.h"
#include "ui_supervisorform.h"

#include <QLabel>

SupervisorForm::SupervisorForm(ArticleDocument *document, QWidget *parent)
    : FrontMatterForm(document, parent)
    , m_ui(std::make_unique<Ui::SupervisorForm>())
    , m_reviewWarning(new QLabel(this))
{
    m_ui->setupUi(this);
    m_reviewWarning->setObjectName(QStringLiteral("reviewWarning"));
    m_reviewWarning->setWordWrap(true);
    m_reviewWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; background: #fff4e0; border: 1px solid "
                                                  "#f0c070; border-radius: 3px; padding: 4px; }"));
    m_reviewWarning->hide();
    m_ui->mainLayout->insertWidget(1, m_reviewWarning);
    m_ui->reviewedEdit->setDate(QDate::currentDate());

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setField(QStringLiteral("supervisor.name"), text); });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setField(QStringLiteral("supervisor.title"), text); });
    connect(m_ui->bioEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writing)
            setField(QStringLiteral("supervisor.bio"), m_ui->bioEdit->toPlainText());
    });
    connect(m_ui->credentialsList, &QListWidget::itemChanged, this, &SupervisorForm::writeCredentials);
    connect(m_ui->addCredential, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("New credential"), m_ui->credentialsList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        writeCredentials();
        m_ui->credentialsList->setCurrentItem(item);
        m_ui->credentialsList->editItem(item);
    });
    connect(m_ui->removeCredential, &QPushButton::clicked, this, [this] {
        delete m_ui->credentialsList->currentItem();
        writeCredentials();
    });
    connect(m_ui->reviewedEdit, &QDateEdit::dateChanged, this, &SupervisorForm::writeReviewed);
    connect(m_ui->reviewedSet, &QCheckBox::toggled, this, &SupervisorForm::writeReviewed);
    refresh();
}

SupervisorForm::~SupervisorForm() = default;

void SupervisorForm::writeCredentials()
{
    QStringList credentials;
    for (int row = 0; row < m_ui->credentialsList->count(); ++row)
        credentials.append(m_ui->credentialsList->item(row)->text().trimmed());
    setField(QStringLiteral("supervisor.credentials"), credentials);
}

void SupervisorForm::writeReviewed()
{
    m_ui->reviewedEdit->setEnabled(m_ui->reviewedSet->isChecked() && !m_document->isReadOnly());
    setField(QStringLiteral("supervisor.reviewed"),
             m_ui->reviewedSet->isChecked() ? m_ui->reviewedEdit->date().toString(Qt::ISODate) : QString());
}

void SupervisorForm::refresh()
{
    if (m_writing)
        return;
    m_writing = true;
    const Supervisor supervisor = m_document->frontMatter().supervisor.value_or(Supervisor());
    FieldSync::setText(m_ui->nameEdit, supervisor.name);
    FieldSync::setText(m_ui->titleEdit, supervisor.title);
    FieldSync::setText(m_ui->bioEdit, supervisor.bio);
    QStringList shown;
    for (int row = 0; row < m_ui->credentialsList->count(); ++row)
        shown.append(m_ui->credentialsList->item(row)->text());
    if (shown != supervisor.credentials) {
        m_ui->credentialsList->clear();
        for (const QString &credential : supervisor.credentials) {
            auto *item = new QListWidgetItem(credential, m_ui->credentialsList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_ui->reviewedSet->setChecked(supervisor.reviewed.isValid());
    if (supervisor.reviewed.isValid())
        m_ui->reviewedEdit->setDate(supervisor.reviewed);
    const bool editable = !m_document->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->titleEdit, m_ui->bioEdit,
                                                           m_ui->credentialsList, m_ui->addCredential,
                                                           m_ui->removeCredential, m_ui->reviewedSet})
        field->setEnabled(editable);
    m_ui->reviewedEdit->setEnabled(editable && supervisor.reviewed.isValid());
    const QString warning = SupervisorReviewWarning::text(*m_document);
    m_reviewWarning->setText(warning);
    m_reviewWarning->setVisible(!warning.isEmpty());
    m_writing = false;
}
