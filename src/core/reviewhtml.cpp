#include "reviewhtml.h"

#include <QString>


namespace {

// Private use characters U+E000…U+E00B: `EE 80 80+k` in UTF-8.
enum Placeholder : unsigned char {
    Filler = 0,            // after a line break inside a comment; removed
    InsertionOpen = 1,
    InsertionClose = 2,
    DeletionOpen = 3,
    DeletionClose = 4,
    SubstitutionOpen = 5,
    SubstitutionArrow = 6,
    SubstitutionClose = 7,
    HighlightOpen = 8,
    HighlightClose = 9,
    CommentOpen = 10,      // followed by the mark's index in decimal
    CommentClose = 11,
    PlaceholderCount = 12,
};

constexpr unsigned char Lead0 = 0xee;
constexpr unsigned char Lead1 = 0x80;

QByteArray placeholder(Placeholder kind)
{
    const char bytes[3] = {char(Lead0), char(Lead1), char(0x80 + kind)};
    return QByteArray(bytes, 3);
}

// The placeholder at `position`, or -1.
int placeholderAt(const char *data, qsizetype size, qsizetype position)
{
    if (position + 3 > size || uchar(data[position]) != Lead0 || uchar(data[position + 1]) != Lead1)
        return -1;
    const int kind = uchar(data[position + 2]) - 0x80;
    return kind >= 0 && kind < PlaceholderCount ? kind : -1;
}

// What a placeholder stood for, as escaped text.
const char *delimiterText(int kind)
{
    static const char *const texts[PlaceholderCount] = {
        "", "{++", "++}", "{--", "--}", "{~~", "~&gt;", "~~}", "{==", "==}", "", "",
    };
    return texts[kind];
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray escapedLines(const QString &text)
{
    QByteArray html = escaped(text);
    html.replace("\r\n", "\n");
    html.replace('\r', '\n');
    html.replace("\n", "<br>");
    return html;
}

} // namespace

ReviewHtml::ReviewHtml(const QByteArray &markdown, const QList<ReviewMark> &marks, qsizetype base)
    : m_marks(marks)
{
    if (marks.isEmpty())
        return;
    const char *data = markdown.constData();
    const qsizetype size = markdown.size();
    // Text that already holds the placeholders would be misread.
    for (qsizetype found = markdown.indexOf(char(Lead0)); found >= 0; found = markdown.indexOf(char(Lead0), found + 1)) {
        if (placeholderAt(data, size, found) >= 0)
            return;
    }

    m_markdown.reserve(size + marks.size() * 4);
    qsizetype position = 0;
    auto copy = [&](qsizetype begin, qsizetype end) { m_markdown.append(data + begin, end - begin); };
    for (int index = 0; index < marks.size(); ++index) {
        const ReviewMark &mark = marks.at(index);
        const qsizetype begin = mark.begin - base;
        const qsizetype end = mark.end - base;
        if (begin < position || end > size || begin >= end)
            continue;
        copy(position, begin);
        const qsizetype contentBegin = mark.contentBegin - base;
        const qsizetype contentEnd = mark.contentEnd - base;
        switch (mark.kind) {
        case ReviewMarkKind::Insertion:
            m_markdown += placeholder(InsertionOpen);
            copy(contentBegin, contentEnd);
            m_markdown += placeholder(InsertionClose);
            break;
        case ReviewMarkKind::Deletion:
            m_markdown += placeholder(DeletionOpen);
            copy(contentBegin, contentEnd);
            m_markdown += placeholder(DeletionClose);
            break;
        case ReviewMarkKind::Substitution:
            m_markdown += placeholder(SubstitutionOpen);
            copy(contentBegin, contentEnd);
            m_markdown += placeholder(SubstitutionArrow);
            copy(mark.newBegin - base, mark.newEnd - base);
            m_markdown += placeholder(SubstitutionClose);
            break;
        case ReviewMarkKind::Highlight:
            m_markdown += placeholder(HighlightOpen);
            copy(contentBegin, contentEnd);
            m_markdown += placeholder(HighlightClose);
            break;
        case ReviewMarkKind::Comment:
            m_markdown += placeholder(CommentOpen) + QByteArray::number(index) + placeholder(CommentClose);
            // The comment's line breaks stay, so that the blocks after it
            // keep their lines; a filler keeps each following line from
            // being blank or starting a block.
            for (qsizetype i = begin; i < end; ++i) {
                if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= end || data[i + 1] != '\n'))) {
                    m_markdown += data[i];
                    m_markdown += placeholder(Filler);
                } else if (data[i] == '\r') {
                    m_markdown += '\r';
                }
            }
            break;
        }
        position = end;
    }
    copy(position, size);
    m_active = true;
}

QByteArray ReviewHtml::noteHtml(int index, int number) const
{
    auto entry = [this](const ReviewMark &comment) {
        QByteArray html = "<p class=\"kiji-note-head\">";
        if (!comment.author.isEmpty())
            html += "<span class=\"kiji-note-author\">" + escaped(comment.author) + "</span>";
        if (comment.date.isValid())
            html += "<span class=\"kiji-note-date\">" + comment.date.toString(Qt::ISODate).toUtf8() + "</span>";
        html += "</p><p class=\"kiji-note-text\">" + escapedLines(comment.commentText()) + "</p>";
        return html;
    };
    const ReviewMark &comment = m_marks.at(index);
    QByteArray html = "<div class=\"kiji-note\" data-note=\"" + QByteArray::number(number) + "\" data-offset=\""
        + QByteArray::number(comment.begin) + "\"><span class=\"kiji-note-number\">" + QByteArray::number(number)
        + "</span>" + entry(comment);
    for (int reply : comment.replies) {
        if (reply >= 0 && reply < m_marks.size())
            html += "<div class=\"kiji-reply\">" + entry(m_marks.at(reply)) + "</div>";
    }
    return html + "</div>";
}

QByteArray ReviewHtml::finish(const QByteArray &blockHtml, Placement placement)
{
    if (!m_active)
        return blockHtml;
    const char *data = blockHtml.constData();
    const qsizetype size = blockHtml.size();
    QByteArray html;
    html.reserve(size + 64);
    QByteArray notes;
    // The elements this block opened and has not closed, so that a
    // delimiter cmark-gfm dropped (with raw HTML) leaves no element open.
    QList<int> open;
    bool inTag = false;
    for (qsizetype i = 0; i < size;) {
        const char c = data[i];
        const int kind = placeholderAt(data, size, i);
        if (kind < 0) {
            // cmark-gfm escapes `<` and `>` in text and attributes: a bare
            // one always opens or closes a tag.
            if (c == '<')
                inTag = true;
            else if (c == '>')
                inTag = false;
            html += c;
            ++i;
            continue;
        }
        i += 3;
        if (kind == CommentOpen) {
            const qsizetype close = i;
            qsizetype digitsEnd = close;
            while (digitsEnd < size && data[digitsEnd] >= '0' && data[digitsEnd] <= '9')
                ++digitsEnd;
            bool ok = false;
            const int index = QByteArray(data + i, digitsEnd - i).toInt(&ok);
            i = digitsEnd;
            if (placeholderAt(data, size, i) == CommentClose)
                i += 3;
            if (!ok || index < 0 || index >= m_marks.size())
                continue;
            const ReviewMark &comment = m_marks.at(index);
            if (inTag) {
                html += escaped(QString::fromUtf8(comment.source));
                continue;
            }
            if (comment.replyTo >= 0)
                continue;
            const int number = ++m_number;
            html += "<span class=\"kiji-comment-anchor\" data-note=\"" + QByteArray::number(number) + "\">"
                + QByteArray::number(number) + "</span>";
            notes += noteHtml(index, number);
            continue;
        }
        if (inTag) {
            html += delimiterText(kind);
            continue;
        }
        switch (kind) {
        case Filler:
            if (html.endsWith('\n'))
                html.chop(1);
            break;
        case InsertionOpen:
            html += "<ins class=\"kiji-insertion\">";
            open.append(InsertionOpen);
            break;
        case DeletionOpen:
            html += "<del class=\"kiji-deletion\">";
            open.append(DeletionOpen);
            break;
        case SubstitutionOpen:
            html += "<span class=\"kiji-substitution\"><del class=\"kiji-deletion\">";
            open.append(SubstitutionOpen);
            break;
        case HighlightOpen:
            html += "<mark class=\"kiji-review-highlight\">";
            open.append(HighlightOpen);
            break;
        case SubstitutionArrow:
            if (!open.isEmpty() && open.last() == SubstitutionOpen) {
                html += "</del><ins class=\"kiji-insertion\">";
                open.last() = SubstitutionArrow;
            }
            break;
        case InsertionClose:
        case DeletionClose:
        case SubstitutionClose:
        case HighlightClose: {
            const int opener = kind == SubstitutionClose ? SubstitutionArrow : kind - 1;
            if (open.isEmpty() || open.last() != opener)
                break;
            open.removeLast();
            html += kind == InsertionClose ? "</ins>"
                : kind == DeletionClose    ? "</del>"
                : kind == HighlightClose   ? "</mark>"
                                           : "</ins></span>";
            break;
        }
        default:
            break;
        }
    }
    // Unclosed elements would run into the next block's HTML: close them
    // before this block's last closing tag.
    if (!open.isEmpty()) {
        QByteArray closing;
        for (qsizetype k = open.size() - 1; k >= 0; --k) {
            switch (open.at(k)) {
            case InsertionOpen:
                closing += "</ins>";
                break;
            case DeletionOpen:
                closing += "</del>";
                break;
            case SubstitutionOpen:
                closing += "</del></span>";
                break;
            case SubstitutionArrow:
                closing += "</ins></span>";
                break;
            default:
                closing += "</mark>";
                break;
            }
        }
        const qsizetype last = html.lastIndexOf("</");
        html.insert(last >= 0 ? last : html.size(), closing);
    }
    if (notes.isEmpty())
        return html;
    const QByteArray aside = "<aside class=\"kiji-notes\">" + notes + "</aside>";
    switch (placement) {
    case Placement::Wrap:
        return "<div class=\"kiji-reviewed\">" + html + aside + "</div>\n";
    case Placement::After:
        return html + aside + "\n";
    case Placement::Inside: {
        const qsizetype last = html.lastIndexOf("</");
        html.insert(last >= 0 ? last : html.size(), aside);
        return html;
    }
    }
    return html;
}
