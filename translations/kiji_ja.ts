<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="80"/>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="86"/>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="103"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation>このファイルは UTF-16 です。Kiji は UTF-8 を読みます（別のエディタで UTF-8 として保存してください）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="106"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>UTF-8 として不正なバイトがあります（オフセット %2 のバイト 0x%1）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="113"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation>NUL バイトを含んでいます（オフセット %1）。テキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="125"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation>ファイルが壊れているため読み取り専用で開きました。別の名前でコピーを保存してください</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="132"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="236"/>
        <source>the article is read-only because the file is damaged</source>
        <translation>ファイルが壊れているため、記事は読み取り専用です</translation>
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
        <location filename="../ui/articleform.ui" line="132"/>
        <source>Search result preview</source>
        <translation>検索結果での見え方</translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="71"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 文字</translation>
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
        <location filename="../src/core/frontmatter.cpp" line="231"/>
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
        <location filename="../src/import/headinglevels.cpp" line="102"/>
        <source>H3: an item of the list under 「%1」 (line %2)</source>
        <translation>H3: 「%1」の箇条書き（%2 行目）の項目</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="107"/>
        <source>H3: a question under 「%1」</source>
        <translation>H3: 「%1」の下の質問</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="115"/>
        <source>H3: one of the parts 「%1」 introduces (line %2)</source>
        <translation>H3: 「%1」が紹介する項目のひとつ（%2 行目）</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="122"/>
        <source>H3: its text starts counting (line %1), a part of 「%2」</source>
        <translation>H3: 本文が順に数え始める（%1 行目）ので「%2」の項目</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="126"/>
        <source>H2: a short line followed by text</source>
        <translation>H2: 本文が続く短い行</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="128"/>
        <source>H2: a summary</source>
        <translation>H2: まとめ</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="130"/>
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
        <location filename="../src/import/textimport.cpp" line="95"/>
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
        <location filename="../src/gui/mainwindow.cpp" line="97"/>
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>%n 件置換しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="104"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="107"/>
        <source>Opened</source>
        <translation>開いた状態</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="111"/>
        <source>Import Notes</source>
        <translation>取り込みメモ</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="151"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="153"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="155"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="156"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="157"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="162"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="163"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="171"/>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="172"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="173"/>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Section</source>
        <translation>セクション(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="183"/>
        <source>&amp;Reader Mode</source>
        <translation>リーダーモード(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Smartphone Width</source>
        <translation>スマートフォン幅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="192"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="220"/>
        <source>Opened read-only: %1</source>
        <translation>読み取り専用で開きました: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="235"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="258"/>
        <source>Import Article</source>
        <translation>記事を取り込む</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="259"/>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>テキストとWebページ (*.txt *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="264"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 を取り込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="300"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="304"/>
        <source>Imported %1: %n guess(es) to check in Import Notes</source>
        <translation>
            <numerusform>%1 を取り込みました: 確認する推定が %n 件あります（取り込みメモ）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <source>Paste Article</source>
        <translation>記事の貼り付け</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="320"/>
        <source>The pasted text reads as a whole article with %n section(s). Recover its structure (title, supervisor, headings)?</source>
        <translation>
            <numerusform>貼り付けたテキストは %n 節からなる記事のようです。構造（題名・監修者・見出し）を復元しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="322"/>
        <source>Recover Structure</source>
        <translation>構造を復元</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="322"/>
        <source>Paste as Text</source>
        <translation>テキストとして貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="325"/>
        <source>Paste Article with Its Structure</source>
        <translation>記事を構造つきで貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="329"/>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="337"/>
        <source>Open Article</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="338"/>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 記事 (*.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="343"/>
        <location filename="../src/gui/mainwindow.cpp" line="428"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="360"/>
        <source>Save Article As</source>
        <translation>記事に名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="361"/>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation>Markdown 記事 (*.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="377"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="377"/>
        <source>The article has unsaved changes. Save them?</source>
        <translation>記事に未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="526"/>
        <source>no heading &quot;%1&quot;</source>
        <translation>見出し「%1」はありません</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="527"/>
        <source>%1 headings read &quot;%2&quot;</source>
        <translation>「%2」という見出しが %1 個あります</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="556"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="558"/>
        <source>%1[*] – Kiji</source>
        <translation>%1[*] – Kiji</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="558"/>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="566"/>
        <source>Article: %1 characters</source>
        <translation>記事: %1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="569"/>
        <source>Selection: %1 characters  ·  </source>
        <translation>選択: %1 文字  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="571"/>
        <source>Section: %1 characters (%2 with subsections)  ·  </source>
        <translation>セクション: %1 文字（小見出しを含めて %2）  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="602"/>
        <location filename="../src/gui/mainwindow.cpp" line="610"/>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="603"/>
        <source>Kiji found changes to %1 that were not saved when it last closed. Recover them?</source>
        <translation>前回 Kiji が終了したとき、%1 に保存されていない変更がありました。復元しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="605"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="605"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="613"/>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation>未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="639"/>
        <source>File Changed on Disk</source>
        <translation>ファイルが外部で変更されました</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="640"/>
        <source>%1 was changed by another program, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation>%1 が別のプログラムで変更されました。未保存の変更があります。読み込み直して変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="643"/>
        <source>&amp;Reload</source>
        <translation>読み込み直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="643"/>
        <source>&amp;Keep Mine</source>
        <translation>手元の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="646"/>
        <source>Reload from Disk</source>
        <translation>ディスクから読み込み直す</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="651"/>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation>%1 が外部で変更されたため読み込み直しました。</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="297"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="298"/>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="299"/>
        <source>Insert &amp;Link…</source>
        <translation>リンクを挿入(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="300"/>
        <source>Insert &amp;Table…</source>
        <translation>表を挿入(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="632"/>
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
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="204"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="204"/>
        <source>Article: %1</source>
        <translation>記事: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="208"/>
        <source>Supervisor: %1</source>
        <translation>監修: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="209"/>
        <source>Supervisor</source>
        <translation>監修者</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="212"/>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="239"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="245"/>
        <source>%1 characters in this section, %2 with its subsections%3</source>
        <translation>このセクション %1 文字、小見出しを含めて %2 文字%3</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="248"/>
        <source>; budget %1</source>
        <translation>、目安 %1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="250"/>
        <source>H%1 · line %2</source>
        <translation>H%1 · %2 行目</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="276"/>
        <source>Section</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="278"/>
        <source>Characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="280"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="26"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="27"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="28"/>
        <source>Promote</source>
        <translation>レベルを上げる</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="29"/>
        <source>Demote</source>
        <translation>レベルを下げる</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="30"/>
        <source>Add Section After</source>
        <translation>後ろにセクションを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="31"/>
        <source>Delete Section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="32"/>
        <source>Duplicate Section</source>
        <translation>セクションを複製</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="162"/>
        <location filename="../src/gui/outlineview.cpp" line="163"/>
        <source>New section</source>
        <translation>新しいセクション</translation>
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
        <location filename="../src/gui/sectionform.cpp" line="104"/>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="115"/>
        <source>%1 characters (%2 with subsections)</source>
        <translation>%1 文字（小見出しを含めて %2 文字）</translation>
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
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="20"/>
        <source>&quot;%1=%2&quot; cannot be stored</source>
        <translation>「%1=%2」は保存できません</translation>
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
        <location filename="../src/gui/supervisorform.cpp" line="24"/>
        <source>New credential</source>
        <translation>新しい資格</translation>
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
        <location filename="../src/core/texteditcommand.cpp" line="48"/>
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
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation>構造化された日本語記事のリーダー・エディタ</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="92"/>
        <source>The article to open.</source>
        <translation>開く記事。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="94"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>ウィンドウの画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="97"/>
        <source>Select the section with this heading.</source>
        <translation>この見出しのセクションを選択します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="99"/>
        <source>Start in reader mode.</source>
        <translation>リーダーモードで開きます。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="101"/>
        <source>Interface language: ja or en.</source>
        <translation>画面の言語: ja または en。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="131"/>
        <source>Kiji</source>
        <translation>Kiji</translation>
    </message>
</context>
</TS>
