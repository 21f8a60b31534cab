#include "setsectionbody.h"

#include "articledocument.h"
#include "undocommands.h"

#include <QCoreApplication>

SetSectionBody::SetSectionBody(ArticleDocument *document, int section, const QString &body)
    : TextEditCommand(document, QCoreApplication::translate("SetSectionBody", "Edit Text"))
{
    const ArticleStructure &structure = document->structure();
    if (section < Lead || section >= structure.sections.size()) {
        setError(QCoreApplication::translate("SetSectionBody", "there is no section %1").arg(section));
        return;
    }
    const QByteArray &text = document->text();
    const qsizetype begin = section == Lead ? structure.markdownBegin : structure.sections.at(section).bodyBegin;
    const qsizetype end = section == Lead ? structure.leadEnd : structure.sections.at(section).end;
    QByteArray bytes = document->toSourceText(body);
    const QByteArray lineBreak = document->lineBreak();
    if (end < text.size()) {
        // A heading follows: it must start on a line of its own, and a
        // setext heading must not take the body's last line as its own.
        if (!bytes.isEmpty() && !bytes.endsWith('\n') && !bytes.endsWith('\r'))
            bytes += lineBreak;
        const int next = section + 1;
        if (next < structure.sections.size() && structure.sections.at(next).isSetext && !bytes.isEmpty()
            && !bytes.endsWith(lineBreak + lineBreak))
            bytes += lineBreak;
    }
    TextEdit edit = TextEdit::between(text.mid(begin, end - begin), bytes);
    edit.offset += begin;
    setEdit(edit);
    // The section's start, not its body's: setting an approved section back
    // to review shortens its `<!-- kiji: … -->` line and moves the body, and
    // the typing after that keystroke must still join it.
    const qsizetype sectionBegin = section == Lead ? structure.markdownBegin : structure.sections.at(section).begin;
    setMergeKey("body:" + QByteArray::number(sectionBegin));
}

int SetSectionBody::id() const
{
    return Cmd_SetSectionBody;
}
