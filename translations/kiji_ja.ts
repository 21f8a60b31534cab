<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="75"/>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="81"/>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="98"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation>このファイルは UTF-16 です。Kiji は UTF-8 を読みます（別のエディタで UTF-8 として保存してください）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="101"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>UTF-8 として不正なバイトがあります（オフセット %2 のバイト 0x%1）</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="108"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation>NUL バイトを含んでいます（オフセット %1）。テキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="119"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation>ファイルが壊れているため読み取り専用で開きました。別の名前でコピーを保存してください</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="126"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="198"/>
        <source>the article is read-only because the file is damaged</source>
        <translation>ファイルが壊れているため、記事は読み取り専用です</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
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
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="21"/>
        <source>Section</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="21"/>
        <source>Characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="44"/>
        <source>Kiji</source>
        <translation>Kiji</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="51"/>
        <source>%1 – Kiji</source>
        <translation>%1 – Kiji</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="53"/>
        <source>Opened read-only: %1</source>
        <translation>読み取り専用で開きました: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="61"/>
        <source>Lead</source>
        <translation>リード</translation>
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
        <location filename="../src/core/movesection.cpp" line="53"/>
        <source>the section is already there</source>
        <translation>セクションはすでにその位置にあります</translation>
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
    <name>TextEditCommand</name>
    <message>
        <location filename="../src/core/texteditcommand.cpp" line="42"/>
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
        <location filename="../src/app/main.cpp" line="16"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation>構造化された日本語記事のリーダー・エディタ</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="18"/>
        <source>The article to open.</source>
        <translation>開く記事。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="20"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>ウィンドウの画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="30"/>
        <source>Kiji</source>
        <translation>Kiji</translation>
    </message>
</context>
</TS>
