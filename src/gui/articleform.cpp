#include "articleform.h"

#include "approvalgate.h"
#include "articledocument.h"
#include "fieldsync.h"
#include "ui_articleform.h"

#include <QRegularExpression>
#include <QStandardItemModel>

ArticleForm::ArticleForm(ArticleDocument *document, QWidget *parent)
    : FrontMatterForm(document, parent)
    , m_ui(std::make_unique<Ui::ArticleForm>())
{
    m_ui->setupUi(this);
    for (const QString &status : {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"),
                                  QStringLiteral("published")})
        m_ui->statusCombo->addItem(status, status);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setField(QStringLiteral("title"), text); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writing)
            setField(QStringLiteral("description"), m_ui->descriptionEdit->toPlainText());
    });
    connect(m_ui->slugEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setField(QStringLiteral("slug"), text); });
    connect(m_ui->keywordsEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        static const QRegularExpression separators(QStringLiteral("\\s*[,、，]\\s*"));
        QStringList keywords = text.split(separators, Qt::SkipEmptyParts);
        for (QString &keyword : keywords)
            keyword = keyword.trimmed();
        setField(QStringLiteral("keywords"), keywords);
    });
    connect(m_ui->categoryEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setField(QStringLiteral("category"), text); });
    connect(m_ui->statusCombo, &QComboBox::activated, this,
            [this] { setStatus(m_ui->statusCombo->currentData().toString()); });
    refresh();
}

ArticleForm::~ArticleForm() = default;

void ArticleForm::refresh()
{
    if (m_writing)
        return;
    m_writing = true;
    const FrontMatter &frontMatter = m_document->frontMatter();
    FieldSync::setText(m_ui->titleEdit, frontMatter.title);
    FieldSync::setText(m_ui->descriptionEdit, frontMatter.description);
    FieldSync::setText(m_ui->slugEdit, frontMatter.slug);
    if (!m_ui->keywordsEdit->hasFocus())
        FieldSync::setText(m_ui->keywordsEdit, frontMatter.keywords.join(QStringLiteral(", ")));
    FieldSync::setText(m_ui->categoryEdit, frontMatter.category);
    int status = m_ui->statusCombo->findData(frontMatter.status);
    if (status < 0 && !frontMatter.status.isEmpty()) {
        m_ui->statusCombo->addItem(frontMatter.status, frontMatter.status);
        status = m_ui->statusCombo->count() - 1;
    }
    m_ui->statusCombo->setCurrentIndex(status);
    const bool editable = !m_document->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->titleEdit, m_ui->descriptionEdit, m_ui->slugEdit,
                                                           m_ui->keywordsEdit, m_ui->categoryEdit, m_ui->statusCombo})
        field->setEnabled(editable);
    m_writing = false;
    updateCounters();
    updateApprovalGate();
}

void ArticleForm::updateCounters()
{
    const auto counter = [](int count, int limit) {
        const QString text = tr("%1 / %2 characters").arg(count).arg(limit);
        return count > limit ? QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text) : text;
    };
    const QString title = m_ui->titleEdit->text();
    const QString description = m_ui->descriptionEdit->toPlainText();
    m_ui->titleCounter->setText(counter(FieldSync::characterCount(title), TitleLimit));
    m_ui->descriptionCounter->setText(counter(FieldSync::characterCount(description), DescriptionLimit));
    const QString slug = m_ui->slugEdit->text().isEmpty() ? QStringLiteral("…") : m_ui->slugEdit->text();
    m_ui->searchPreview->setText(
        QStringLiteral("<div style=\"color:#1a0dab; font-size:13pt\">%1</div>"
                       "<div style=\"color:#006621\">example.com › %2</div>"
                       "<div style=\"color:#4d5156\">%3</div>")
            .arg(FieldSync::cut(title, TitleLimit).toHtmlEscaped(), slug.toHtmlEscaped(),
                 FieldSync::cut(description, DescriptionLimit).toHtmlEscaped()));
}

void ArticleForm::setErrorFindingCount(int count)
{
    if (count == m_errorFindings)
        return;
    m_errorFindings = count;
    // Hidden, the form reads the gate when it is shown again (refresh()).
    if (isVisible())
        updateApprovalGate();
}

void ArticleForm::setStatus(const QString &status)
{
    if (status == QLatin1String("approved") && !ApprovalGate(*m_document, m_errorFindings).isOpen()) {
        // Refused: the field goes back to what the file says, and the
        // reasons stay in view under it.
        refresh();
        return;
    }
    setField(QStringLiteral("status"), status);
}

void ArticleForm::updateApprovalGate()
{
    const ApprovalGate gate(*m_document, m_errorFindings);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->statusCombo->model())) {
        const int approved = m_ui->statusCombo->findData(QStringLiteral("approved"));
        if (QStandardItem *item = model->item(approved))
            item->setEnabled(gate.isOpen() || m_ui->statusCombo->currentIndex() == approved);
    }
    if (gate.isOpen()) {
        m_ui->approvalBlockers->clear();
        m_ui->approvalBlockers->hide();
        return;
    }
    // A long article lists its first sections and counts the rest.
    constexpr int MaxShown = 8;
    QStringList lines = {tr("Cannot be approved yet:")};
    const QStringList &reasons = gate.reasons();
    const int sectionReasons = int(gate.unapprovedSections().size());
    for (int index = 0; index < reasons.size(); ++index) {
        if (index < sectionReasons && index >= MaxShown) {
            if (index == MaxShown)
                lines.append(QStringLiteral("• ")
                             + tr("…and %n more section(s) not approved", nullptr, sectionReasons - MaxShown));
            continue;
        }
        lines.append(QStringLiteral("• ") + reasons.at(index));
    }
    m_ui->approvalBlockers->setText(lines.join(QLatin1Char('\n')));
    m_ui->approvalBlockers->setStyleSheet(QStringLiteral("color: #b45309"));
    m_ui->approvalBlockers->show();
}
