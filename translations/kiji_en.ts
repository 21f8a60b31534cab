<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="77"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="83"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="100"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="103"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="110"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="121"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="128"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="200"/>
        <source>the article is read-only because the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../ui/articleform.ui" line="9"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="24"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="44"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="74"/>
        <source>&amp;Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="87"/>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="97"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="104"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="117"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="132"/>
        <source>Search result preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="86"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateSection</name>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="10"/>
        <source>Duplicate Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="52"/>
        <source>front matter key &quot;%1&quot; should be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="73"/>
        <source>an item of &quot;%1&quot; is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="78"/>
        <source>front matter key &quot;%1&quot; should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="168"/>
        <source>malformed front matter: a quoted value is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="173"/>
        <location filename="../src/core/frontmatter.cpp" line="231"/>
        <source>malformed front matter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="213"/>
        <source>supervisor reviewed date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="218"/>
        <source>front matter key &quot;supervisor&quot; should be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsertSection</name>
    <message>
        <location filename="../src/core/insertsection.cpp" line="9"/>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="16"/>
        <source>a heading needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="29"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="33"/>
        <source>heading levels go from 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="14"/>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="17"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="18"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="66"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="69"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="108"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="109"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="110"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="111"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="112"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="114"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="117"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="118"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="120"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="125"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="131"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="133"/>
        <source>&amp;Reader Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="136"/>
        <source>&amp;Smartphone Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="139"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="162"/>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="172"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="191"/>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <location filename="../src/gui/mainwindow.cpp" line="280"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="213"/>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="230"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="230"/>
        <source>The article has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="329"/>
        <source>no heading &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="330"/>
        <source>%1 headings read &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="359"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="361"/>
        <source>%1[*] – Kiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="361"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="369"/>
        <source>Article: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="371"/>
        <source>Section: %1 characters (%2 with subsections)  ·  </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="310"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="311"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="312"/>
        <source>Insert &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="313"/>
        <source>Insert &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSection</name>
    <message>
        <location filename="../src/core/movesection.cpp" line="15"/>
        <source>Move Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="21"/>
        <location filename="../src/core/movesection.cpp" line="40"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="33"/>
        <source>a section cannot move into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="45"/>
        <source>heading levels go from 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="54"/>
        <source>the section is already there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="155"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="155"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="159"/>
        <source>Supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="160"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="163"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="190"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="196"/>
        <source>%1 characters in this section, %2 with its subsections%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="199"/>
        <source>; budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="201"/>
        <source>H%1 · line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="223"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="225"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="227"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="24"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="25"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="26"/>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="27"/>
        <source>Demote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="28"/>
        <source>Add Section After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="29"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="30"/>
        <source>Duplicate Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="137"/>
        <location filename="../src/gui/outlineview.cpp" line="138"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSection</name>
    <message>
        <location filename="../src/core/removesection.cpp" line="10"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/removesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../ui/sectionform.ui" line="14"/>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="27"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="52"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="62"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="101"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="112"/>
        <source>%1 characters (%2 with subsections)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFrontMatterField</name>
    <message>
        <location filename="../src/core/setfrontmatterfield.cpp" line="9"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetHeadingText</name>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="10"/>
        <source>Edit Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="19"/>
        <source>a heading needs text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSectionAttribute</name>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="11"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="20"/>
        <source>&quot;%1=%2&quot; cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSectionBody</name>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="9"/>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSectionLevel</name>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="8"/>
        <source>Change Section Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="12"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="19"/>
        <source>heading levels go from 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorForm</name>
    <message>
        <location filename="../ui/supervisorform.ui" line="9"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="24"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="37"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="50"/>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="74"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="81"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="99"/>
        <source>&amp;Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="116"/>
        <source>&amp;Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="138"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorform.cpp" line="25"/>
        <source>New credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="12"/>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="15"/>
        <source>Rows below the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="20"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="21"/>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <location filename="../src/core/texteditcommand.cpp" line="48"/>
        <source>the change would alter other headings (for example, an unclosed code block or a paragraph joining a heading); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlFieldEdit</name>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="200"/>
        <source>&quot;%1&quot; is not a front matter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="233"/>
        <source>&quot;%1&quot; is written on one line; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="283"/>
        <source>cannot set &quot;%1&quot; without rewriting the front matter; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="47"/>
        <source>The article to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="52"/>
        <source>Select the section with this heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>Start in reader mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="56"/>
        <source>Interface language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>Kiji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
