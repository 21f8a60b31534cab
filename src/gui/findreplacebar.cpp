#include "findreplacebar.h"

#include "articledocument.h"
#include "textedit.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

FindReplaceBar::FindReplaceBar(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_findEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_caseButton(new QToolButton(this))
    , m_wordButton(new QToolButton(this))
    , m_regexButton(new QToolButton(this))
    , m_counterLabel(new QLabel(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_replaceButton(new QPushButton(tr("Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace All"), this))
{
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in the article"));
    m_findEdit->setClearButtonEnabled(true);
    m_replaceEdit->setObjectName(QStringLiteral("replaceEdit"));
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_replaceEdit->setToolTip(tr("With a regular expression, \\1 to \\99 stand for its groups and \\0 for the match"));
    m_findEdit->installEventFilter(this);
    m_replaceEdit->installEventFilter(this);

    auto setUpToggle = [](QToolButton *button, const char *name, const QString &text, const QString &toolTip) {
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setToolTip(toolTip);
        button->setCheckable(true);
        button->setAutoRaise(true);
    };
    setUpToggle(m_caseButton, "caseButton", tr("Aa"), tr("Match case"));
    setUpToggle(m_wordButton, "wordButton", tr("Word"), tr("Whole words only"));
    setUpToggle(m_regexButton, "regexButton", tr(".*"), tr("Regular expression"));

    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    // The counter's width stays put while it changes, so the buttons do not jump.
    m_counterLabel->setMinimumWidth(m_counterLabel->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999)));
    auto setUpButton = [](QToolButton *button, const char *name, const QString &text, const QString &toolTip) {
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
    };
    setUpButton(m_previousButton, "previousButton", tr("Previous"), tr("Previous match (Shift+Enter)"));
    setUpButton(m_nextButton, "nextButton", tr("Next"), tr("Next match (Enter)"));
    setUpButton(m_closeButton, "closeButton", QStringLiteral("×"), tr("Close (Esc)"));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setVerticalSpacing(3);
    auto *findRow = new QHBoxLayout;
    findRow->setSpacing(2);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_caseButton, m_wordButton, m_regexButton})
        findRow->addWidget(widget);
    findRow->addSpacing(6);
    findRow->addWidget(m_counterLabel);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_previousButton, m_nextButton})
        findRow->addWidget(widget);
    findRow->addStretch();
    findRow->addWidget(m_closeButton);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);
    replaceRow->addStretch();
    layout->addWidget(m_findEdit, 0, 0);
    layout->addLayout(findRow, 0, 1);
    layout->addWidget(m_replaceEdit, 1, 0);
    layout->addLayout(replaceRow, 1, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { search(Activation::Activate); });
    for (QToolButton *toggle : {m_caseButton, m_wordButton, m_regexButton})
        connect(toggle, &QToolButton::toggled, this, [this] { search(Activation::Activate); });
    connect(m_previousButton, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_closeButton, &QToolButton::clicked, this, &FindReplaceBar::dismiss);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_document, &ArticleDocument::textEdited, this, &FindReplaceBar::followEdit);
    connect(m_document, &ArticleDocument::structureChanged, this, &FindReplaceBar::documentChanged);

    setReplaceVisible(false);
    updateCounter();
    updateEnabled();
}

QString FindReplaceBar::findText() const
{
    return m_findEdit->text();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_findEdit->setText(text);
}

QString FindReplaceBar::replacementText() const
{
    return m_replaceEdit->text();
}

void FindReplaceBar::setReplacementText(const QString &text)
{
    m_replaceEdit->setText(text);
}

ArticleSearch::Options FindReplaceBar::options() const
{
    ArticleSearch::Options options;
    options.setFlag(ArticleSearch::Option::CaseSensitive, m_caseButton->isChecked());
    options.setFlag(ArticleSearch::Option::WholeWords, m_wordButton->isChecked());
    options.setFlag(ArticleSearch::Option::RegularExpression, m_regexButton->isChecked());
    return options;
}

void FindReplaceBar::setOptions(ArticleSearch::Options options)
{
    const QSignalBlocker blockCase(m_caseButton);
    const QSignalBlocker blockWord(m_wordButton);
    const QSignalBlocker blockRegex(m_regexButton);
    m_caseButton->setChecked(options.testFlag(ArticleSearch::Option::CaseSensitive));
    m_wordButton->setChecked(options.testFlag(ArticleSearch::Option::WholeWords));
    m_regexButton->setChecked(options.testFlag(ArticleSearch::Option::RegularExpression));
    search(Activation::Keep);
}

bool FindReplaceBar::isReplaceVisible() const
{
    return !m_replaceEdit->isHidden();
}

std::optional<SearchMatch> FindReplaceBar::currentMatch() const
{
    if (m_current < 0 || m_current >= m_matches.size())
        return std::nullopt;
    return m_matches.at(m_current);
}

void FindReplaceBar::showFind()
{
    showBar(false);
}

void FindReplaceBar::showReplace()
{
    showBar(true);
}

void FindReplaceBar::showBar(bool withReplace)
{
    setReplaceVisible(withReplace);
    show();
    searchIfStale();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_replaceEdit, m_replaceButton, m_replaceAllButton})
        widget->setVisible(visible);
}

void FindReplaceBar::dismiss()
{
    hide();
    Q_EMIT dismissed();
}

void FindReplaceBar::findNext()
{
    searchIfStale();
    if (m_matches.isEmpty())
        return;
    setCurrent(int((m_current + 1) % m_matches.size()), Activation::Activate);
}

void FindReplaceBar::findPrevious()
{
    searchIfStale();
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    setCurrent(m_current <= 0 ? count - 1 : m_current - 1, Activation::Activate);
}

void FindReplaceBar::replaceCurrent()
{
    searchIfStale();
    const std::optional<SearchMatch> match = currentMatch();
    if (!match || m_document->isReadOnly())
        return;
    const QString replacement = m_replaceEdit->text();
    QString error;
    if (!m_document->replaceMatches({*match}, replacement, &error)) {
        Q_EMIT replaceFailed(error);
        return;
    }
    // Continue after the replacement, so that a replacement containing the
    // searched text is not found again.
    const qsizetype inserted = m_document->toSourceText(ArticleSearch::replacementFor(*match, replacement)).size();
    m_anchor = match->offset + inserted;
    search(Activation::Activate);
    Q_EMIT matchesReplaced(1);
}

void FindReplaceBar::replaceAll()
{
    searchIfStale();
    if (m_matches.isEmpty() || m_document->isReadOnly())
        return;
    const int count = int(m_matches.size());
    QString error;
    if (!m_document->replaceMatches(m_matches, m_replaceEdit->text(), &error)) {
        Q_EMIT replaceFailed(error);
        return;
    }
    Q_EMIT matchesReplaced(count);
}

void FindReplaceBar::search(Activation activation)
{
    m_stale = false;
    const ArticleSearch search(m_findEdit->text(), options());
    m_searchError = search.errorString();
    m_matches = search.findAll(*m_document);
    int index = -1;
    if (!m_matches.isEmpty()) {
        const auto next = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_anchor,
                                           [](const SearchMatch &match, qsizetype offset) { return match.offset < offset; });
        index = next == m_matches.cend() ? 0 : int(next - m_matches.cbegin());
    }
    setCurrent(index, activation);
}

void FindReplaceBar::searchIfStale()
{
    if (m_stale)
        search(Activation::Keep);
}

void FindReplaceBar::setCurrent(int index, Activation activation)
{
    m_current = index;
    if (index >= 0)
        m_anchor = m_matches.at(index).offset;
    updateCounter();
    updateEnabled();
    if (activation == Activation::Activate && index >= 0) {
        const SearchMatch &match = m_matches.at(index);
        Q_EMIT matchActivated(match.offset, match.length, match.section);
    }
}

void FindReplaceBar::updateCounter()
{
    m_counterLabel->setToolTip(m_searchError);
    if (m_findEdit->text().isEmpty()) {
        m_counterLabel->clear();
    } else if (!m_searchError.isEmpty()) {
        m_counterLabel->setText(tr("Invalid pattern"));
    } else if (m_matches.isEmpty()) {
        m_counterLabel->setText(tr("No matches"));
    } else {
        const SearchMatch &match = m_matches.at(m_current);
        const QString format = match.isInCode ? tr("%1 of %2 (in code)")
            : match.isInUrl                   ? tr("%1 of %2 (in a URL)")
                                              : tr("%1 of %2");
        m_counterLabel->setText(format.arg(m_current + 1).arg(m_matches.size()));
    }
}

void FindReplaceBar::updateEnabled()
{
    const bool hasMatches = !m_matches.isEmpty();
    const bool editable = !m_document->isReadOnly();
    m_previousButton->setEnabled(hasMatches);
    m_nextButton->setEnabled(hasMatches);
    m_replaceEdit->setEnabled(editable);
    m_replaceButton->setEnabled(editable && hasMatches);
    m_replaceAllButton->setEnabled(editable && hasMatches);
}

void FindReplaceBar::followEdit(const TextEdit &edit)
{
    const qsizetype removedEnd = edit.offset + edit.removed.size();
    if (removedEnd <= m_anchor)
        m_anchor += edit.inserted.size() - edit.removed.size();
    else if (edit.offset < m_anchor)
        m_anchor = edit.offset;
}

void FindReplaceBar::documentChanged()
{
    // Searching on every keystroke in the editor is wasted while nobody
    // looks at the counter.
    if (isHidden()) {
        m_stale = true;
        return;
    }
    search(Activation::Keep);
}

bool FindReplaceBar::event(QEvent *event)
{
    // Escape belongs to the bar while the focus is in it, even when the
    // window binds it to an action.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceEdit)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        dismiss();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    searchIfStale();
}
