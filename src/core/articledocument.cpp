#include "articledocument.h"

#include "addreviewcomment.h"
#include "addreviewreply.h"
#include "cmarktree.h"
#include "duplicatesection.h"
#include "filewriting.h"
#include "insertsection.h"
#include "movesection.h"
#include "removesection.h"
#include "replacematches.h"
#include "replacetext.h"
#include "resolvereviewmarks.h"
#include "restoretext.h"
#include "setfrontmatterfield.h"
#include "setheadingtext.h"
#include "setsectionattribute.h"
#include "setsectionbody.h"
#include "setsectionlevel.h"
#include "setsectionstatus.h"

#include <QFile>

namespace {

const QByteArray utf8ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
{
    derive();
}

bool ArticleDocument::load(const QString &fileName, QString *errorString, Access access)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("cannot open: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (errorString)
            *errorString = tr("cannot read: %1").arg(file.errorString());
        return false;
    }
    m_fileName = fileName;
    setData(bytes, access);
    return true;
}

void ArticleDocument::setData(const QByteArray &bytes, Access access)
{
    m_undoStack.clear();
    m_openedReadOnly = access == Access::ReadOnly;
    m_hasByteOrderMark = bytes.startsWith(utf8ByteOrderMark);
    m_text = m_hasByteOrderMark ? bytes.mid(utf8ByteOrderMark.size()) : bytes;
    m_loadDiagnostics.clear();

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        m_loadDiagnostics.append({Diagnostic::Severity::Error, 1,
                                  tr("the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)")});
    } else if (const qsizetype invalid = firstInvalidUtf8(m_text); invalid >= 0) {
        m_loadDiagnostics.append({Diagnostic::Severity::Error, 0,
                                  tr("invalid UTF-8 (byte 0x%1 at offset %2)")
                                      .arg(uchar(m_text.at(invalid)), 2, 16, QLatin1Char('0'))
                                      .arg(invalid + (m_hasByteOrderMark ? 3 : 0))});
        m_loadDiagnostics.last().line = lineOfOffset(invalid);
    }
    if (const qsizetype nul = m_text.indexOf('\0'); nul >= 0) {
        m_loadDiagnostics.append({Diagnostic::Severity::Error, lineOfOffset(nul),
                                  tr("the file contains NUL bytes (offset %1): it is not a text file").arg(nul)});
    }
    derive();
    m_readOnly = hasErrors();
    ++m_revision;
    Q_EMIT structureChanged();
}

bool ArticleDocument::save(const QString &fileName, QString *errorString)
{
    if (isReadOnly() && (fileName.isEmpty() || fileName == m_fileName)) {
        if (errorString) {
            *errorString = m_readOnly
                ? tr("the file was opened read-only because it is damaged; save a copy under a new name")
                : tr("the file was opened read-only; save a copy under a new name");
        }
        return false;
    }
    const QString target = fileName.isEmpty() ? m_fileName : fileName;
    QString error;
    if (!writeFileAtomically(target, data(), &error)) {
        if (errorString)
            *errorString = tr("cannot write %1: %2").arg(target, error);
        return false;
    }
    // A copy of an article opened read-only is the user's own to edit.
    const bool becomesEditable = m_openedReadOnly && target != m_fileName;
    m_fileName = target;
    m_undoStack.setClean();
    if (becomesEditable) {
        m_openedReadOnly = false;
        Q_EMIT structureChanged();
    }
    return true;
}

QByteArray ArticleDocument::data() const
{
    return m_hasByteOrderMark ? utf8ByteOrderMark + m_text : m_text;
}

QByteArray ArticleDocument::lineBreak() const
{
    // Typing asks on every keystroke: a CR is looked for only up to the
    // first LF, not through a long article without one.
    const qsizetype newline = m_text.indexOf('\n');
    const qsizetype carriageReturn =
        QByteArrayView(m_text).first(newline < 0 ? m_text.size() : newline).indexOf('\r');
    if (carriageReturn >= 0 && (newline < 0 || carriageReturn < newline))
        return carriageReturn + 1 == newline ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\r");
    return QByteArrayLiteral("\n");
}

bool ArticleDocument::hasErrors() const
{
    return std::any_of(m_diagnostics.cbegin(), m_diagnostics.cend(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

int ArticleDocument::lineOfOffset(qsizetype offset) const
{
    int line = 1;
    const char *data = m_text.constData();
    offset = std::min(offset, m_text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= m_text.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

const CmarkTree &ArticleDocument::markdownTree() const
{
    if (!m_tree) {
        const qsizetype begin = m_structure.markdownBegin;
        m_tree = std::make_shared<const CmarkTree>(m_text.constData() + begin, m_text.size() - begin);
    }
    return *m_tree;
}

void ArticleDocument::derive()
{
    m_localChange.reset();
    m_frontMatterDiagnostics.clear();
    m_frontMatter = FrontMatter::read(m_text, &m_frontMatterDiagnostics);
    deriveStructure();
}

void ArticleDocument::deriveStructure()
{
    m_localChange.reset();
    m_diagnostics = m_loadDiagnostics + m_frontMatterDiagnostics;
    m_structure = ArticleStructure::derive(m_text, m_frontMatter, &m_tree);
    for (const MarkdownGuard::Disarmed &disarmed : m_tree->disarmed()) {
        const int line = lineOfOffset(m_structure.markdownBegin + disarmed.offset);
        QString message;
        switch (disarmed.kind) {
        case MarkdownGuard::Disarmed::UnclosedInlineHtml:
            message = tr("%n unclosed <![CDATA[, <? or <! in this paragraph are read as text: as HTML they would take "
                         "minutes to read", nullptr, disarmed.count);
            break;
        case MarkdownGuard::Disarmed::WideTable:
            message = tr("this table of %1 columns is read as text: Kiji reads tables of up to %2 columns")
                          .arg(disarmed.count)
                          .arg(MarkdownGuard::MaxTableColumns);
            break;
        case MarkdownGuard::Disarmed::LargeTables:
            message = tr("this table is read as text: the article's tables already hold %1 cells, as many as Kiji reads")
                          .arg(MarkdownGuard::MaxTableCells);
            break;
        case MarkdownGuard::Disarmed::ImageOpeners:
            message = tr("%n image openers ![ in this paragraph are read as text: as images they would take minutes "
                         "to read", nullptr, disarmed.count);
            break;
        case MarkdownGuard::Disarmed::ReferenceExpansion:
            message = tr("this link reference definition is read as text: its %n use(s) would copy more than %1 MB "
                         "into the article", nullptr, disarmed.count)
                          .arg(MarkdownGuard::MaxReferenceExpansion / (1024 * 1024));
            break;
        }
        m_diagnostics.append({Diagnostic::Severity::Warning, line, message});
    }
}

void ArticleDocument::applyEdit(const TextEdit &edit)
{
    edit.applyTo(m_text);
    const quint64 baseRevision = m_revision++;
    const bool hadLoadDiagnostics = !m_loadDiagnostics.isEmpty();
    m_loadDiagnostics.clear();
    // An edit after the front matter block leaves its bytes, and so its
    // reading, as they were: typing in a body does not parse the YAML again.
    // Without front matter, one can only begin with a `---` line. A block
    // whose closing `---` has no LF yet (the end of the file, or CR-only
    // line breaks) grows with text inserted right after it.
    const bool keepsFrontMatter = m_frontMatter.isPresent
        ? edit.offset > m_frontMatter.end
            || (edit.offset == m_frontMatter.end && m_text.at(m_frontMatter.end - 1) == '\n')
        : !m_text.startsWith("---");
    if (!keepsFrontMatter) {
        derive();
    } else if (std::optional<PartReparse> reparse = hadLoadDiagnostics ? std::nullopt
                                                        : m_structure.reparsePart(m_text, edit)) {
        m_tree.reset();
        m_localChange = LocalChange{std::move(*reparse), baseRevision};
    } else {
        deriveStructure();
    }
    Q_EMIT textEdited(edit);
    Q_EMIT structureChanged();
}

QByteArray ArticleDocument::toSourceText(const QString &text) const
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    const QByteArray lineBreak = this->lineBreak();
    if (lineBreak != "\n")
        bytes.replace("\n", lineBreak);
    return bytes;
}

bool ArticleDocument::checkEditable(QString *errorString) const
{
    if (!isReadOnly())
        return true;
    if (errorString) {
        *errorString = m_readOnly ? tr("the article is read-only because the file is damaged")
                                  : tr("the article was opened read-only");
    }
    return false;
}

bool ArticleDocument::pushEdit(QUndoCommand *command, const QString &commandError, QString *errorString)
{
    if (!commandError.isEmpty()) {
        if (errorString)
            *errorString = commandError;
        delete command;
        return false;
    }
    m_undoStack.push(command);
    return true;
}

bool ArticleDocument::setHeadingText(int section, const QString &heading, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetHeadingText(this, section, heading);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setSectionLevel(int section, int level, LevelScope scope, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetSectionLevel(this, section, level, scope);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setSectionBody(int section, const QString &body, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetSectionBody(this, section, body);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setLead(const QString &lead, QString *errorString)
{
    return setSectionBody(SetSectionBody::Lead, lead, errorString);
}

bool ArticleDocument::insertSection(int reference, SectionPlacement placement, const QString &heading,
                                    const QString &body, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new InsertSection(this, reference, placement, heading, body);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::removeSection(int section, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new RemoveSection(this, section);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::moveSection(int section, int reference, SectionPlacement placement, LevelPolicy levels,
                                  QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new MoveSection(this, section, reference, placement, levels);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setFrontMatterField(const QString &key, const FieldValue &value, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetFrontMatterField(this, key, value);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setSectionAttribute(int section, const QString &key, const QString &value, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetSectionAttribute(this, section, key, value);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::duplicateSection(int section, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new DuplicateSection(this, section);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::replaceMatches(const QList<SearchMatch> &matches, const QString &replacement,
                                     QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new ReplaceMatches(this, matches, replacement);
    // Replacing text with itself changes nothing and is no undo step.
    if (command->error().isEmpty() && command->edit().isNull()) {
        delete command;
        return true;
    }
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::replaceText(qsizetype offset, const QByteArray &expected, const QString &replacement,
                                  const QString &description, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new ReplaceText(this, offset, expected, replacement, description);
    if (command->error().isEmpty() && command->edit().isNull()) {
        delete command;
        return true;
    }
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::restoreText(const QByteArray &bytes, const QString &description, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new RestoreText(this, bytes, description);
    if (command->edit().isNull()) {
        delete command;
        return true;
    }
    return pushEdit(command, command->error(), errorString);
}

ReviewMarks ArticleDocument::parsedReviewMarks() const
{
    if (!m_reviewMarks || m_reviewMarksRevision != m_revision) {
        m_reviewMarks = ReviewMarks::parse(m_text, m_structure, markdownTree());
        m_reviewMarksRevision = m_revision;
    }
    return *m_reviewMarks;
}

bool ArticleDocument::resolveReviewMarks(const QList<ReviewMark> &marks, ReviewDecision decision,
                                         QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new ResolveReviewMarks(this, marks, decision);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::addReviewComment(qsizetype begin, qsizetype end, const QString &author, const QDate &date,
                                       const QString &text, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new AddReviewComment(this, begin, end, author, date, text);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::addReviewReply(const ReviewMark &comment, const QString &author, const QDate &date,
                                     const QString &text, QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new AddReviewReply(this, comment, author, date, text);
    return pushEdit(command, command->error(), errorString);
}

bool ArticleDocument::setSectionStatus(int section, SectionStatus status, const QString &by, const QDate &date,
                                       QString *errorString)
{
    if (!checkEditable(errorString))
        return false;
    auto *command = new SetSectionStatus(this, section, status, by, date);
    return pushEdit(command, command->error(), errorString);
}
