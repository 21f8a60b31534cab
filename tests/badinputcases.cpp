#include "badinputcases.h"

#include <QDir>
#include <QFile>

namespace BadInput {

namespace {

// A deterministic stream of numbers for generated text (xorshift32): the
// same bytes on every run.
class Random
{
public:
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    template<size_t N>
    const char *pick(const char *const (&list)[N])
    {
        return list[next() % N];
    }

private:
    quint32 m_state = 2463534242u;
};

const char *const subjects[] = {"この記事", "私たち", "編集部", "多くの読者", "医師", "利用者", "担当者", "筆者"};
const char *const topics[] = {"日本語の文章", "睡眠の質", "食生活", "肌の手入れ", "見出しの設計", "読みやすさ",
                              "情報の信頼性", "参考文献", "表記の揺れ", "文字数"};
const char *const verbs[] = {"について考えます", "を詳しく説明します", "に注目しています", "を改善できます",
                             "を確認しました", "が大切です", "を比べました", "を見直します"};
const char *const details[] = {"具体的な例を挙げると分かりやすくなります", "専門家の意見も参考になります",
                               "毎日の小さな習慣が大きな差を生みます", "数値で比べると違いがはっきりします",
                               "読者の立場で読み返すことが大切です", "公的機関の資料で裏付けを取りました"};
const char *const headings[] = {"基本的な考え方", "よくある質問", "具体的な手順", "注意すべき点",
                                "メリットとデメリット", "実践のコツ", "専門家の見解", "まとめ"};

QByteArray sentence(Random &random)
{
    QByteArray text = QByteArray("まず、") + random.pick(subjects) + "は" + random.pick(topics) + random.pick(verbs);
    switch (random.next() % 8) {
    case 0:
        text += "。**" + QByteArray(random.pick(details)) + "**";
        break;
    case 1:
        text += "（[参考資料](https://example.jp/docs/" + QByteArray::number(random.next() % 1000) + ")）";
        break;
    case 2:
        text += "。~~古い情報~~新しい情報では" + QByteArray(random.pick(details));
        break;
    case 3:
        text += "{++。補足を加えました++}";
        break;
    default:
        text += "。" + QByteArray(random.pick(details));
        break;
    }
    return text + "。";
}

// Two to four lines of one or two sentences: Japanese paragraphs break
// lines inside.
QByteArray paragraph(Random &random)
{
    QByteArray text;
    const int lines = 2 + int(random.next() % 3);
    for (int line = 0; line < lines; ++line) {
        text += sentence(random);
        if (random.next() % 2)
            text += sentence(random);
        text += '\n';
    }
    return text + '\n';
}

QByteArray frontMatter(const QByteArray &title)
{
    return "---\ntitle: \"" + title + "\"\ndescription: \"読み込みの速さと正しさを確かめるために生成した記事です。\"\n"
           "slug: generated-article\nkeywords: [生成, 日本語, 記事]\nstatus: draft\nsupervisor:\n  name: 山田 花子\n"
           "  title: 医師\n  credentials: [医学博士, 日本内科学会 認定内科医]\n"
           "  bio: \"大学病院で十年間勤務したのち、地域のクリニックで診療にあたる。\"\n  reviewed: 2026-11-20\n---\n";
}

// 5 000 chapters, each an H2 with three H3: 20 000 sections, a table, a
// list or a quote, footnotes and review marks, grown to 50 MB.
constexpr int largeArticleChapters = 5000;
constexpr qsizetype largeArticleBytes = 50 * 1024 * 1024;

QByteArray largeArticle()
{
    Random random;
    QByteArray text;
    text.reserve(largeArticleBytes + 1024 * 1024);
    text += frontMatter("五十メガバイトの記事");
    text += "この記事は生成されたものです。" + paragraph(random);
    const qsizetype chapterBytes = largeArticleBytes / largeArticleChapters;
    int footnotes = 0;
    for (int chapter = 1; chapter <= largeArticleChapters; ++chapter) {
        const qsizetype chapterEnd = text.size() + chapterBytes;
        text += "## 第" + QByteArray::number(chapter) + "章 " + random.pick(headings) + "\n\n" + paragraph(random);
        for (int sub = 1; sub <= 3; ++sub) {
            text += "### " + QByteArray::number(chapter) + "." + QByteArray::number(sub) + " " + random.pick(topics)
                + "と" + random.pick(headings) + "\n\n";
            const qsizetype subEnd = text.size() + (chapterEnd - text.size()) / (4 - sub);
            while (text.size() < subEnd)
                text += paragraph(random);
            switch (random.next() % 4) {
            case 0:
                text += "- " + QByteArray(random.pick(topics)) + random.pick(verbs) + "。\n  - "
                    + random.pick(details) + "\n- " + random.pick(details) + "[^" + QByteArray::number(++footnotes)
                    + "]\n\n";
                break;
            case 1:
                text += "> " + sentence(random) + "\n> {>>@校正 2026-11-20: 出典を確認<<}\n\n";
                break;
            case 2:
                text += "| 項目 | 内容 |\n| --- | --- |\n| " + QByteArray(random.pick(topics)) + " | "
                    + random.pick(details) + " |\n\n";
                break;
            default:
                text += "```\nprint(\"" + QByteArray(random.pick(topics)) + "\")\n```\n\n";
                break;
            }
        }
    }
    while (text.size() < largeArticleBytes)
        text += paragraph(random);
    for (int footnote = 1; footnote <= footnotes; ++footnote)
        text += "[^" + QByteArray::number(footnote) + "]: " + random.pick(details) + "。\n";
    return text;
}

QByteArray longLine()
{
    // 10 MB of Japanese text, no line break at all.
    const QByteArray unit = QByteArrayLiteral("日本語の長い一行");
    return unit.repeated(10 * 1024 * 1024 / unit.size() + 1);
}

QByteArray manyHeadings()
{
    QByteArray text;
    text.reserve(1200000);
    for (int index = 1; index <= 100000; ++index)
        text += "## h " + QByteArray::number(index) + '\n';
    return text;
}

QByteArray nestedBlockQuotes()
{
    // The heading is inside the quotes, so it is not a section.
    return QByteArrayLiteral("> ").repeated(10000) + "## 引用の中の見出し\n";
}

QByteArray nestedBulletLists()
{
    return QByteArrayLiteral("- ").repeated(10000) + "項目\n";
}

QByteArray nestedOrderedLists()
{
    return QByteArrayLiteral("1. ").repeated(10000) + "項目\n";
}

QByteArray longHeading()
{
    return "## " + QByteArrayLiteral("とても長い見出し").repeated(100 * 1024 / 24 + 1) + "\n\n本文です。\n";
}

QByteArray pathologicalEmphasis()
{
    return QByteArrayLiteral("*a **a ").repeated(50000) + '\n';
}

QByteArray pathologicalUnderscores()
{
    return QByteArrayLiteral("_a __a ").repeated(50000) + '\n';
}

QByteArray openBrackets()
{
    return QByteArray(50000, '[') + "a\n";
}

QByteArray nestedLinks()
{
    return QByteArray(50000, '[') + 'a' + QByteArrayLiteral("](u)").repeated(50000) + '\n';
}

QByteArray imageOpeners()
{
    // Each link closes over every image opener before it.
    return QByteArrayLiteral("![[]()").repeated(50000) + '\n';
}

QByteArray deepYamlNesting()
{
    return "---\ntitle: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n---\n\n## 見出し\n\n本文です。\n";
}

QByteArray randomBinary()
{
    // As if a PNG had been renamed .md.
    QByteArray bytes(1024 * 1024, Qt::Uninitialized);
    Random random;
    for (char &byte : bytes)
        byte = char(random.next() & 0xff);
    return bytes;
}

QByteArray unclosedInsertion2mb()
{
    // One paragraph (line breaks, no blank line) in the lead.
    Random random;
    QByteArray text = "{++ ";
    while (text.size() < 2 * 1024 * 1024)
        text += "追加した文が閉じないまま続きます。" + QByteArray(random.pick(details)) + "。\n";
    return text;
}

QByteArray hundredThousandComments()
{
    // 1 000 sections of ten paragraphs of ten comments: threads with
    // replies, highlights with comments, comments alone.
    QByteArray text = frontMatter("コメントの多い記事") + "\n";
    int number = 0;
    for (int section = 1; section <= 1000; ++section) {
        text += "## 節 " + QByteArray::number(section) + "\n\n";
        for (int paragraph = 0; paragraph < 10; ++paragraph) {
            for (int mark = 0; mark < 10; ++mark) {
                const QByteArray n = QByteArray::number(++number);
                if (mark % 3 == 0)
                    text += "{==文==}{>>@校正 2026-11-20: 確認 " + n + "<<}";
                else if (mark % 3 == 1)
                    text += "文{>>@編集 2026-11-21: 返信 " + n + "<<}";
                else
                    text += "文です{>>" + n + "<<}。";
            }
            text += "\n\n";
        }
    }
    return text;
}

QByteArray nestedReviewMarks()
{
    const QByteArray openers = "{++{--{~~{=={>>";
    const QByteArray closers = "<<}==}~~}--}++}";
    return openers.repeated(2000) + "本文" + closers.repeated(2000) + "\n\n"
        + QByteArrayLiteral("{++a{--b++}c--}").repeated(10000) + "\n";
}

QByteArray hashes1mb()
{
    // Seven or more `#` are no heading: a paragraph. After a heading's
    // text, a run of `#` is its closing sequence.
    return QByteArray(1024 * 1024, '#') + "\n\n## 記号の多い見出し " + QByteArray(1024 * 1024, '#') + "\n\n本文です。\n";
}

QByteArray table10000Columns()
{
    return "|" + QByteArrayLiteral("列|").repeated(10000) + "\n|" + QByteArrayLiteral("-|").repeated(10000) + "\n|"
        + QByteArrayLiteral("値|").repeated(10000) + "\n|" + QByteArrayLiteral("x|").repeated(10000) + "\n";
}

QByteArray tableRow50000Cells()
{
    return "| 項目 | 内容 | 備考 |\n| --- | --- | --- |\n|" + QByteArrayLiteral(" x |").repeated(50000) + "\n";
}

QByteArray hundredThousandFootnotes()
{
    QByteArray text = "## 脚注の多い節\n\n";
    for (int line = 0; line < 1000; ++line) {
        for (int reference = 1; reference <= 100; ++reference)
            text += "本文[^" + QByteArray::number(line * 100 + reference) + "]。";
        text += "\n";
    }
    text += "\n";
    for (int footnote = 1; footnote <= 100000; ++footnote)
        text += "[^" + QByteArray::number(footnote) + "]: 脚注 " + QByteArray::number(footnote) + "。\n";
    return text;
}

QByteArray undefinedFootnoteReferences()
{
    QByteArray text;
    for (int line = 0; line < 1000; ++line) {
        for (int reference = 1; reference <= 100; ++reference)
            text += "[^" + QByteArray::number(line * 100 + reference) + "]";
        text += "\n";
    }
    return text;
}

QByteArray linkReferenceBomb()
{
    // cmark-gfm copies a definition's destination into every link that
    // uses it: 10 000 uses of 100 KB make 1 GB.
    return "[a]: https://example.com/" + QByteArray(100000, 'x') + "\n\n" + QByteArrayLiteral("[a] ").repeated(10000)
        + "\n";
}

QByteArray hundredThousandReferenceDefinitions()
{
    QByteArray text;
    for (int index = 0; index < 100000; ++index)
        text += "[r" + QByteArray::number(index) + "]: https://example.com/" + QByteArray::number(index) + "\n";
    text += "\n";
    for (int index = 0; index < 100000; ++index)
        text += "[リンク][r" + QByteArray::number(index) + "] ";
    return text + "\n";
}

// A section of crOnly1mb(): a heading and ten lines of text.
QByteArray crOnlySection(int section)
{
    return "## 見出し " + QByteArray::number(section) + "\r\r"
        + QByteArrayLiteral("本文です。改行は CR だけです。\r").repeated(10) + "\r";
}

QByteArray crOnly1mb()
{
    QByteArray text = "---\rtitle: CR だけの大きな記事\r---\r\r";
    for (int section = 1; text.size() < 1024 * 1024; ++section)
        text += crOnlySection(section);
    return text;
}

QByteArray word1mb()
{
    // One word of a million letters: MeCab groups a run of one kind.
    return "## 長い単語\n\n" + QByteArrayLiteral("abcdefghij").repeated(100000) + "\n";
}

// The sections of crOnly1mb(), counted as it writes them.
int crOnly1mbSections()
{
    int sections = 0;
    qsizetype size = QByteArray("---\rtitle: CR だけの大きな記事\r---\r\r").size();
    while (size < 1024 * 1024)
        size += crOnlySection(++sections).size();
    return sections;
}

} // namespace

const QList<Case> &cases()
{
    constexpr int None = NoLimit;
    static const QList<Case> list = {
        // Damaged: invalid UTF-8.
        {"invalid-utf8-line3.md", Damaged, 3, 3, -1, None, false, nullptr},
        {"invalid-utf8-truncated-at-eof-line4.md", Damaged, 4, 4, -1, None, false, nullptr},
        {"invalid-utf8-overlong-line2.md", Damaged, 2, 2, -1, None, false, nullptr},
        {"invalid-utf8-surrogate-line5.md", Damaged, 5, 5, -1, None, false, nullptr},
        {"invalid-utf8-shift-jis-line2.md", Damaged, 2, 2, -1, None, false, nullptr},
        {"invalid-utf8-latin1-line3.md", Damaged, 3, 3, -1, None, false, nullptr},
        {"invalid-utf8-cr-only-line3.md", Damaged, 3, 3, -1, None, false, nullptr},
        {"invalid-utf8-after-bom-line2.md", Damaged, 2, 2, -1, None, false, nullptr},
        {"invalid-utf8-in-front-matter-line3.md", Damaged, 3, 3, -1, None, false, nullptr},
        // Damaged: NUL bytes, UTF-16, binary.
        {"nul-byte-line4.md", Damaged, 4, 4, -1, None, false, nullptr},
        {"nul-byte-crlf-line3.md", Damaged, 3, 3, -1, None, false, nullptr},
        {"utf16le-bom-line1.md", Damaged, 1, 1, -1, None, false, nullptr},
        {"utf16be-bom-line1.md", Damaged, 1, 1, -1, None, false, nullptr},
        {"binary-random-1mb.md", Damaged, 0, 0, -1, None, false, randomBinary},
        // Damaged: malformed YAML in the front matter.
        {"front-matter-tab-indent-line4.md", Damaged, 4, 4, -1, None, false, nullptr},
        {"front-matter-bad-indent-line4.md", Damaged, 4, 4, -1, None, false, nullptr},
        {"front-matter-bad-indent-crlf-line5.md", Damaged, 5, 5, -1, None, false, nullptr},
        // An unclosed quote or bracket is noticed later than it is opened: any
        // line from the opening one to the closing `---` is accepted.
        {"front-matter-unclosed-double-quote-line3.md", Damaged, 3, 5, -1, None, false, nullptr},
        {"front-matter-unclosed-single-quote-line2.md", Damaged, 2, 3, -1, None, false, nullptr},
        {"front-matter-unclosed-bracket-line3.md", Damaged, 3, 5, -1, None, false, nullptr},
        // `{` opens a YAML flow mapping: CriticMarkup unquoted in a value.
        {"critic-in-front-matter-flow-line2.md", Damaged, 2, 3, -1, None, false, nullptr},

        // Not errors.
        {"empty.md", Clean, 0, 0, 0, None, true, nullptr},
        {"bom-only.md", Clean, 0, 0, 0, None, false, nullptr},
        {"only-dashes.md", Clean, 0, 0, 0, None, false, nullptr},
        {"only-dashes-newline.md", Clean, 0, 0, 0, None, false, nullptr},
        {"unclosed-front-matter.md", Clean, 0, 0, 0, None, false, nullptr},
        {"mixed-crlf-lf.md", Clean, 0, 0, 2, None, false, nullptr},
        {"cr-only.md", Clean, 0, 0, 2, None, true, nullptr},
        {"lone-cr-at-eof.md", Clean, 0, 0, 1, None, false, nullptr},
        {"utf8-bom.md", Clean, 0, 0, 1, None, false, nullptr},
        {"control-chars.md", Clean, 0, 0, 1, None, false, nullptr},
        {"heading-at-eof-no-newline.md", Clean, 0, 0, 1, None, false, nullptr},
        {"tabs-everywhere.md", Clean, 0, 0, 1, None, false, nullptr},
        {"setext-heading.md", Clean, 0, 0, 2, None, false, nullptr},
        {"trailing-whitespace-lines.md", Clean, 0, 0, 2, None, false, nullptr},
        {"unclosed-html-comment.md", Clean, 0, 0, 1, None, false, nullptr},
        {"unclosed-code-fence.md", Clean, 0, 0, 1, None, false, nullptr},
        {"section-attributes-invalid.md", Clean, 0, 0, 3, None, false, nullptr},
        {"front-matter-not-mapping.md", Clean, 0, 0, 1, None, false, nullptr},
        {"front-matter-wrong-types.md", Clean, 0, 0, 1, None, false, nullptr},
        {"front-matter-duplicate-keys.md", Clean, 0, 0, 1, None, false, nullptr},
        {"references-to-nothing.md", Clean, 0, 0, 1, None, false, nullptr},
        // CriticMarkup that is not a mark stays text.
        {"critic-unclosed-insertion.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-unclosed-deletion.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-unclosed-substitution.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-unclosed-comment.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-unclosed-highlight.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-stray-arrow.md", Clean, 0, 0, 1, None, false, nullptr},
        {"critic-stray-closers.md", Clean, 0, 0, 2, None, false, nullptr},
        {"critic-across-headings.md", Clean, 0, 0, 3, None, true, nullptr},
        {"critic-in-front-matter.md", Clean, 0, 0, 1, None, false, nullptr},
        {"critic-in-code.md", Clean, 0, 0, 1, None, true, nullptr},
        {"critic-comment-bad-author-date.md", Clean, 0, 0, 1, None, false, nullptr},
        {"critic-nested-interleaved.md", Clean, 0, 0, 1, None, true, nullptr},
        // Big and pathological.
        {"article-50mb.md", Clean, 0, 0, largeArticleChapters * 4,
         TooLargeToCheck | TooLargeToPreview | TooLargeToImport | TooLargeToPrint | TooLargeToExport, false, largeArticle},
        {"long-line-10mb.md", Clean, 0, 0, 0,
         TooLargeToCheck | TooLargeToPreview | TooLargeToEdit | TooLargeToImport | TooLargeToPrint, false, longLine},
        {"headings-100000.md", Clean, 0, 0, 100000, TooLargeToCheck | TooLargeToPreview | TooLargeToPrint, false, manyHeadings},
        {"nested-blockquote-10000.md", Clean, 0, 0, 0, TooLargeToPreview | TooLargeToPrint, false, nestedBlockQuotes},
        {"nested-bullet-list-10000.md", Clean, 0, 0, 0, TooLargeToPreview | TooLargeToPrint, false, nestedBulletLists},
        {"nested-ordered-list-10000.md", Clean, 0, 0, 0, TooLargeToPreview | TooLargeToPrint, false, nestedOrderedLists},
        {"long-heading-100kb.md", Clean, 0, 0, 1, None, false, longHeading},
        {"pathological-emphasis-50000.md", Clean, 0, 0, 0, TooLargeToEdit, false, pathologicalEmphasis},
        {"pathological-underscores-50000.md", Clean, 0, 0, 0, TooLargeToEdit, false, pathologicalUnderscores},
        {"open-brackets-50000.md", Clean, 0, 0, 0, None, false, openBrackets},
        {"nested-links-50000.md", Clean, 0, 0, 0, TooLargeToEdit, false, nestedLinks},
        {"image-openers-50000.md", Clean, 0, 0, 0, TooLargeToEdit, false, imageOpeners},
        {"critic-unclosed-insertion-2mb.md", Clean, 0, 0, 0, TooLargeToEdit, false, unclosedInsertion2mb},
        {"critic-comments-100000.md", Clean, 0, 0, 1000, TooLargeToPreview, false, hundredThousandComments},
        {"critic-nested-10000.md", Clean, 0, 0, 0, TooLargeToEdit, false, nestedReviewMarks},
        {"hashes-1mb.md", Clean, 0, 0, 1, TooLargeToEdit, false, hashes1mb},
        {"table-10000-columns.md", Clean, 0, 0, 0, None, false, table10000Columns},
        {"table-row-50000-cells.md", Clean, 0, 0, 0, TooLargeToEdit, false, tableRow50000Cells},
        {"footnotes-100000.md", Clean, 0, 0, 1, TooLargeToPreview | TooLargeToPrint, false, hundredThousandFootnotes},
        {"footnote-references-undefined-100000.md", Clean, 0, 0, 0, None, false, undefinedFootnoteReferences},
        {"link-reference-bomb.md", Clean, 0, 0, 0, TooLargeToEdit, false, linkReferenceBomb},
        {"link-reference-definitions-100000.md", Clean, 0, 0, 0, TooLargeToCheck | TooLargeToEdit, false,
         hundredThousandReferenceDefinitions},
        {"cr-only-1mb.md", Clean, 0, 0, crOnly1mbSections(), None, false, crOnly1mb},
        {"word-1mb.md", Clean, 0, 0, 1, None, false, word1mb},

        // Either way, but fast and without crashing.
        {"yaml-alias-bomb.md", Either, 0, 0, 1, None, false, nullptr},
        {"yaml-deep-flow-nesting.md", Either, 0, 0, 1, None, false, deepYamlNesting},
    };
    return list;
}

QString committedDirectory()
{
    return QStringLiteral(KIJI_TEST_DATA "/bad");
}

QString sampleArticle()
{
    return QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");
}

bool writeAll(const QString &directory, QString *errorString)
{
    for (const Case &testCase : cases()) {
        const QString name = QString::fromLatin1(testCase.name);
        QByteArray bytes;
        if (testCase.generate) {
            bytes = testCase.generate();
        } else {
            QFile committed(QDir(committedDirectory()).filePath(name));
            if (!committed.open(QIODevice::ReadOnly)) {
                *errorString = committed.fileName() + QStringLiteral(": ") + committed.errorString();
                return false;
            }
            bytes = committed.readAll();
        }
        QFile copy(QDir(directory).filePath(name));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()) {
            *errorString = copy.fileName() + QStringLiteral(": ") + copy.errorString();
            return false;
        }
    }
    return true;
}

} // namespace BadInput
