<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AddReviewComment</name>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="10"/>
        <source>Add Comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="15"/>
        <source>the comment is empty</source>
        <translation>コメントが空です</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="19"/>
        <source>the range is outside the article&apos;s body</source>
        <translation>範囲が記事の本文の外にあります</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="26"/>
        <source>the range cuts through a character</source>
        <translation>範囲が文字の途中で切れています</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="59"/>
        <source>a comment cannot go there (inside code, across a blank line, through a review mark, or with a name holding spaces or colons); nothing was changed</source>
        <translation>そこにはコメントを付けられません（コードの中、空行をまたぐ範囲、校正マークを横切る範囲、または空白やコロンを含む名前）。何も変更していません</translation>
    </message>
</context>
<context>
    <name>AddReviewReply</name>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="9"/>
        <source>Reply to Comment</source>
        <translation>コメントに返信</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="13"/>
        <source>the reply is empty</source>
        <translation>返信が空です</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="27"/>
        <source>the article changed since the comment was read; nothing was changed</source>
        <translation>コメントを読み込んだ後に記事が変更されました。何も変更していません</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="47"/>
        <source>the reply would not read as a reply (a blank line, review mark delimiters, or a name holding spaces or colons); nothing was changed</source>
        <translation>返信として読めない内容です（空行、校正マークの記号、または空白やコロンを含む名前）。何も変更していません</translation>
    </message>
</context>
<context>
    <name>ApprovalGate</name>
    <message>
        <location filename="../src/core/approvalgate.cpp" line="18"/>
        <source>Section &quot;%1&quot; is not approved (%2)</source>
        <translation>セクション「%1」が未承認です（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="30"/>
        <source>%n comment(s) open</source>
        <translation>
            <numerusform>未解決のコメントが %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="33"/>
        <source>%n suggestion(s) open</source>
        <translation>
            <numerusform>未処理の提案が %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="36"/>
        <source>%n error finding(s) remain</source>
        <translation>
            <numerusform>エラーの指摘が %n 件残っています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="85"/>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="91"/>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="109"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation>このファイルは UTF-16 です。Kiji は UTF-8 を読みます（別のエディタで UTF-8 として保存してください）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="112"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>UTF-8 として不正なバイトがあります（オフセット %2 のバイト 0x%1）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="119"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation>NUL バイトを含んでいます（オフセット %1）。テキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="132"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation>ファイルが壊れているため読み取り専用で開きました。別の名前でコピーを保存してください</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="133"/>
        <source>the file was opened read-only; save a copy under a new name</source>
        <translation>ファイルを読み取り専用で開きました。別の名前でコピーを保存してください</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="141"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="217"/>
        <source>%n unclosed &lt;![CDATA[, &lt;? or &lt;! in this paragraph are read as text: as HTML they would take minutes to read</source>
        <translation>
            <numerusform>この段落の閉じていない &lt;![CDATA[・&lt;?・&lt;! %n 個は文字として読みます（HTML として読むと数分かかるため）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="221"/>
        <source>this table of %1 columns is read as text: Kiji reads tables of up to %2 columns</source>
        <translation>%1 列のこの表は文字として読みます（Kiji が読む表は %2 列まで）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="226"/>
        <source>this table is read as text: the article&apos;s tables already hold %1 cells, as many as Kiji reads</source>
        <translation>この表は文字として読みます（記事の表のセルが Kiji の読む上限の %1 個に達しています）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="230"/>
        <source>%n image openers ![ in this paragraph are read as text: as images they would take minutes to read</source>
        <translation>
            <numerusform>この段落の画像の開き ![ %n 個は文字として読みます（画像として読むと数分かかります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="234"/>
        <source>this link reference definition is read as text: its %n use(s) would copy more than %1 MB into the article</source>
        <translation>
            <numerusform>このリンク参照定義は文字として読みます（%n か所の参照で %1 MB を超える文字が記事に写されます）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="287"/>
        <source>the article is read-only because the file is damaged</source>
        <translation>ファイルが壊れているため、記事は読み取り専用です</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="288"/>
        <source>the article was opened read-only</source>
        <translation>記事は読み取り専用で開かれています</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../ui/articleform.ui" line="9"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="24"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="44"/>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="74"/>
        <source>&amp;Slug</source>
        <translation>スラッグ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="87"/>
        <source>&amp;Keywords</source>
        <translation>キーワード(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="97"/>
        <source>Separated by commas</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="104"/>
        <source>&amp;Category</source>
        <translation>カテゴリー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="117"/>
        <source>S&amp;tatus</source>
        <translation>ステータス(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="142"/>
        <source>Search result preview</source>
        <translation>検索結果での見え方</translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="74"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="126"/>
        <source>Cannot be approved yet:</source>
        <translation>まだ承認できません:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/articleform.cpp" line="133"/>
        <source>…and %n more section(s) not approved</source>
        <translation>
            <numerusform>…ほか %n 件のセクションが未承認です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleLimits</name>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="49"/>
        <source>the article is too large to check (%1; the limit is %2)</source>
        <translation>記事が大きすぎて校正できません（%1。上限は %2）</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="54"/>
        <source>the article has too many sections to check (%1; the limit is %2)</source>
        <translation>記事の節が多すぎて校正できません（%1 節。上限は %2 節）</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="66"/>
        <source>too large to export (%1; the limit is %2)</source>
        <translation>大きすぎて書き出せません（%1。上限は %2）</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="74"/>
        <source>too large to import (%1; the limit is %2)</source>
        <translation>大きすぎて取り込めません（%1。上限は %2）</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="81"/>
        <source>The article is too large to preview (%1; the preview shows articles up to %2).</source>
        <translation>記事が大きすぎてプレビューできません（%1。プレビューは %2 まで）。</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="86"/>
        <source>The article has too many sections to preview (%1; the preview shows up to %2).</source>
        <translation>記事の節が多すぎてプレビューできません（%1 節。プレビューは %2 節まで）。</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="99"/>
        <source>The article is nested too deeply to preview (%1 levels; the preview shows up to %2).</source>
        <translation>記事の入れ子が深すぎてプレビューできません（%1 段。プレビューは %2 段まで）。</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="109"/>
        <source>The article is too large to preview (its HTML is %1; the preview shows up to %2).</source>
        <translation>記事が大きすぎてプレビューできません（HTML が %1。プレビューは %2 まで）。</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="117"/>
        <source>This part is too large to edit here (%1; the editor takes parts up to %2). Open the file in a plain text editor to change it.</source>
        <translation>この部分は大きすぎてここでは編集できません（%1。エディターは %2 まで）。変更するにはファイルをテキストエディターで開いてください。</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="133"/>
        <source>This part has a line too long to edit here (%1; the editor takes lines up to %2). Open the file in a plain text editor to change it.</source>
        <translation>この部分には長すぎてここでは編集できない行があります（%1。エディターは 1 行 %2 まで）。変更するにはファイルをテキストエディターで開いてください。</translation>
    </message>
</context>
<context>
    <name>ArticlePdfWriter</name>
    <message numerus="yes">
        <location filename="../src/gui/articlepdfwriter.cpp" line="46"/>
        <source>The article did not finish rendering within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に記事の描画が終わりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/articlepdfwriter.cpp" line="114"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <location filename="../src/gui/articlepreview.cpp" line="14"/>
        <source>The preview cannot start: %1</source>
        <translation>プレビューを開始できません: %1</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <location filename="../src/core/articlesearch.cpp" line="306"/>
        <source>%1 (at character %2)</source>
        <translation>%1（%2 文字目）</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="82"/>
        <source>%1: unknown rule &quot;%2&quot;</source>
        <translation>%1: 規則「%2」はありません</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="95"/>
        <source>%1: rule &quot;%2&quot;: severity must be error, warning or info, not &quot;%3&quot;</source>
        <translation>%1: 規則「%2」: severity は error、warning、info のいずれかです（「%3」は使えません）</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="116"/>
        <source>unknown preset &quot;%1&quot; (presets: %2)</source>
        <translation>プリセット「%1」はありません（プリセット: %2）</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="131"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>規則「%1」はありません</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="166"/>
        <source>%1: a configuration is a mapping of presets, rules and dictionaries</source>
        <translation>%1: 設定は presets、rules、dictionaries のマッピングで書きます</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="185"/>
        <source>%1: today must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1: today は YYYY-MM-DD 形式の日付にしてください（「%2」は日付ではありません）</translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="58"/>
        <source>%1:%2: malformed YAML: %3</source>
        <translation>%1:%2: YAML の書式に誤りがあります: %3</translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="72"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="50"/>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="52"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="54"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="56"/>
        <source>Renamed</source>
        <translation>見出し変更</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="60"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="74"/>
        <source>line %1 → %2</source>
        <translation>%1行目 → %2行目</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="76"/>
        <source>was line %1</source>
        <translation>元は%1行目</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="78"/>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="86"/>
        <source>%1, edited</source>
        <translation>%1・本文も変更</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="89"/>
        <location filename="../src/gui/comparecontroller.cpp" line="307"/>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="91"/>
        <source>Front matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="94"/>
        <source>was &quot;%1&quot;; %2</source>
        <translation>元は「%1」; %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="121"/>
        <source>Compare &amp;with…</source>
        <translation>ほかの版と比較(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="122"/>
        <source>Compare with Sa&amp;ved</source>
        <translation>保存した版と比較(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="123"/>
        <source>&amp;Close Comparison</source>
        <translation>比較を閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="125"/>
        <source>Compare the article with another version of it, section by section</source>
        <translation>記事をほかの版と見出しごとに比較します</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="126"/>
        <source>Compare the article with its last saved version, section by section</source>
        <translation>記事を最後に保存した版と見出しごとに比較します</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="127"/>
        <source>Leave the comparison and show the article</source>
        <translation>比較を終えて記事を表示します</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="130"/>
        <source>Compare with</source>
        <translation>比較するファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="131"/>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation>記事 (*.md *.markdown *.txt *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="136"/>
        <source>Cannot compare with %1: %2</source>
        <translation>%1 と比較できません: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="141"/>
        <source>Cannot compare with the saved version: %1</source>
        <translation>保存した版と比較できません: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="221"/>
        <source>the article has not been saved yet</source>
        <translation>記事はまだ保存されていません</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="229"/>
        <source>the saved version</source>
        <translation>保存した版</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="237"/>
        <source>the file is damaged: %1</source>
        <translation>ファイルが壊れています: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="246"/>
        <source>No differences from %1.</source>
        <translation>%1 との違いはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="247"/>
        <source>Compared with %1: %n section(s) differ.</source>
        <translation>
            <numerusform>%1 と比較しました：%n 件のセクションに違いがあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="329"/>
        <source>No differences from %1</source>
        <translation>%1 との違いはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="330"/>
        <source>Compared with %1: %n section(s) differ</source>
        <translation>
            <numerusform>%1 と比較：%n 件のセクションに違いがあります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="332"/>
        <source>File → Close Comparison returns to the article.</source>
        <translation>ファイル → 比較を閉じる で記事の表示に戻ります。</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="352"/>
        <source>The front matter differs from the compared version.</source>
        <translation>フロントマターが比較相手の版と異なります。</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="356"/>
        <source>The lead differs from the compared version.</source>
        <translation>リードが比較相手の版と異なります。</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="361"/>
        <source>Removed after this: &quot;%1&quot; (was line %2)</source>
        <translation>この後にあった見出しを削除: 「%1」（元は%2行目）</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="369"/>
        <source>Moved: was line %1, position %2 among its siblings</source>
        <translation>移動: 元は%1行目、同じ階層の%2番目</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="374"/>
        <source>Added: not in the compared version</source>
        <translation>追加: 比較相手の版にはありません</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="377"/>
        <source>Renamed: was &quot;%1&quot;</source>
        <translation>見出し変更: 元は「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="380"/>
        <source>Changed: its text differs from the compared version</source>
        <translation>変更: 比較相手の版と本文が異なります</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="384"/>
        <source>, and its text differs</source>
        <translation>。本文も変わっています</translation>
    </message>
</context>
<context>
    <name>DuplicateSection</name>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="10"/>
        <source>Duplicate Section</source>
        <translation>セクションを複製</translation>
    </message>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="74"/>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="75"/>
        <source>WordPress blocks (*.html)</source>
        <translation>WordPress ブロック (*.html)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="76"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="77"/>
        <source>article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="80"/>
        <source>Export Article</source>
        <translation>記事を書き出す</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="98"/>
        <source>The previous export has not finished yet.</source>
        <translation>前回の書き出しがまだ終わっていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="108"/>
        <location filename="../src/gui/exportcontroller.cpp" line="115"/>
        <source>Cannot export to %1: %2</source>
        <translation>%1 に書き出せません: %2</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="28"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="29"/>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="32"/>
        <source>Find in the article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="35"/>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="36"/>
        <source>With a regular expression, \1 to \99 stand for its groups and \0 for the match</source>
        <translation>正規表現では \1〜\99 がグループ、\0 が一致した文字列全体を表します</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Word</source>
        <translation>単語</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Whole words only</source>
        <translation>単語単位で検索</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="53"/>
        <location filename="../src/gui/findreplacebar.cpp" line="287"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="62"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="280"/>
        <source>Invalid pattern</source>
        <translation>パターンが正しくありません</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="282"/>
        <source>No matches</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="285"/>
        <source>%1 of %2 (in code)</source>
        <translation>%1 / %2 件（コード内）</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="286"/>
        <source>%1 of %2 (in a URL)</source>
        <translation>%1 / %2 件（URL 内）</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="28"/>
        <source>the rule %1 has no quick fix here</source>
        <translation>規則 %1 にはここでの修正案がありません</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="33"/>
        <source>Fix (%1)</source>
        <translation>修正（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="61"/>
        <source>a comment before this line would split its paragraph; turn the rule off for the article instead</source>
        <translation>この行の前にコメントを入れると段落が分かれてしまいます。代わりに記事全体でこの規則をオフにしてください</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="67"/>
        <source>Turn off %1 for one line</source>
        <translation>%1 を1行だけオフ</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="37"/>
        <source>Findings (%1)</source>
        <translation>指摘（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="48"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="51"/>
        <source>No Quick Fix</source>
        <translation>修正案なし</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="55"/>
        <source>Turn Off %1 for This Article</source>
        <translation>この記事で %1 をオフにする</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="57"/>
        <source>Turn Off %1 for This Line</source>
        <translation>この行で %1 をオフにする</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="42"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="44"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="48"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="68"/>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="93"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="95"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="97"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="99"/>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="101"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="52"/>
        <source>front matter key &quot;%1&quot; should be a single value</source>
        <translation>フロントマターの「%1」は一つの値で書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="73"/>
        <source>an item of &quot;%1&quot; is not a single value</source>
        <translation>「%1」の項目に一つの値でないものがあります</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="78"/>
        <source>front matter key &quot;%1&quot; should be a list</source>
        <translation>フロントマターの「%1」はリストで書いてください</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="168"/>
        <source>malformed front matter: a quoted value is not closed</source>
        <translation>フロントマターが不正です: 引用符で始まる値が閉じていません</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="173"/>
        <location filename="../src/core/frontmatter.cpp" line="234"/>
        <source>malformed front matter: %1</source>
        <translation>フロントマターが不正です: %1</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="213"/>
        <source>supervisor reviewed date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>監修者の確認日「%1」が YYYY-MM-DD 形式ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="218"/>
        <source>front matter key &quot;supervisor&quot; should be a mapping</source>
        <translation>フロントマターの「supervisor」はキーと値の組で書いてください</translation>
    </message>
</context>
<context>
    <name>ImageFolder</name>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="82"/>
        <source>the article has not been saved yet, so it has no folder for images</source>
        <translation>記事がまだ保存されていないため、画像を置くフォルダがありません</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="87"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="95"/>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="106"/>
        <source>cannot copy %1 into %2: %3</source>
        <translation>%1 を %2 にコピーできません: %3</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="117"/>
        <source>the pasted image is empty</source>
        <translation>貼り付けた画像が空です</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="126"/>
        <source>cannot save %1</source>
        <translation>%1 を保存できません</translation>
    </message>
</context>
<context>
    <name>ImportNote</name>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="104"/>
        <source>H3: an item of the list under 「%1」 (line %2)</source>
        <translation>H3: 「%1」の箇条書き（%2 行目）の項目</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="109"/>
        <source>H3: a question under 「%1」</source>
        <translation>H3: 「%1」の下の質問</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="117"/>
        <source>H3: one of the parts 「%1」 introduces (line %2)</source>
        <translation>H3: 「%1」が紹介する項目のひとつ（%2 行目）</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="124"/>
        <source>H3: its text starts counting (line %1), a part of 「%2」</source>
        <translation>H3: 本文が順に数え始める（%1 行目）ので「%2」の項目</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="128"/>
        <source>H2: a short line followed by text</source>
        <translation>H2: 本文が続く短い行</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="130"/>
        <source>H2: a summary</source>
        <translation>H2: まとめ</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="132"/>
        <source>H2: a call to action</source>
        <translation>H2: 行動の呼びかけ</translation>
    </message>
    <message>
        <location filename="../src/import/htmlimport.cpp" line="491"/>
        <source>title taken from &lt;title&gt;: 「%1」</source>
        <translation>題名を &lt;title&gt; から取得: 「%1」</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="54"/>
        <source>supervisor: name 「%1」, title 「%2」, %3 credentials%4</source>
        <translation>監修者: 氏名「%1」、肩書き「%2」、資格 %3 件%4</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="57"/>
        <source>, biography</source>
        <translation>、経歴</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="94"/>
        <source>editor&apos;s note kept as a comment: 「%1」</source>
        <translation>編集メモをコメントとして残しました: 「%1」</translation>
    </message>
</context>
<context>
    <name>InsertSection</name>
    <message>
        <location filename="../src/core/insertsection.cpp" line="9"/>
        <source>Add Section</source>
        <translation>セクションを追加</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="16"/>
        <source>a heading needs text</source>
        <translation>見出しには文字が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="29"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="33"/>
        <source>heading levels go from 1 to 6</source>
        <translation>見出しのレベルは 1 から 6 までです</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="14"/>
        <source>Insert Link</source>
        <translation>リンクの挿入</translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="17"/>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="18"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>%n 件置換しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="126"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="129"/>
        <source>Opened</source>
        <translation>開いた状態</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="133"/>
        <source>Import Notes</source>
        <translation>取り込みメモ</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="194"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="198"/>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="201"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="205"/>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="218"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="223"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="224"/>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="225"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="226"/>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="228"/>
        <source>&amp;Section</source>
        <translation>セクション(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="236"/>
        <source>&amp;Reader Mode</source>
        <translation>リーダーモード(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="239"/>
        <source>&amp;Smartphone Width</source>
        <translation>スマートフォン幅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="245"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="301"/>
        <source>Opened read-only: %1 is open in another Kiji window.</source>
        <translation>読み取り専用で開きました: %1 は別の Kiji ウィンドウで開かれています。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="307"/>
        <source>Opened read-only: line %1: %2</source>
        <translation>読み取り専用で開きました: %1 行目: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <source>Article Already Open</source>
        <translation>記事はすでに開かれています</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="321"/>
        <source>%1 is already open in another Kiji window (process %2).</source>
        <translation>%1 はすでに別の Kiji ウィンドウ（プロセス %2）で開かれています。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="322"/>
        <source>%1 is already open in another Kiji window.</source>
        <translation>%1 はすでに別の Kiji ウィンドウで開かれています。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="324"/>
        <source>If both windows edit it, the one that saves last overwrites the other&apos;s changes. Open it read-only to read it safely, or open it anyway if the other window is not editing it.</source>
        <translation>両方のウィンドウで編集すると、後から保存した方がもう一方の変更を上書きします。安全に読むには読み取り専用で開いてください。もう一方のウィンドウで編集していない場合は、このまま開くこともできます。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="327"/>
        <source>Open &amp;Read-Only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="328"/>
        <source>Open &amp;Anyway</source>
        <translation>このまま開く(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="367"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="396"/>
        <source>Import Article</source>
        <translation>記事を取り込む</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="397"/>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>テキストとWebページ (*.txt *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="402"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 を取り込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="427"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="431"/>
        <source>Imported %1: %n guess(es) to check in Import Notes</source>
        <translation>
            <numerusform>%1 を取り込みました: 確認する推定が %n 件あります（取り込みメモ）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="446"/>
        <source>Paste Article</source>
        <translation>記事の貼り付け</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="447"/>
        <source>The pasted text reads as a whole article with %n section(s). Recover its structure (title, supervisor, headings)?</source>
        <translation>
            <numerusform>貼り付けたテキストは %n 節からなる記事のようです。構造（題名・監修者・見出し）を復元しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="449"/>
        <source>Recover Structure</source>
        <translation>構造を復元</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="449"/>
        <source>Paste as Text</source>
        <translation>テキストとして貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="452"/>
        <source>Paste Article with Its Structure</source>
        <translation>記事を構造つきで貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="456"/>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="464"/>
        <source>Open Article</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="465"/>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 記事 (*.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="470"/>
        <location filename="../src/gui/mainwindow.cpp" line="568"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="492"/>
        <source>Save Article As</source>
        <translation>記事に名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="493"/>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation>Markdown 記事 (*.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>The article has unsaved changes. Save them?</source>
        <translation>記事に未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="683"/>
        <source>The findings are being updated; try again in a moment.</source>
        <translation>指摘を更新中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="771"/>
        <source>no heading &quot;%1&quot;</source>
        <translation>見出し「%1」はありません</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="772"/>
        <source>%1 headings read &quot;%2&quot;</source>
        <translation>「%2」という見出しが %1 個あります</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="801"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="803"/>
        <source>%1[*] – Kiji</source>
        <translation>%1[*] – Kiji</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="803"/>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="811"/>
        <source>Article: %1 characters</source>
        <translation>記事: %1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="814"/>
        <source>Selection: %1 characters  ·  </source>
        <translation>選択: %1 文字  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="816"/>
        <source>Section: %1 characters (%2 with subsections)  ·  </source>
        <translation>セクション: %1 文字（小見出しを含めて %2）  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="832"/>
        <source>Cannot Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="833"/>
        <source>The article was not saved: %1.</source>
        <translation>記事は保存されませんでした: %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="835"/>
        <source>Your changes are still here and in the recovery file. Free some disk space, or save to another folder with Save As.</source>
        <translation>変更はこのウィンドウと復元用ファイルに残っています。ディスクの空きを作るか、「名前を付けて保存」で別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="859"/>
        <location filename="../src/gui/mainwindow.cpp" line="867"/>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="860"/>
        <source>Kiji found changes to %1 that were not saved when it last closed. Recover them?</source>
        <translation>前回 Kiji が終了したとき、%1 に保存されていない変更がありました。復元しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="862"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="862"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="870"/>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation>未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="896"/>
        <source>File Changed on Disk</source>
        <translation>ファイルが外部で変更されました</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="897"/>
        <source>%1 was changed by another program, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation>%1 が別のプログラムで変更されました。未保存の変更があります。読み込み直して変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>&amp;Reload</source>
        <translation>読み込み直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>&amp;Keep Mine</source>
        <translation>手元の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="903"/>
        <source>Reload from Disk</source>
        <translation>ディスクから読み込み直す</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="908"/>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation>%1 が外部で変更されたため読み込み直しました。</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="350"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="351"/>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="352"/>
        <source>Insert &amp;Link…</source>
        <translation>リンクを挿入(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="353"/>
        <source>Insert &amp;Table…</source>
        <translation>表を挿入(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="690"/>
        <source>Save the article first: images are copied into the images folder beside it.</source>
        <translation>先に記事を保存してください。画像は記事と同じ場所の images フォルダにコピーされます。</translation>
    </message>
</context>
<context>
    <name>MoveSection</name>
    <message>
        <location filename="../src/core/movesection.cpp" line="15"/>
        <source>Move Section</source>
        <translation>セクションを移動</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="21"/>
        <location filename="../src/core/movesection.cpp" line="40"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="33"/>
        <source>a section cannot move into itself</source>
        <translation>セクションを自分の中には移動できません</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="45"/>
        <source>heading levels go from 1 to 6</source>
        <translation>見出しのレベルは 1 から 6 までです</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="54"/>
        <source>the section is already there</source>
        <translation>セクションはすでにその位置にあります</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../src/gui/outlinemodel.cpp" line="303"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件の指摘</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="317"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="317"/>
        <source>Article: %1</source>
        <translation>記事: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="321"/>
        <source>Supervisor: %1</source>
        <translation>監修: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="322"/>
        <source>Supervisor</source>
        <translation>監修者</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="325"/>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="359"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="365"/>
        <source>%1 characters in this section, %2 with its subsections%3</source>
        <translation>このセクション %1 文字、小見出しを含めて %2 文字%3</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="368"/>
        <source>; budget %1</source>
        <translation>、目安 %1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="370"/>
        <source>H%1 · line %2</source>
        <translation>H%1 · %2 行目</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="392"/>
        <source>Section</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="394"/>
        <source>Characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="396"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="398"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="511"/>
        <source>Approved %1/%2</source>
        <translation>承認 %1/%2</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="530"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="27"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="28"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="29"/>
        <source>Promote</source>
        <translation>レベルを上げる</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="30"/>
        <source>Demote</source>
        <translation>レベルを下げる</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="31"/>
        <source>Add Section After</source>
        <translation>後ろにセクションを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="32"/>
        <source>Delete Section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="33"/>
        <source>Duplicate Section</source>
        <translation>セクションを複製</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="166"/>
        <location filename="../src/gui/outlineview.cpp" line="167"/>
        <source>New section</source>
        <translation>新しいセクション</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="23"/>
        <source>Reviewer &amp;name:</source>
        <translation>校正者名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>Comments and suggestions carry this name, as in {&gt;&gt;@name 2026-01-31: …&lt;&lt;}.</source>
        <translation>コメントと提案にはこの名前が入ります（例：{&gt;&gt;@名前 2026-01-31: …&lt;&lt;}）。</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="28"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="32"/>
        <source>Interface &amp;language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="33"/>
        <source>A new language takes effect when Kiji starts again.</source>
        <translation>言語の変更は Kiji の次回起動時に反映されます。</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="48"/>
        <source>Reviewer Name</source>
        <translation>校正者名</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="49"/>
        <source>Your name for comments and suggestions:</source>
        <translation>コメントと提案に記す名前：</translation>
    </message>
</context>
<context>
    <name>PrhDictionary</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="85"/>
        <source>%1: a prh dictionary has a list of rules (rules: - expected: … patterns: …)</source>
        <translation>%1: prh 辞書には rules のリストが必要です（rules: - expected: … patterns: …）</translation>
    </message>
</context>
<context>
    <name>RemoveSection</name>
    <message>
        <location filename="../src/core/removesection.cpp" line="10"/>
        <source>Delete Section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <location filename="../src/core/removesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
</context>
<context>
    <name>ReplaceMatches</name>
    <message>
        <location filename="../src/core/replacematches.cpp" line="24"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="27"/>
        <source>there is nothing to replace</source>
        <translation>置換するものがありません</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="45"/>
        <source>the matches overlap; nothing was changed</source>
        <translation>一致箇所が重なっています。何も変更していません</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="50"/>
        <source>the article changed since the search; search again</source>
        <translation>検索のあとで記事が変わりました。もう一度検索してください</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="63"/>
        <source>the replacement would break the front matter&apos;s YAML; nothing was changed</source>
        <translation>この置換ではフロントマターの YAML が壊れます。何も変更していません</translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <location filename="../src/core/replacetext.cpp" line="13"/>
        <source>the article changed there; check again</source>
        <translation>その箇所の本文が変わっています。もう一度チェックしてください</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="165"/>
        <source>Review report: %1</source>
        <translation>校正レポート：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="201"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="203"/>
        <source>Article status</source>
        <translation>記事の状態</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="206"/>
        <location filename="../src/cli/reportcommand.cpp" line="213"/>
        <source>Supervisor</source>
        <translation>監修者</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="209"/>
        <location filename="../src/cli/reportcommand.cpp" line="211"/>
        <source>Reviewed by the supervisor</source>
        <translation>監修者の確認日</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="211"/>
        <source>not recorded</source>
        <translation>未記入</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="213"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="230"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="236"/>
        <source>Sections approved</source>
        <translation>承認済みの見出し</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="238"/>
        <location filename="../src/cli/reportcommand.cpp" line="352"/>
        <source>Open comments and suggestions</source>
        <translation>未解決のコメントと提案</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="239"/>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="240"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="241"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="244"/>
        <source>Not checked: %1</source>
        <translation>チェックできませんでした：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="258"/>
        <source>Front matter and lead</source>
        <translation>記事情報とリード文</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="270"/>
        <location filename="../src/cli/reportcommand.cpp" line="328"/>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="275"/>
        <source>by %1</source>
        <translation>担当：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="293"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="305"/>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="307"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="309"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="327"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="327"/>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="361"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="362"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="363"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="363"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="364"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ResolveReviewMarks</name>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="13"/>
        <source>Accept Review Marks</source>
        <translation>校正マークを承認</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="14"/>
        <source>Reject Review Marks</source>
        <translation>校正マークを差し戻し</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="17"/>
        <source>there is no review mark to resolve</source>
        <translation>処理する校正マークがありません</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="30"/>
        <source>the article changed since the review marks were read; nothing was changed</source>
        <translation>校正マークを読み込んだ後に記事が変更されました。何も変更していません</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="48"/>
        <source>S&amp;uggest Changes</source>
        <translation>変更を提案(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="49"/>
        <location filename="../src/gui/reviewcontroller.cpp" line="50"/>
        <source>Add &amp;Comment…</source>
        <translation>コメントを追加(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="51"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="60"/>
        <source>Record typing in a body as suggestions (insertions and deletions) instead of changing the text</source>
        <translation>本文を直接書き換えず、入力を提案（挿入・削除）として記録します</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="64"/>
        <source>Suggest mode: typing is recorded as suggestions.</source>
        <translation>提案モード：入力は提案として記録されます。</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="64"/>
        <source>Suggest mode is off.</source>
        <translation>提案モードを終了しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="76"/>
        <source>Re&amp;view</source>
        <translation>校正(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="81"/>
        <source>Accept All Suggestions</source>
        <translation>すべての提案を承認</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="82"/>
        <source>Reject All Suggestions</source>
        <translation>すべての提案を差し戻し</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="129"/>
        <source>Add Comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="129"/>
        <source>Comment:</source>
        <translation>コメント：</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="137"/>
        <source>A comment needs the reviewer&apos;s name (Edit → Preferences).</source>
        <translation>コメントには校正者名が必要です（編集 → 設定）。</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="145"/>
        <source>Cannot add the comment: %1</source>
        <translation>コメントを追加できません：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="158"/>
        <source>Select a section&apos;s text to comment on.</source>
        <translation>コメントする本文を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="181"/>
        <source>Select text in the preview to comment on.</source>
        <translation>プレビューでコメントする文を選択してください。</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="42"/>
        <source>Insertion</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="44"/>
        <source>Deletion</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="46"/>
        <source>Substitution</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="48"/>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <location filename="../src/gui/reviewdock.cpp" line="102"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="94"/>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="95"/>
        <source>Re&amp;ject</source>
        <translation>差し戻し(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="96"/>
        <source>Accept All in Section</source>
        <translation>この見出し内をすべて承認</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="97"/>
        <source>Reject All in Section</source>
        <translation>この見出し内をすべて差し戻し</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="98"/>
        <source>Accept All</source>
        <translation>すべて承認</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="99"/>
        <source>Reject All</source>
        <translation>すべて差し戻し</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="100"/>
        <source>Re&amp;solve</source>
        <translation>解決(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="106"/>
        <source>Review</source>
        <translation>校正</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Author</source>
        <translation>記入者</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="117"/>
        <source>Reply to the selected thread</source>
        <translation>選択中のコメントに返信</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="249"/>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="283"/>
        <source>Review (%1)</source>
        <translation>校正（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="380"/>
        <source>There is no suggestion to resolve.</source>
        <translation>承認・差し戻しする提案がありません。</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="29"/>
        <source>unclosed {++ insertion</source>
        <translation>挿入 {++ が閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="31"/>
        <source>unclosed {-- deletion</source>
        <translation>削除 {-- が閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="33"/>
        <source>unclosed {~~ substitution</source>
        <translation>置換 {~~ が閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="35"/>
        <source>unclosed {== highlight</source>
        <translation>ハイライト {== が閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="39"/>
        <source>unclosed {&gt;&gt; comment</source>
        <translation>コメント {&gt;&gt; が閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="46"/>
        <source>++} without {++</source>
        <translation>{++ のない ++} があります</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="48"/>
        <source>--} without {--</source>
        <translation>{-- のない --} があります</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="50"/>
        <source>~~} without {~~</source>
        <translation>{~~ のない ~~} があります</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="52"/>
        <source>==} without {==</source>
        <translation>{== のない ==} があります</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="56"/>
        <source>&lt;&lt;} without {&gt;&gt;</source>
        <translation>{&gt;&gt; のない &lt;&lt;} があります</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="250"/>
        <source>{~~ substitution without ~&gt;</source>
        <translation>置換 {~~ に ~&gt; がありません</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="948"/>
        <source>this change cannot be recorded as a suggestion (it adds or removes a blank line, changes a code block, or contains review mark delimiters); edit the text directly</source>
        <translation>この変更は提案として記録できません（空行の追加や削除、コードブロックの変更、または校正マークの記号を含みます）。本文を直接編集してください</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="41"/>
        <location filename="../src/check/rules/janoabusage.cpp" line="69"/>
        <source>See: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="275"/>
        <source>%1 =&gt; %2
Use Arabic numerals for quantities and for numbers that count things: words that would still make sense with any other number.</source>
        <translation>%1 =&gt; %2
数量を表現し、数を数えられるものは算用数字を使用します。任意の数に置き換えても通用する語句がこれに該当します。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="277"/>
        <source>%1 =&gt; %2
Use kanji numerals where they are usual: idioms, compounds, approximate numbers, proper nouns, adverbs and the like.</source>
        <translation>%1 =&gt; %2
慣用的表現、熟語、概数、固有名詞、副詞など、漢数字を使用することが一般的な語句では漢数字を使います。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="113"/>
        <source>The sentence does not end with &quot;%1&quot;: remove the white space at its end.</source>
        <translation>文末が&quot;%1&quot;で終わっていません。末尾の不要な空白を削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="127"/>
        <source>The sentence does not end with &quot;%1&quot;: replace &quot;%2&quot; with &quot;%1&quot;.</source>
        <translation>文末が&quot;%1&quot;で終わっていません。日本語文章では&quot;%1&quot;を使用します。&quot;%2&quot;を&quot;%1&quot;に置き換えてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="133"/>
        <source>The sentence does not end with &quot;%1&quot;: end it with &quot;%1&quot; so that where it ends is clear.</source>
        <translation>文末が&quot;%1&quot;で終わっていません。句点は文の境界を明確にし、読み手の理解を助けます。適切な文末表現で文を完結させ、&quot;%1&quot;を追加してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoredundantexpression.cpp" line="106"/>
        <source>[%1] %2
See https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1</source>
        <translation>【%1】 %2
解説: https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janosuccessiveword.cpp" line="66"/>
        <source>&quot;%1&quot; is used twice in a row.</source>
        <translation>&quot;%1&quot; が連続して2回使われています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="184"/>
        <source>Weak phrase: &quot;%1&quot;. Write &quot;可能性がある&quot; or &quot;…を示唆している&quot;: do not stack two weak phrases.</source>
        <translation>弱い表現: &quot;%1&quot; が使われています。「可能性がある」または「. . . を示唆している」を利用してください。弱い表現を二つ重ねることはしないでください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="185"/>
        <source>Weak phrase: &quot;%1&quot;.</source>
        <translation>弱い表現: &quot;%1&quot; が使われています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/jaunnaturalalphabet.cpp" line="79"/>
        <source>Unnatural alphabet: %1</source>
        <translation>不自然なアルファベットがあります: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxcomma.cpp" line="59"/>
        <source>This sentence exceeds the maximum count of comma. Maximum is %1.</source>
        <translation>この文はカンマ「,」の数が上限を超えています。上限は%1個です。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxkanjicontinuouslen.cpp" line="61"/>
        <source>%1 or more kanji in a row: %2</source>
        <translation>漢字が%1つ以上連続しています: %2</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxten.cpp" line="35"/>
        <source>%1 or more &quot;%2&quot; in one sentence.</source>
        <translation>一つの文で&quot;%2&quot;を%1つ以上使用しています</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunction.cpp" line="41"/>
        <source>The same conjunction &quot;%1&quot; is used in consecutive sentences.</source>
        <translation>同じ接続詞（%1）が連続して使われています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunctiveparticlega.cpp" line="51"/>
        <source>The conjunctive particle &quot;が&quot; is used twice or more in one sentence.</source>
        <translation>文中に逆接の接続助詞 &quot;が&quot; が二回以上使われています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledjoshi.cpp" line="227"/>
        <source>The particle &quot;%1&quot; is used twice in one sentence.</source>
        <translation>一文に二回以上利用されている助詞 &quot;%1&quot; がみつかりました。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoublenegativeja.cpp" line="93"/>
        <source>Double negative: %1</source>
        <translation>二重否定: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingi.cpp" line="37"/>
        <source>&quot;い&quot; is dropped (い抜き言葉).</source>
        <translation>い抜き言葉を使用しています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingthera.cpp" line="56"/>
        <source>&quot;ら&quot; is dropped (ら抜き言葉).</source>
        <translation>ら抜き言葉を使用しています。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/noexclamationquestionmark.cpp" line="64"/>
        <source>Disallow to use &quot;%1&quot;.</source>
        <translation>「%1」は使用できません。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nohankakukana.cpp" line="42"/>
        <source>Disallow to use 半角カタカナ: &quot;%1&quot;</source>
        <translation>半角カタカナは使用できません: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/rules/noinvalidcontrolcharacter.cpp" line="96"/>
        <source>Found invalid control character(%1 %2)</source>
        <translation>不正な制御文字があります(%1 %2)</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="103"/>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="104"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="105"/>
        <source>List</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="184"/>
        <source>%1: write in the &quot;%2&quot; style: &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation>%1: &quot;%2&quot;調 でなければなりません。&quot;%2&quot;調 であるべき箇所に、次の &quot;%4&quot;調 の箇所があります: &quot;%3&quot;（である: %5、ですます: %6）</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="185"/>
        <source>%1: the &quot;である&quot; and &quot;ですます&quot; styles are mixed: the text is mostly in the &quot;%2&quot; style, but &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation>%1: &quot;である&quot;調 と &quot;ですます&quot;調 が混在しています。&quot;%2&quot;調 の文体に、次の &quot;%4&quot;調 の箇所があります: &quot;%3&quot;（である: %5、ですます: %6）</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nonfd.cpp" line="44"/>
        <source>Disallow to use NFD(well-known as UTF8-MAC 濁点): &quot;%1&quot; =&gt; &quot;%2&quot;</source>
        <translation>NFD（UTF8-MAC の濁点）は使用できません: &quot;%1&quot; =&gt; &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nounmatchedpair.cpp" line="97"/>
        <source>Cannot find a pairing character for %1.

You should close this sentence with %2.
This pair of marks is called %3.</source>
        <translation>%1 に対応する閉じ記号が見つかりません。

この文は %2 で閉じてください。
この記号の組は %3 です。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nozerowidthspaces.cpp" line="24"/>
        <source>Zero width space is disallowed.</source>
        <translation>ゼロ幅スペースは使用できません。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/sentencelength.cpp" line="50"/>
        <source>The sentence is %1 characters long, over the maximum of %2 by %3.</source>
        <translation>一文の長さ(%1)が最大文字数 %2 を %3 文字超えています。</translation>
    </message>
    <message>
        <location filename="../src/check/ruletext.cpp" line="50"/>
        <source>en</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/check/medicaladdata.h" line="177"/>
        <source>&quot;%1&quot;: %2 under %3. %4</source>
        <translation>「%1」: %2（%3）。%4</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="538"/>
        <source>「%1」 contradicts 「%2」 given for %3 nearby. Check which is right.</source>
        <translation>「%1」は、近くで%3について書かれた「%2」と矛盾しています。どちらが正しいか確認してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="868"/>
        <source>「%1」 is announced but %2 sections follow. Make the number match.</source>
        <translation>「%1」とありますが、続く見出しは%2個です。数を合わせてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="869"/>
        <source>「%1」 is announced but the list that follows has %2 items. Make the number match.</source>
        <translation>「%1」とありますが、続くリストの項目は%2個です。数を合わせてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="320"/>
        <source>This sentence repeats the sentence on line %1: delete one of them.</source>
        <translation>この文は%1行目の文と同じです。どちらかを削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="353"/>
        <source>This sentence restates the sentence on line %1 in other words: delete one of them or merge them.</source>
        <translation>この文は%1行目の文と同じ内容を言い換えて繰り返しています。どちらかを削除するか、1つの文にまとめてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="203"/>
        <source>Heading level skipped: an H%1 after an H%2. Make it an H%3 or add the missing level.</source>
        <translation>見出しのレベルが飛んでいます（H%2の次にH%1）。H%3にするか、抜けているレベルの見出しを追加してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="212"/>
        <source>Empty section: nothing follows this heading. Write its text or remove the heading.</source>
        <translation>見出しの下に本文がありません。本文を書くか、見出しを削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="223"/>
        <source>Same heading as another section at this level (line %1). Make the headings distinct.</source>
        <translation>同じ階層に同じ見出しがあります（%1行目）。見出しを区別してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="257"/>
        <source>A heading ends in 「。」. Remove it.</source>
        <translation>見出しの末尾に「。」があります。削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="333"/>
        <source>The list names 「%1」 but the section it announces is headed 「%2」 (line %3). Use the same name.</source>
        <translation>リストの「%1」に対応する見出しが「%2」（%3行目）になっています。名称を揃えてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/kanjimisconversion.cpp" line="420"/>
        <source>Possible misconversion: 「%1」 is probably 「%2」.</source>
        <translation>誤変換の可能性: 「%1」は「%2」ではありませんか。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="104"/>
        <source>An editor&apos;s note is left in the text: &quot;%1&quot;. Do what it asks, then delete it.</source>
        <translation>編集メモが本文に残っています:「%1」。指示に対応してから削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="106"/>
        <source>A placeholder is left in the text: &quot;%1&quot;. Write the real content in its place.</source>
        <translation>仮の文字列が残っています:「%1」。正しい内容に置き換えてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="108"/>
        <source>An unfinished-work mark is left in the text: &quot;%1&quot;. Resolve it, then delete the mark.</source>
        <translation>未完了の印が残っています:「%1」。対応してから印を削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="184"/>
        <source>An editor&apos;s note is left in the article: &quot;%1&quot;. Do what it asks, then delete the comment.</source>
        <translation>編集メモが記事に残っています:「%1」。指示に対応してからコメントを削除してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/medicaladbeforeafter.cpp" line="85"/>
        <source>&quot;%1&quot;: %2 without %3 nearby, under %4. Explain them next to the photos.</source>
        <translation>「%1」: %2に必要な%3の記載が近くにありません（%4）。写真のそばに説明を加えてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/notationvariants.cpp" line="427"/>
        <source>Notation varies: 「%1」 here, 「%3」 elsewhere in the article (%2 against %4 uses): write one form.</source>
        <translation>表記ゆれ: ここは「%1」ですが、記事のほかの箇所では「%3」です（%2回対%4回）。どちらかに統一しましょう。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="100"/>
        <source>The article promotes 自由診療 but does not state %1: %2 under %3.</source>
        <translation>自由診療を広告する記事に「%1」の記載がありません（%2、%3）。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="108"/>
        <source>The article promotes an unapproved drug, material or device (%1) but does not state %2: %3 under %4.</source>
        <translation>未承認医薬品等（%1）を広告する記事に「%2」の記載がありません（%3、%4）。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/widthconsistency.cpp" line="251"/>
        <source>Half-width &quot;%1&quot; in Japanese text: use the full-width &quot;%2&quot;.</source>
        <translation>和文中の半角「%1」: 全角の「%2」を使いましょう。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="25"/>
        <source>Open suggestion: insert &quot;%1&quot;.</source>
        <translation>未処理の提案：「%1」を挿入</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="27"/>
        <source>Open suggestion: delete &quot;%1&quot;.</source>
        <translation>未処理の提案：「%1」を削除</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="29"/>
        <source>Open suggestion: replace &quot;%1&quot; with &quot;%2&quot;.</source>
        <translation>未処理の提案：「%1」を「%2」に置換</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="39"/>
        <source>Open comment: %1</source>
        <translation>未解決のコメント：%1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="41"/>
        <source>Open comment by %1: %2</source>
        <translation>未解決のコメント（%1）：%2</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="43"/>
        <source>Open comment by %1 (%2): %3</source>
        <translation>未解決のコメント（%1、%2）：%3</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="45"/>
        <source>(replies: %1)</source>
        <translation>（返信%1件）</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="89"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is not a date: write it as YYYY-MM-DD.</source>
        <translation>監修者の確認日（supervisor.reviewed）が日付ではありません。YYYY-MM-DD の形で書いてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="90"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is missing: add the date of the supervisor&apos;s last check.</source>
        <translation>監修者の確認日（supervisor.reviewed）がありません。監修者が最後に確認した日付を入れてください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="95"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed (%3, line %4): have the supervisor check it again.</source>
        <translation>監修者の確認日（%1）が、見出し「%2」の更新日（%3、%4行目）より前です。監修者に再確認を依頼してください。</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="103"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
        <translation>監修者の最終確認日（%1）から%2日たっています（上限%3日）。監修者に再確認を依頼してください。</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="209"/>
        <source>%1 comments and suggestions are open, more than the %2 allowed: resolve them before publishing.</source>
        <translation>未解決のコメントと提案が%1件あり、上限の%2件を超えています。公開前に処理してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/check/checker.cpp" line="245"/>
        <source>%n more finding(s) of this rule are not listed: Kiji lists %1 per rule.</source>
        <translation>
            <numerusform>この規則の指摘はほかに %n 件あり、一覧にありません（Kiji が一覧にするのは規則ごとに %1 件まで）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionAttributeLine</name>
    <message>
        <location filename="../src/core/sectionattributeline.cpp" line="21"/>
        <source>&quot;%1=%2&quot; cannot be stored</source>
        <translation>「%1=%2」は保存できません</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../ui/sectionform.ui" line="14"/>
        <source>&amp;Heading</source>
        <translation>見出し(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="27"/>
        <source>&amp;Level</source>
        <translation>レベル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="52"/>
        <source>&amp;Budget</source>
        <translation>目安(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="62"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="87"/>
        <source>St&amp;atus</source>
        <translation>ステータス(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="144"/>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="155"/>
        <source>%1 characters (%2 with subsections)</source>
        <translation>%1 文字（小見出しを含めて %2 文字）</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="175"/>
        <source>by %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="177"/>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="178"/>
        <source>by %1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SectionStatus</name>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="28"/>
        <location filename="../src/core/sectionstatus.cpp" line="36"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="30"/>
        <source>In review</source>
        <translation>校正中</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="32"/>
        <source>Changes requested</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="34"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
</context>
<context>
    <name>SectionStatusMenu</name>
    <message>
        <location filename="../src/gui/sectionstatusmenu.cpp" line="11"/>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SetFrontMatterField</name>
    <message>
        <location filename="../src/core/setfrontmatterfield.cpp" line="9"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>SetHeadingText</name>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="10"/>
        <source>Edit Heading</source>
        <translation>見出しを編集</translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="19"/>
        <source>a heading needs text</source>
        <translation>見出しには文字が必要です</translation>
    </message>
</context>
<context>
    <name>SetSectionAttribute</name>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="11"/>
        <source>Set %1</source>
        <translation>%1 を設定</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
</context>
<context>
    <name>SetSectionBody</name>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="9"/>
        <source>Edit Text</source>
        <translation>本文を編集</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
</context>
<context>
    <name>SetSectionLevel</name>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="8"/>
        <source>Change Section Level</source>
        <translation>見出しレベルを変更</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="12"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="19"/>
        <source>heading levels go from 1 to 6</source>
        <translation>見出しのレベルは 1 から 6 までです</translation>
    </message>
</context>
<context>
    <name>SetSectionStatus</name>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="11"/>
        <source>Set Status</source>
        <translation>ステータスを設定</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation>セクション %1 はありません</translation>
    </message>
</context>
<context>
    <name>SuggestMode</name>
    <message>
        <location filename="../src/gui/suggestmode.cpp" line="125"/>
        <source>In suggest mode, review marks change through the Review dock; the text was not changed.</source>
        <translation>提案モードでは、校正記号は校正パネルから変更します。本文は変更していません。</translation>
    </message>
</context>
<context>
    <name>SupervisorForm</name>
    <message>
        <location filename="../ui/supervisorform.ui" line="9"/>
        <source>Supervisor</source>
        <translation>監修者</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="24"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="37"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="50"/>
        <source>&amp;Credentials</source>
        <translation>資格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="74"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="81"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="99"/>
        <source>&amp;Biography</source>
        <translation>経歴(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="116"/>
        <source>&amp;Reviewed on</source>
        <translation>監修日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="138"/>
        <source>Recorded</source>
        <translation>記録する</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorform.cpp" line="34"/>
        <source>New credential</source>
        <translation>新しい資格</translation>
    </message>
</context>
<context>
    <name>SupervisorReviewWarning</name>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="17"/>
        <source>The date of the supervisor&apos;s last check is missing.</source>
        <translation>監修者の最終確認日が入っていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="19"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed status (%3): have the supervisor check it again.</source>
        <translation>監修者の確認（%1）の後に見出し「%2」の状態が変わりました（%3）。監修者にもう一度確認を依頼してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="24"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
        <translation>監修者の最終確認（%1）から%2日が経ち、%3日を超えています。監修者にもう一度確認を依頼してください。</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="12"/>
        <source>Insert Table</source>
        <translation>表の挿入</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="15"/>
        <source>Rows below the header row</source>
        <translation>見出し行の下の行数</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="20"/>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="21"/>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C):</translation>
    </message>
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <location filename="../src/core/texteditcommand.cpp" line="55"/>
        <source>the change would alter other headings (for example, an unclosed code block or a paragraph joining a heading); nothing was changed</source>
        <translation>この変更は他の見出しを変えてしまうため（閉じていないコードブロックや、段落と見出しの結合など）、変更しませんでした</translation>
    </message>
</context>
<context>
    <name>YamlFieldEdit</name>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="200"/>
        <source>&quot;%1&quot; is not a front matter field</source>
        <translation>「%1」はフロントマターの項目ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="233"/>
        <source>&quot;%1&quot; is written on one line; edit it in the text</source>
        <translation>「%1」は一行で書かれています。テキストで編集してください</translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="283"/>
        <source>cannot set &quot;%1&quot; without rewriting the front matter; edit it in the text</source>
        <translation>フロントマター全体を書き換えずに「%1」を設定できません。テキストで編集してください</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="145"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation>構造化された日本語記事のリーダー・エディタ</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="147"/>
        <source>The article to open.</source>
        <translation>開く記事。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="149"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>ウィンドウの画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="152"/>
        <source>Select the section with this heading.</source>
        <translation>この見出しのセクションを選択します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="154"/>
        <source>Start in reader mode.</source>
        <translation>リーダーモードで開きます。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="156"/>
        <source>Interface language: ja or en.</source>
        <translation>画面の言語: ja または en。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="189"/>
        <source>Kiji</source>
        <translation>Kiji</translation>
    </message>
</context>
</TS>
