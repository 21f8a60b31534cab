#include "sectionform.h"

#include "articledocument.h"
#include "articlelimits.h"
#include "fieldsync.h"
#include "headingsyntax.h"
#include "markdowneditor.h"
#include "reviewername.h"
#include "sectionstatusicon.h"
#include "ui_sectionform.h"

#include <QDate>

SectionForm::SectionForm(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SectionForm>())
    , m_document(document)
{
    m_ui->setupUi(this);
    QFont bodyFont = m_ui->bodyEdit->font();
    bodyFont.setPointSizeF(std::max(bodyFont.pointSizeF(), 11.0));
    m_ui->bodyEdit->setFont(bodyFont);
    connect(m_ui->headingEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            run([&](QString *error) { return m_document->setHeadingText(m_section, text, error); });
    });
    connect(m_ui->levelSpin, &QSpinBox::valueChanged, this, [this](int level) {
        if (m_writing || m_section < 0 || m_document->sections().at(m_section).level == level)
            return;
        run([&](QString *error) {
            return m_document->setSectionLevel(m_section, level, LevelScope::WithSubsections, error)
                || m_document->setSectionLevel(m_section, level, LevelScope::SectionOnly, error);
        });
    });
    connect(m_ui->budgetSpin, &QSpinBox::valueChanged, this, [this](int budget) {
        run([&](QString *error) {
            return m_document->setSectionAttribute(m_section, QStringLiteral("budget"),
                                                   budget > 0 ? QString::number(budget) : QString(), error);
        });
    });
    for (const SectionStatus status : {SectionStatus::Draft, SectionStatus::Review, SectionStatus::ChangesRequested,
                                       SectionStatus::Approved})
        m_ui->statusCombo->addItem(SectionStatusIcon::icon(status), SectionStatuses::displayName(status),
                                   SectionStatuses::word(status));
    connect(m_ui->statusCombo, &QComboBox::activated, this, [this](int index) {
        const auto status = SectionStatuses::fromWord(m_ui->statusCombo->itemData(index).toString());
        if (status && m_section >= 0)
            run([&](QString *error) {
                return m_document->setSectionStatus(m_section, *status, ReviewerName::current(),
                                                    QDate::currentDate(), error);
            });
    });
    connect(m_ui->bodyEdit, &MarkdownEditor::textEditedByUser, this, [this] {
        const QString body = m_ui->bodyEdit->toPlainText();
        run([&](QString *error) {
            if (m_bodyWriter)
                return m_bodyWriter(m_section, body, error);
            return m_section == Lead ? m_document->setLead(body, error)
                                     : m_document->setSectionBody(m_section, body, error);
        });
    });
    showSection(Lead);
}

SectionForm::~SectionForm() = default;

MarkdownEditor *SectionForm::bodyEditor() const
{
    return m_ui->bodyEdit;
}

void SectionForm::run(const std::function<bool(QString *)> &command)
{
    if (m_writing)
        return;
    m_writing = true;
    QString error;
    if (!command(&error))
        Q_EMIT commandFailed(error);
    m_writing = false;
    refresh();
}

void SectionForm::showSection(int section)
{
    m_section = section;
    const bool isSection = section != Lead;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->headingLabel, m_ui->headingEdit, m_ui->levelLabel,
                                                            m_ui->levelSpin, m_ui->budgetLabel, m_ui->budgetSpin,
                                                            m_ui->statusLabel, m_ui->statusCombo,
                                                            m_ui->statusSignature})
        widget->setVisible(isSection);
    m_writing = true;
    const std::optional<QString> refusal = editRefusal();
    m_ui->bodyEdit->setPlaceholderText(refusal.value_or(QString()));
    m_ui->bodyEdit->setPlainText(refusal ? QString() : bodyText());
    m_writing = false;
    m_ui->countLabel->fitNextCount();
    refresh();
}

std::pair<qsizetype, qsizetype> SectionForm::bodyRange() const
{
    const ArticleStructure &structure = m_document->structure();
    if (m_section >= 0 && m_section < structure.sections.size())
        return {structure.sections.at(m_section).bodyBegin, structure.sections.at(m_section).end};
    return {structure.markdownBegin, structure.leadEnd};
}

QString SectionForm::bodyText() const
{
    const auto [begin, end] = bodyRange();
    return QString::fromUtf8(m_document->text().mid(begin, end - begin))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

std::optional<QString> SectionForm::editRefusal() const
{
    const auto [begin, end] = bodyRange();
    return ArticleLimits::editRefusal(m_document->text(), begin, end);
}

void SectionForm::refresh()
{
    if (m_writing)
        return;
    const ArticleStructure &structure = m_document->structure();
    if (m_section >= structure.sections.size())
        m_section = Lead;
    m_writing = true;
    const bool editable = !m_document->isReadOnly();
    // A part too large for the editor shows why in its place, read-only.
    const std::optional<QString> refusal = editRefusal();
    m_ui->bodyEdit->setReadOnly(!editable || refusal);
    if (refusal) {
        m_ui->bodyEdit->setPlaceholderText(*refusal);
        if (!m_ui->bodyEdit->document()->isEmpty())
            m_ui->bodyEdit->setPlainText(QString());
    } else {
        m_ui->bodyEdit->setPlaceholderText(QString());
        if (!m_ui->bodyEdit->hasFocus() || m_ui->bodyEdit->toPlainText().trimmed() != bodyText().trimmed())
            m_ui->bodyEdit->setTextPreservingCursor(bodyText());
    }
    if (m_section == Lead) {
        m_ui->countLabel->setCount(tr("%1 characters").arg(structure.leadChars));
    } else {
        const Section &section = structure.sections.at(m_section);
        // The heading as written, inline Markdown included, so that editing
        // it keeps the markup.
        const HeadingSyntax syntax = HeadingSyntax::parse(m_document->text(), section);
        const QString source = QString::fromUtf8(
            m_document->text().mid(syntax.contentBegin, syntax.contentEnd - syntax.contentBegin));
        FieldSync::setText(m_ui->headingEdit, QString(source).remove(QLatin1Char('\r')).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        FieldSync::setValue(m_ui->levelSpin, section.level);
        FieldSync::setValue(m_ui->budgetSpin, section.budget());
        const QString count = tr("%1 characters (%2 with subsections)").arg(section.chars).arg(section.charsTotal);
        m_ui->countLabel->setCount(section.isOverBudget()
                                     ? QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(count)
                                     : count);
        m_ui->statusCombo->setCurrentIndex(int(SectionStatuses::of(section)));
        m_ui->statusSignature->setText(statusSignature(section));
        for (QWidget *field : std::initializer_list<QWidget *>{m_ui->headingEdit, m_ui->levelSpin, m_ui->budgetSpin,
                                                               m_ui->statusCombo})
            field->setEnabled(editable);
    }
    m_writing = false;
}

QString SectionForm::statusSignature(const Section &section)
{
    const QString by = section.attributes.value(QStringLiteral("by"));
    const QString date = section.attributes.value(QStringLiteral("date"));
    if (by.isEmpty() && date.isEmpty())
        return {};
    if (date.isEmpty())
        return tr("by %1").arg(by);
    if (by.isEmpty())
        return tr("on %1").arg(date);
    return tr("by %1 on %2").arg(by, date);
}
