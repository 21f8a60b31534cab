#include "headinglevels.h"

#include "importresult.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString normalized(const QString &text)
{
    // Compiled once: built per line, it took seconds for a long text.
    static const QRegularExpression separators(QStringLiteral("[\\s　・:：]"));
    QString key = text;
    key.remove(separators);
    return key.toCaseFolded();
}

bool isOrderedRun(const QList<TextLine> &lines, int index)
{
    auto ordered = [&](int at) { return at >= 0 && at < lines.size() && lines.at(at).kind == TextLine::OrderedItem; };
    return ordered(index - 1) || ordered(index + 1);
}

// A line that can be a heading: short and not a sentence, or a numbered
// line standing alone ("1. はじめに"), with something after it.
bool isCandidate(const QList<TextLine> &lines, int index)
{
    if (index + 1 >= lines.size())
        return false;
    const TextLine &line = lines.at(index);
    if (line.kind == TextLine::Short)
        return true;
    return line.kind == TextLine::OrderedItem && !isOrderedRun(lines, index) && line.text.size() <= 50
        && !TextLines::endsLikeSentence(line.text);
}

bool isClosing(const QString &heading)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:まとめ|おわりに|終わりに|さいごに|最後に|総括)|まとめ$"));
    return pattern.match(heading).hasMatch();
}

bool isCallToAction(const QString &heading)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?:なら|には|するなら).+(?:が|は)(?:おすすめ|オススメ|お勧め|一番)|(?:お問い合わせ|ご相談|ご予約|お申し込み|はこちら)$"));
    return pattern.match(heading).hasMatch();
}

bool isFaq(const QString &heading)
{
    static const QRegularExpression pattern(QStringLiteral("よくある(?:ご)?質問|FAQ|Q\\s*[&＆]\\s*A|Ｑ\\s*[&＆]\\s*Ａ|質問と回答"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(heading).hasMatch();
}

bool introducesParts(const QString &paragraph)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:ここでは|以下では|本章では|この章では|本項では|この項では|ここからは|次の項目では)[、,]?.*"
        "(?:紹介|解説|説明|見ていき|取り上げ)"));
    return pattern.match(paragraph).hasMatch();
}

bool startsCounting(const QString &paragraph)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:1|１|一)(?:つ目|番目)|^第一に"));
    return pattern.match(paragraph).hasMatch();
}

enum class Parts { None, List, Introduced, Faq };

struct Candidate
{
    int index;
    QString text;
};

class Guesser
{
public:
    explicit Guesser(const QList<TextLine> &lines) : m_lines(lines)
    {
        for (int index = 0; index < lines.size(); ++index) {
            if (isCandidate(lines, index))
                m_candidates.append({index, lines.at(index).headingText()});
        }
    }

    QList<HeadingGuess> run()
    {
        QList<HeadingGuess> guesses;
        Parts parts = Parts::None;
        QSet<QString> listed;
        int parent = -1;
        int partsLine = 0;
        for (int candidate = 0; candidate < m_candidates.size(); ++candidate) {
            const Candidate &heading = m_candidates.at(candidate);
            const QString key = normalized(heading.text);
            const QString parentText = parent >= 0 ? m_candidates.at(parent).text : QString();
            if (parts == Parts::List && listed.contains(key)) {
                listed.remove(key);
                guesses.append({heading.index, 3, noteText(QT_TRANSLATE_NOOP("ImportNote", "H3: an item of the list under 「%1」 (line %2)"))
                                                      .arg(parentText).arg(partsLine)});
                continue;
            }
            if (parts == Parts::Faq && TextLines::isQuestion(heading.text)) {
                guesses.append({heading.index, 3, noteText(QT_TRANSLATE_NOOP("ImportNote", "H3: a question under 「%1」")).arg(parentText)});
                continue;
            }
            Parts own = Parts::None;
            int ownLine = 0;
            const bool terminates = isClosing(heading.text) || isCallToAction(heading.text)
                || (own = partsOf(candidate, &ownLine)) != Parts::None;
            if (parts == Parts::Introduced && !terminates) {
                guesses.append({heading.index, 3, noteText(QT_TRANSLATE_NOOP("ImportNote", "H3: one of the parts 「%1」 introduces (line %2)"))
                                                      .arg(parentText).arg(partsLine)});
                continue;
            }
            if (parent >= 0 && parts == Parts::None && !terminates && startsCounting(firstParagraph(candidate))) {
                parts = Parts::Introduced;
                partsLine = m_lines.at(heading.index + 1).number;
                guesses.append({heading.index, 3, noteText(QT_TRANSLATE_NOOP("ImportNote", "H3: its text starts counting (line %1), a part of 「%2」"))
                                                      .arg(partsLine).arg(parentText)});
                continue;
            }
            QString reason = noteText(QT_TRANSLATE_NOOP("ImportNote", "H2: a short line followed by text"));
            if (isClosing(heading.text))
                reason = noteText(QT_TRANSLATE_NOOP("ImportNote", "H2: a summary"));
            else if (isCallToAction(heading.text))
                reason = noteText(QT_TRANSLATE_NOOP("ImportNote", "H2: a call to action"));
            guesses.append({heading.index, 2, reason});
            parent = candidate;
            parts = own;
            partsLine = ownLine;
            listed.clear();
            if (parts == Parts::List)
                listed = repeatedItems(candidate, nullptr);
        }
        return guesses;
    }

private:
    // Lines of the candidate's body: up to the next candidate.
    int bodyEnd(int candidate) const
    {
        return candidate + 1 < m_candidates.size() ? m_candidates.at(candidate + 1).index : int(m_lines.size());
    }

    QString firstParagraph(int candidate) const
    {
        const int index = m_candidates.at(candidate).index + 1;
        return index < bodyEnd(candidate) ? m_lines.at(index).text : QString();
    }

    // The list items of the candidate's body that come back as the headings
    // right after it (at least two of them).
    QSet<QString> repeatedItems(int candidate, int *listLine) const
    {
        QSet<QString> items;
        int firstItemLine = 0;
        for (int index = m_candidates.at(candidate).index + 1; index < bodyEnd(candidate); ++index) {
            const TextLine &line = m_lines.at(index);
            if (line.kind == TextLine::ListItem || line.kind == TextLine::OrderedItem) {
                items.insert(normalized(line.text));
                if (!firstItemLine)
                    firstItemLine = line.number;
            }
        }
        QSet<QString> repeated;
        for (int next = candidate + 1; next < m_candidates.size(); ++next) {
            const QString key = normalized(m_candidates.at(next).text);
            if (!items.contains(key))
                break;
            repeated.insert(key);
        }
        if (listLine)
            *listLine = firstItemLine;
        return repeated.size() >= 2 ? repeated : QSet<QString>();
    }

    Parts partsOf(int candidate, int *line) const
    {
        if (!repeatedItems(candidate, line).isEmpty())
            return Parts::List;
        if (isFaq(m_candidates.at(candidate).text)) {
            *line = m_lines.at(m_candidates.at(candidate).index).number;
            return Parts::Faq;
        }
        for (int index = m_candidates.at(candidate).index + 1; index < bodyEnd(candidate); ++index) {
            if (m_lines.at(index).kind == TextLine::Paragraph && introducesParts(m_lines.at(index).text)) {
                *line = m_lines.at(index).number;
                return Parts::Introduced;
            }
        }
        return Parts::None;
    }

    const QList<TextLine> &m_lines;
    QList<Candidate> m_candidates;
};

} // namespace

namespace HeadingLevels {

QList<HeadingGuess> guess(const QList<TextLine> &lines)
{
    return Guesser(lines).run();
}

} // namespace HeadingLevels
