#!/usr/bin/env python3
"""Writes a deterministic Japanese Markdown article of about TARGET bytes.

usage: gen_article.py OUTPUT [TARGET_BYTES]   (default 1000000)

bench/run.sh and run_startup_compare.sh use 1000000 (1,026,837 bytes),
run_typing_stall.sh 50000 and 5000000.

The article has YAML front matter (title, description, slug, keywords,
category, status, supervisor), many H2/H3 sections, paragraphs of Japanese
sentences with inline emphasis, code, links, autolinks, strikethrough and
footnote references, bullet and ordered lists, a block quote, a fenced code
block and a table per chapter, and the footnote definitions at the end.
Same arguments, same bytes: the generator uses a fixed seed and no clock.
"""

import random
import sys

SUBJECTS = ["この記事", "私たち", "編集部", "多くの読者", "開発者", "研究者", "医師", "利用者", "担当者", "筆者"]
TOPICS = ["日本語の文章", "形態素解析", "検索エンジン", "健康管理", "睡眠の質", "食生活", "データの整理",
          "文章の構成", "見出しの設計", "読みやすさ", "情報の信頼性", "参考文献", "表記の揺れ", "文字数"]
VERBS = ["について考えます", "を詳しく説明します", "に注目しています", "を改善できます", "を確認しました",
         "が重要だと言われています", "を比較しました", "を整理しておきましょう", "に影響します", "を見直します"]
CONNECTIVES = ["まず", "次に", "また", "さらに", "ただし", "一方で", "そのため", "例えば", "実際には", "最後に"]
DETAILS = ["具体的な例を挙げると分かりやすくなります", "専門家の意見も参考になります",
           "毎日の小さな習慣が大きな差を生みます", "数値で比べると違いがはっきりします",
           "読者の立場で読み返すことが大切です", "ひとつずつ順番に確認していきます",
           "公的機関の資料で裏付けを取りました", "よくある誤解にも触れておきます"]
HEADINGS = ["基本的な考え方", "よくある質問", "具体的な手順", "注意すべき点", "メリットとデメリット",
            "実践のコツ", "専門家の見解", "まとめと次の一歩", "背景と経緯", "比較と検討"]
ENDINGS = ["。", "。", "。", "！", "？"]


def sentence(rng, footnotes):
    parts = [rng.choice(CONNECTIVES), "、", rng.choice(SUBJECTS), "は", rng.choice(TOPICS), rng.choice(VERBS)]
    roll = rng.random()
    if roll < 0.10:
        parts.append("。**" + rng.choice(DETAILS) + "**")
    elif roll < 0.18:
        parts.append("。`kiji convert` の例では" + rng.choice(DETAILS))
    elif roll < 0.26:
        parts.append("（[参考資料](https://example.jp/docs/%d)）" % rng.randrange(1000))
    elif roll < 0.30:
        parts.append("。詳しくは https://www.example.com/article/%d を参照してください" % rng.randrange(1000))
    elif roll < 0.34:
        parts.append("。~~古い情報~~新しい情報では" + rng.choice(DETAILS))
    elif roll < 0.40:
        footnotes.append(len(footnotes) + 1)
        parts.append("[^%d]" % footnotes[-1])
    else:
        parts.append("。" + rng.choice(DETAILS))
    parts.append(rng.choice(ENDINGS))
    return "".join(parts)


def paragraph(rng, footnotes):
    # Japanese paragraphs often break lines inside: soft breaks every few sentences.
    lines = []
    for _ in range(rng.randint(2, 4)):
        lines.append("".join(sentence(rng, footnotes) for _ in range(rng.randint(1, 3))))
    return "\n".join(lines)


def table(rng):
    rows = ["| 項目 | 内容 | 目安 | 備考 |", "| --- | --- | ---: | :---: |"]
    for index in range(rng.randint(5, 10)):
        rows.append("| %s %d | %s | %d 分 | %s |" % (rng.choice(TOPICS), index + 1, rng.choice(DETAILS),
                                                  rng.randint(5, 120), rng.choice(["◎", "○", "△", "×"])))
    return "\n".join(rows)


def bullet_list(rng, ordered):
    items = []
    for index in range(rng.randint(3, 7)):
        marker = "%d." % (index + 1) if ordered else "-"
        items.append("%s %s%s。" % (marker, rng.choice(TOPICS), rng.choice(VERBS)))
        if not ordered and rng.random() < 0.3:
            items.append("  - %s" % rng.choice(DETAILS))
    return "\n".join(items)


def code_block(rng):
    return "```python\n" + "\n".join(
        "print(\"%s %d\")" % (rng.choice(TOPICS), rng.randrange(100)) for _ in range(rng.randint(3, 6))) + "\n```"


def article(target):
    rng = random.Random(20261126)
    footnotes = []
    out = ["""---
title: "日本語記事のベンチマーク用サンプル：%d バイト"
description: "Kiji の読み込みと HTML 変換の速さを測るために自動生成した記事です。"
slug: benchmark-sample
keywords:
  - ベンチマーク
  - 日本語
  - Markdown
category: 技術
status: draft
supervisor:
  name: 山田 花子
  title: 医師
  credentials:
    - 日本内科学会 認定内科医
    - 医学博士
  bio: "大学病院で十年間勤務したのち、現在は地域のクリニックで診療にあたる。"
  reviewed: 2026-11-26
---
""" % target, "この記事は自動生成されたサンプルです。" + paragraph(rng, footnotes) + "\n"]
    size = sum(len(part.encode("utf-8")) for part in out)
    chapter = 0
    # Leave room for the footnote definitions (about 2 % of the article).
    reserve = min(20000, target // 25)
    while size < target - reserve:
        chapter += 1
        parts = ["## 第%d章 %s" % (chapter, rng.choice(HEADINGS)), paragraph(rng, footnotes)]
        for sub in range(rng.randint(2, 4)):
            parts.append("### %d.%d %sと%s" % (chapter, sub + 1, rng.choice(TOPICS), rng.choice(HEADINGS)))
            for _ in range(rng.randint(2, 4)):
                parts.append(paragraph(rng, footnotes))
            roll = rng.random()
            if roll < 0.35:
                parts.append(bullet_list(rng, ordered=rng.random() < 0.4))
            elif roll < 0.45:
                parts.append("> " + sentence(rng, footnotes) + "\n> " + rng.choice(DETAILS) + "。")
            elif roll < 0.52:
                parts.append(code_block(rng))
        parts.append(table(rng))
        parts.append(paragraph(rng, footnotes))
        text = "\n\n".join(parts) + "\n\n"
        out.append(text)
        size += len(text.encode("utf-8"))
    definitions = []
    for number in footnotes:
        definitions.append("[^%d]: %s（https://example.org/ref/%d）。" % (number, rng.choice(DETAILS), number))
    out.append("\n".join(definitions) + "\n")
    return "\n".join(out)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as output:
        output.write(article(target))


if __name__ == "__main__":
    main()
