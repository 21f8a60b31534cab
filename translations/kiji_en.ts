<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddReviewComment</name>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="10"/>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="15"/>
        <source>the comment is empty</source>
        <translation>the comment is empty</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="19"/>
        <source>the range is outside the article&apos;s body</source>
        <translation>the range is outside the article&apos;s body</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="26"/>
        <source>the range cuts through a character</source>
        <translation>the range cuts through a character</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="59"/>
        <source>a comment cannot go there (inside code, across a blank line, through a review mark, or with a name holding spaces or colons); nothing was changed</source>
        <translation>a comment cannot go there (inside code, across a blank line, through a review mark, or with a name holding spaces or colons); nothing was changed</translation>
    </message>
</context>
<context>
    <name>AddReviewReply</name>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="9"/>
        <source>Reply to Comment</source>
        <translation>Reply to Comment</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="13"/>
        <source>the reply is empty</source>
        <translation>the reply is empty</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="27"/>
        <source>the article changed since the comment was read; nothing was changed</source>
        <translation>the article changed since the comment was read; nothing was changed</translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="47"/>
        <source>the reply would not read as a reply (a blank line, review mark delimiters, or a name holding spaces or colons); nothing was changed</source>
        <translation>the reply would not read as a reply (a blank line, review mark delimiters, or a name holding spaces or colons); nothing was changed</translation>
    </message>
</context>
<context>
    <name>ApprovalGate</name>
    <message>
        <location filename="../src/core/approvalgate.cpp" line="18"/>
        <source>Section &quot;%1&quot; is not approved (%2)</source>
        <translation>Section &quot;%1&quot; is not approved (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="30"/>
        <source>%n comment(s) open</source>
        <translation>
            <numerusform>%n comment open</numerusform>
            <numerusform>%n comments open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="33"/>
        <source>%n suggestion(s) open</source>
        <translation>
            <numerusform>%n suggestion open</numerusform>
            <numerusform>%n suggestions open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="36"/>
        <source>%n error finding(s) remain</source>
        <translation>
            <numerusform>%n error finding remain</numerusform>
            <numerusform>%n error findings remain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="85"/>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="91"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="109"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="112"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>invalid UTF-8 (byte 0x%1 at offset %2)</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="119"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation>the file contains NUL bytes (offset %1): it is not a text file</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="132"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation>the file was opened read-only because it is damaged; save a copy under a new name</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="133"/>
        <source>the file was opened read-only; save a copy under a new name</source>
        <translation>the file was opened read-only; save a copy under a new name</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="141"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="217"/>
        <source>%n unclosed &lt;![CDATA[, &lt;? or &lt;! in this paragraph are read as text: as HTML they would take minutes to read</source>
        <translation>
            <numerusform>%n unclosed &lt;![CDATA[, &lt;? or &lt;! in this paragraph is read as text: as HTML it would take minutes to read</numerusform>
            <numerusform>%n unclosed &lt;![CDATA[, &lt;? or &lt;! in this paragraph are read as text: as HTML they would take minutes to read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="221"/>
        <source>this table of %1 columns is read as text: Kiji reads tables of up to %2 columns</source>
        <translation>this table of %1 columns is read as text: Kiji reads tables of up to %2 columns</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="226"/>
        <source>this table is read as text: the article&apos;s tables already hold %1 cells, as many as Kiji reads</source>
        <translation>this table is read as text: the article&apos;s tables already hold %1 cells, as many as Kiji reads</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="230"/>
        <source>%n image openers ![ in this paragraph are read as text: as images they would take minutes to read</source>
        <translation>
            <numerusform>%n image opener ![ in this paragraph is read as text: as an image it would take minutes to read</numerusform>
            <numerusform>%n image openers ![ in this paragraph are read as text: as images they would take minutes to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/articledocument.cpp" line="234"/>
        <source>this link reference definition is read as text: its %n use(s) would copy more than %1 MB into the article</source>
        <translation>
            <numerusform>this link reference definition is read as text: its %n use would copy more than %1 MB into the article</numerusform>
            <numerusform>this link reference definition is read as text: its %n uses would copy more than %1 MB into the article</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="287"/>
        <source>the article is read-only because the file is damaged</source>
        <translation>the article is read-only because the file is damaged</translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="288"/>
        <source>the article was opened read-only</source>
        <translation>the article was opened read-only</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../ui/articleform.ui" line="9"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="24"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="44"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="74"/>
        <source>&amp;Slug</source>
        <translation>&amp;Slug</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="87"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="97"/>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="104"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="117"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../ui/articleform.ui" line="142"/>
        <source>Search result preview</source>
        <translation>Search result preview</translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="74"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="126"/>
        <source>Cannot be approved yet:</source>
        <translation>Cannot be approved yet:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/articleform.cpp" line="133"/>
        <source>…and %n more section(s) not approved</source>
        <translation>
            <numerusform>…and %n more section not approved</numerusform>
            <numerusform>…and %n more sections not approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleLimits</name>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="49"/>
        <source>the article is too large to check (%1; the limit is %2)</source>
        <translation>the article is too large to check (%1; the limit is %2)</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="54"/>
        <source>the article has too many sections to check (%1; the limit is %2)</source>
        <translation>the article has too many sections to check (%1; the limit is %2)</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="66"/>
        <source>too large to export (%1; the limit is %2)</source>
        <translation>too large to export (%1; the limit is %2)</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="74"/>
        <source>too large to import (%1; the limit is %2)</source>
        <translation>too large to import (%1; the limit is %2)</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="81"/>
        <source>The article is too large to preview (%1; the preview shows articles up to %2).</source>
        <translation>The article is too large to preview (%1; the preview shows articles up to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="86"/>
        <source>The article has too many sections to preview (%1; the preview shows up to %2).</source>
        <translation>The article has too many sections to preview (%1; the preview shows up to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="99"/>
        <source>The article is nested too deeply to preview (%1 levels; the preview shows up to %2).</source>
        <translation>The article is nested too deeply to preview (%1 levels; the preview shows up to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="109"/>
        <source>The article is too large to preview (its HTML is %1; the preview shows up to %2).</source>
        <translation>The article is too large to preview (its HTML is %1; the preview shows up to %2).</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="117"/>
        <source>This part is too large to edit here (%1; the editor takes parts up to %2). Open the file in a plain text editor to change it.</source>
        <translation>This part is too large to edit here (%1; the editor takes parts up to %2). Open the file in a plain text editor to change it.</translation>
    </message>
    <message>
        <location filename="../src/core/articlelimits.cpp" line="133"/>
        <source>This part has a line too long to edit here (%1; the editor takes lines up to %2). Open the file in a plain text editor to change it.</source>
        <translation>This part has a line too long to edit here (%1; the editor takes lines up to %2). Open the file in a plain text editor to change it.</translation>
    </message>
</context>
<context>
    <name>ArticlePdfWriter</name>
    <message numerus="yes">
        <location filename="../src/gui/articlepdfwriter.cpp" line="46"/>
        <source>The article did not finish rendering within %n second(s).</source>
        <translation>
            <numerusform>The article did not finish rendering within %n second.</numerusform>
            <numerusform>The article did not finish rendering within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/articlepdfwriter.cpp" line="114"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <location filename="../src/gui/articlepreview.cpp" line="14"/>
        <source>The preview cannot start: %1</source>
        <translation>The preview cannot start: %1</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <location filename="../src/core/articlesearch.cpp" line="306"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (at character %2)</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="82"/>
        <source>%1: unknown rule &quot;%2&quot;</source>
        <translation>%1: unknown rule &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="95"/>
        <source>%1: rule &quot;%2&quot;: severity must be error, warning or info, not &quot;%3&quot;</source>
        <translation>%1: rule &quot;%2&quot;: severity must be error, warning or info, not &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="116"/>
        <source>unknown preset &quot;%1&quot; (presets: %2)</source>
        <translation>unknown preset &quot;%1&quot; (presets: %2)</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="131"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>unknown rule &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="166"/>
        <source>%1: a configuration is a mapping of presets, rules and dictionaries</source>
        <translation>%1: a configuration is a mapping of presets, rules and dictionaries</translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="185"/>
        <source>%1: today must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1: today must be a date YYYY-MM-DD, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="58"/>
        <source>%1:%2: malformed YAML: %3</source>
        <translation>%1:%2: malformed YAML: %3</translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="72"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="50"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="52"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="54"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="56"/>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="60"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="74"/>
        <source>line %1 → %2</source>
        <translation>line %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="76"/>
        <source>was line %1</source>
        <translation>was line %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="78"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="86"/>
        <source>%1, edited</source>
        <translation>%1, edited</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="89"/>
        <location filename="../src/gui/comparecontroller.cpp" line="307"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="91"/>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="94"/>
        <source>was &quot;%1&quot;; %2</source>
        <translation>was &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="121"/>
        <source>Compare &amp;with…</source>
        <translation>Compare &amp;with…</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="122"/>
        <source>Compare with Sa&amp;ved</source>
        <translation>Compare with Sa&amp;ved</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="123"/>
        <source>&amp;Close Comparison</source>
        <translation>&amp;Close Comparison</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="125"/>
        <source>Compare the article with another version of it, section by section</source>
        <translation>Compare the article with another version of it, section by section</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="126"/>
        <source>Compare the article with its last saved version, section by section</source>
        <translation>Compare the article with its last saved version, section by section</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="127"/>
        <source>Leave the comparison and show the article</source>
        <translation>Leave the comparison and show the article</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="130"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="131"/>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="136"/>
        <source>Cannot compare with %1: %2</source>
        <translation>Cannot compare with %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="141"/>
        <source>Cannot compare with the saved version: %1</source>
        <translation>Cannot compare with the saved version: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="221"/>
        <source>the article has not been saved yet</source>
        <translation>the article has not been saved yet</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="229"/>
        <source>the saved version</source>
        <translation>the saved version</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="237"/>
        <source>the file is damaged: %1</source>
        <translation>the file is damaged: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="246"/>
        <source>No differences from %1.</source>
        <translation>No differences from %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="247"/>
        <source>Compared with %1: %n section(s) differ.</source>
        <translation>
            <numerusform>Compared with %1: %n section differ.</numerusform>
            <numerusform>Compared with %1: %n sections differ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="329"/>
        <source>No differences from %1</source>
        <translation>No differences from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="330"/>
        <source>Compared with %1: %n section(s) differ</source>
        <translation>
            <numerusform>Compared with %1: %n section differ</numerusform>
            <numerusform>Compared with %1: %n sections differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="332"/>
        <source>File → Close Comparison returns to the article.</source>
        <translation>File → Close Comparison returns to the article.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="352"/>
        <source>The front matter differs from the compared version.</source>
        <translation>The front matter differs from the compared version.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="356"/>
        <source>The lead differs from the compared version.</source>
        <translation>The lead differs from the compared version.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="361"/>
        <source>Removed after this: &quot;%1&quot; (was line %2)</source>
        <translation>Removed after this: &quot;%1&quot; (was line %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="369"/>
        <source>Moved: was line %1, position %2 among its siblings</source>
        <translation>Moved: was line %1, position %2 among its siblings</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="374"/>
        <source>Added: not in the compared version</source>
        <translation>Added: not in the compared version</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="377"/>
        <source>Renamed: was &quot;%1&quot;</source>
        <translation>Renamed: was &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="380"/>
        <source>Changed: its text differs from the compared version</source>
        <translation>Changed: its text differs from the compared version</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="384"/>
        <source>, and its text differs</source>
        <translation>, and its text differs</translation>
    </message>
</context>
<context>
    <name>DuplicateSection</name>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="10"/>
        <source>Duplicate Section</source>
        <translation>Duplicate Section</translation>
    </message>
    <message>
        <location filename="../src/core/duplicatesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="74"/>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="75"/>
        <source>WordPress blocks (*.html)</source>
        <translation>WordPress blocks (*.html)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="76"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="77"/>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="80"/>
        <source>Export Article</source>
        <translation>Export Article</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="98"/>
        <source>The previous export has not finished yet.</source>
        <translation>The previous export has not finished yet.</translation>
    </message>
    <message>
        <location filename="../src/gui/exportcontroller.cpp" line="108"/>
        <location filename="../src/gui/exportcontroller.cpp" line="115"/>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="28"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="29"/>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="32"/>
        <source>Find in the article</source>
        <translation>Find in the article</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="35"/>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="36"/>
        <source>With a regular expression, \1 to \99 stand for its groups and \0 for the match</source>
        <translation>With a regular expression, \1 to \99 stand for its groups and \0 for the match</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Whole words only</source>
        <translation>Whole words only</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="53"/>
        <location filename="../src/gui/findreplacebar.cpp" line="287"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="62"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="280"/>
        <source>Invalid pattern</source>
        <translation>Invalid pattern</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="282"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="285"/>
        <source>%1 of %2 (in code)</source>
        <translation>%1 of %2 (in code)</translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="286"/>
        <source>%1 of %2 (in a URL)</source>
        <translation>%1 of %2 (in a URL)</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="28"/>
        <source>the rule %1 has no quick fix here</source>
        <translation>the rule %1 has no quick fix here</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="33"/>
        <source>Fix (%1)</source>
        <translation>Fix (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="61"/>
        <source>a comment before this line would split its paragraph; turn the rule off for the article instead</source>
        <translation>a comment before this line would split its paragraph; turn the rule off for the article instead</translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="67"/>
        <source>Turn off %1 for one line</source>
        <translation>Turn off %1 for one line</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="37"/>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="48"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="51"/>
        <source>No Quick Fix</source>
        <translation>No Quick Fix</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="55"/>
        <source>Turn Off %1 for This Article</source>
        <translation>Turn Off %1 for This Article</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="57"/>
        <source>Turn Off %1 for This Line</source>
        <translation>Turn Off %1 for This Line</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="42"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="44"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="48"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="68"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="93"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="95"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="97"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="99"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="101"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="52"/>
        <source>front matter key &quot;%1&quot; should be a single value</source>
        <translation>front matter key &quot;%1&quot; should be a single value</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="73"/>
        <source>an item of &quot;%1&quot; is not a single value</source>
        <translation>an item of &quot;%1&quot; is not a single value</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="78"/>
        <source>front matter key &quot;%1&quot; should be a list</source>
        <translation>front matter key &quot;%1&quot; should be a list</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="168"/>
        <source>malformed front matter: a quoted value is not closed</source>
        <translation>malformed front matter: a quoted value is not closed</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="173"/>
        <location filename="../src/core/frontmatter.cpp" line="234"/>
        <source>malformed front matter: %1</source>
        <translation>malformed front matter: %1</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="213"/>
        <source>supervisor reviewed date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>supervisor reviewed date &quot;%1&quot; is not YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/core/frontmatter.cpp" line="218"/>
        <source>front matter key &quot;supervisor&quot; should be a mapping</source>
        <translation>front matter key &quot;supervisor&quot; should be a mapping</translation>
    </message>
</context>
<context>
    <name>ImageFolder</name>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="82"/>
        <source>the article has not been saved yet, so it has no folder for images</source>
        <translation>the article has not been saved yet, so it has no folder for images</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="87"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="95"/>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="106"/>
        <source>cannot copy %1 into %2: %3</source>
        <translation>cannot copy %1 into %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="117"/>
        <source>the pasted image is empty</source>
        <translation>the pasted image is empty</translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="126"/>
        <source>cannot save %1</source>
        <translation>cannot save %1</translation>
    </message>
</context>
<context>
    <name>ImportNote</name>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="104"/>
        <source>H3: an item of the list under 「%1」 (line %2)</source>
        <translation>H3: an item of the list under 「%1」 (line %2)</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="109"/>
        <source>H3: a question under 「%1」</source>
        <translation>H3: a question under 「%1」</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="117"/>
        <source>H3: one of the parts 「%1」 introduces (line %2)</source>
        <translation>H3: one of the parts 「%1」 introduces (line %2)</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="124"/>
        <source>H3: its text starts counting (line %1), a part of 「%2」</source>
        <translation>H3: its text starts counting (line %1), a part of 「%2」</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="128"/>
        <source>H2: a short line followed by text</source>
        <translation>H2: a short line followed by text</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="130"/>
        <source>H2: a summary</source>
        <translation>H2: a summary</translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="132"/>
        <source>H2: a call to action</source>
        <translation>H2: a call to action</translation>
    </message>
    <message>
        <location filename="../src/import/htmlimport.cpp" line="491"/>
        <source>title taken from &lt;title&gt;: 「%1」</source>
        <translation>title taken from &lt;title&gt;: 「%1」</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="54"/>
        <source>supervisor: name 「%1」, title 「%2」, %3 credentials%4</source>
        <translation>supervisor: name 「%1」, title 「%2」, %3 credentials%4</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="57"/>
        <source>, biography</source>
        <translation>, biography</translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="94"/>
        <source>editor&apos;s note kept as a comment: 「%1」</source>
        <translation>editor&apos;s note kept as a comment: 「%1」</translation>
    </message>
</context>
<context>
    <name>InsertSection</name>
    <message>
        <location filename="../src/core/insertsection.cpp" line="9"/>
        <source>Add Section</source>
        <translation>Add Section</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="16"/>
        <source>a heading needs text</source>
        <translation>a heading needs text</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="29"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
    <message>
        <location filename="../src/core/insertsection.cpp" line="33"/>
        <source>heading levels go from 1 to 6</source>
        <translation>heading levels go from 1 to 6</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="14"/>
        <source>Insert Link</source>
        <translation>Insert Link</translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="17"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../src/gui/linkdialog.cpp" line="18"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>Replaced %n match.</numerusform>
            <numerusform>Replaced %n matches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="126"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="129"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="133"/>
        <source>Import Notes</source>
        <translation>Import Notes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="194"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="198"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="201"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="205"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="218"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="223"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="224"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="225"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="226"/>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="228"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="236"/>
        <source>&amp;Reader Mode</source>
        <translation>&amp;Reader Mode</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="239"/>
        <source>&amp;Smartphone Width</source>
        <translation>&amp;Smartphone Width</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="245"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="301"/>
        <source>Opened read-only: %1 is open in another Kiji window.</source>
        <translation>Opened read-only: %1 is open in another Kiji window.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="307"/>
        <source>Opened read-only: line %1: %2</source>
        <translation>Opened read-only: line %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <source>Article Already Open</source>
        <translation>Article Already Open</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="321"/>
        <source>%1 is already open in another Kiji window (process %2).</source>
        <translation>%1 is already open in another Kiji window (process %2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="322"/>
        <source>%1 is already open in another Kiji window.</source>
        <translation>%1 is already open in another Kiji window.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="324"/>
        <source>If both windows edit it, the one that saves last overwrites the other&apos;s changes. Open it read-only to read it safely, or open it anyway if the other window is not editing it.</source>
        <translation>If both windows edit it, the one that saves last overwrites the other&apos;s changes. Open it read-only to read it safely, or open it anyway if the other window is not editing it.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="327"/>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="328"/>
        <source>Open &amp;Anyway</source>
        <translation>Open &amp;Anyway</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="367"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="396"/>
        <source>Import Article</source>
        <translation>Import Article</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="397"/>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Text and web pages (*.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="402"/>
        <source>Cannot import %1: %2</source>
        <translation>Cannot import %1: %2</translation>
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
            <numerusform>Imported %1: %n guess to check in Import Notes</numerusform>
            <numerusform>Imported %1: %n guesses to check in Import Notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="446"/>
        <source>Paste Article</source>
        <translation>Paste Article</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="447"/>
        <source>The pasted text reads as a whole article with %n section(s). Recover its structure (title, supervisor, headings)?</source>
        <translation>
            <numerusform>The pasted text reads as a whole article with %n section. Recover its structure (title, supervisor, headings)?</numerusform>
            <numerusform>The pasted text reads as a whole article with %n sections. Recover its structure (title, supervisor, headings)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="449"/>
        <source>Recover Structure</source>
        <translation>Recover Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="449"/>
        <source>Paste as Text</source>
        <translation>Paste as Text</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="452"/>
        <source>Paste Article with Its Structure</source>
        <translation>Paste Article with Its Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="456"/>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="464"/>
        <source>Open Article</source>
        <translation>Open Article</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="465"/>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown articles (*.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="470"/>
        <location filename="../src/gui/mainwindow.cpp" line="568"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="492"/>
        <source>Save Article As</source>
        <translation>Save Article As</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="493"/>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation>Markdown articles (*.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>The article has unsaved changes. Save them?</source>
        <translation>The article has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="683"/>
        <source>The findings are being updated; try again in a moment.</source>
        <translation>The findings are being updated; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="771"/>
        <source>no heading &quot;%1&quot;</source>
        <translation>no heading &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="772"/>
        <source>%1 headings read &quot;%2&quot;</source>
        <translation>%1 headings read &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="801"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="803"/>
        <source>%1[*] – Kiji</source>
        <translation>%1[*] – Kiji</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="803"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="811"/>
        <source>Article: %1 characters</source>
        <translation>Article: %1 characters</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="814"/>
        <source>Selection: %1 characters  ·  </source>
        <translation>Selection: %1 characters  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="816"/>
        <source>Section: %1 characters (%2 with subsections)  ·  </source>
        <translation>Section: %1 characters (%2 with subsections)  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="832"/>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="833"/>
        <source>The article was not saved: %1.</source>
        <translation>The article was not saved: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="835"/>
        <source>Your changes are still here and in the recovery file. Free some disk space, or save to another folder with Save As.</source>
        <translation>Your changes are still here and in the recovery file. Free some disk space, or save to another folder with Save As.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="859"/>
        <location filename="../src/gui/mainwindow.cpp" line="867"/>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="860"/>
        <source>Kiji found changes to %1 that were not saved when it last closed. Recover them?</source>
        <translation>Kiji found changes to %1 that were not saved when it last closed. Recover them?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="862"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="862"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="870"/>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation>Recovered unsaved changes; save to keep them.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="896"/>
        <source>File Changed on Disk</source>
        <translation>File Changed on Disk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="897"/>
        <source>%1 was changed by another program, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation>%1 was changed by another program, and you have unsaved changes. Reload it and lose your changes?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="903"/>
        <source>Reload from Disk</source>
        <translation>Reload from Disk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="908"/>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation>Reloaded %1: it was changed on disk.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="350"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="351"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="352"/>
        <source>Insert &amp;Link…</source>
        <translation>Insert &amp;Link…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="353"/>
        <source>Insert &amp;Table…</source>
        <translation>Insert &amp;Table…</translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="690"/>
        <source>Save the article first: images are copied into the images folder beside it.</source>
        <translation>Save the article first: images are copied into the images folder beside it.</translation>
    </message>
</context>
<context>
    <name>MoveSection</name>
    <message>
        <location filename="../src/core/movesection.cpp" line="15"/>
        <source>Move Section</source>
        <translation>Move Section</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="21"/>
        <location filename="../src/core/movesection.cpp" line="40"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="33"/>
        <source>a section cannot move into itself</source>
        <translation>a section cannot move into itself</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="45"/>
        <source>heading levels go from 1 to 6</source>
        <translation>heading levels go from 1 to 6</translation>
    </message>
    <message>
        <location filename="../src/core/movesection.cpp" line="54"/>
        <source>the section is already there</source>
        <translation>the section is already there</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../src/gui/outlinemodel.cpp" line="303"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="317"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="317"/>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="321"/>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="322"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="325"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="359"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="365"/>
        <source>%1 characters in this section, %2 with its subsections%3</source>
        <translation>%1 characters in this section, %2 with its subsections%3</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="368"/>
        <source>; budget %1</source>
        <translation>; budget %1</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="370"/>
        <source>H%1 · line %2</source>
        <translation>H%1 · line %2</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="392"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="394"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="396"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="398"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="511"/>
        <source>Approved %1/%2</source>
        <translation>Approved %1/%2</translation>
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
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="28"/>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="29"/>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="30"/>
        <source>Demote</source>
        <translation>Demote</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="31"/>
        <source>Add Section After</source>
        <translation>Add Section After</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="32"/>
        <source>Delete Section</source>
        <translation>Delete Section</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="33"/>
        <source>Duplicate Section</source>
        <translation>Duplicate Section</translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="166"/>
        <location filename="../src/gui/outlineview.cpp" line="167"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="23"/>
        <source>Reviewer &amp;name:</source>
        <translation>Reviewer &amp;name:</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>Comments and suggestions carry this name, as in {&gt;&gt;@name 2026-01-31: …&lt;&lt;}.</source>
        <translation>Comments and suggestions carry this name, as in {&gt;&gt;@name 2026-01-31: …&lt;&lt;}.</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="28"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="32"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="33"/>
        <source>A new language takes effect when Kiji starts again.</source>
        <translation>A new language takes effect when Kiji starts again.</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="48"/>
        <source>Reviewer Name</source>
        <translation>Reviewer Name</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="49"/>
        <source>Your name for comments and suggestions:</source>
        <translation>Your name for comments and suggestions:</translation>
    </message>
</context>
<context>
    <name>PrhDictionary</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="85"/>
        <source>%1: a prh dictionary has a list of rules (rules: - expected: … patterns: …)</source>
        <translation>%1: a prh dictionary has a list of rules (rules: - expected: … patterns: …)</translation>
    </message>
</context>
<context>
    <name>RemoveSection</name>
    <message>
        <location filename="../src/core/removesection.cpp" line="10"/>
        <source>Delete Section</source>
        <translation>Delete Section</translation>
    </message>
    <message>
        <location filename="../src/core/removesection.cpp" line="14"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
</context>
<context>
    <name>ReplaceMatches</name>
    <message>
        <location filename="../src/core/replacematches.cpp" line="24"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="27"/>
        <source>there is nothing to replace</source>
        <translation>there is nothing to replace</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="45"/>
        <source>the matches overlap; nothing was changed</source>
        <translation>the matches overlap; nothing was changed</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="50"/>
        <source>the article changed since the search; search again</source>
        <translation>the article changed since the search; search again</translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="63"/>
        <source>the replacement would break the front matter&apos;s YAML; nothing was changed</source>
        <translation>the replacement would break the front matter&apos;s YAML; nothing was changed</translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <location filename="../src/core/replacetext.cpp" line="13"/>
        <source>the article changed there; check again</source>
        <translation>the article changed there; check again</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="165"/>
        <source>Review report: %1</source>
        <translation>Review report: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="201"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="203"/>
        <source>Article status</source>
        <translation>Article status</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="206"/>
        <location filename="../src/cli/reportcommand.cpp" line="213"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="209"/>
        <location filename="../src/cli/reportcommand.cpp" line="211"/>
        <source>Reviewed by the supervisor</source>
        <translation>Reviewed by the supervisor</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="211"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="213"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="230"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="236"/>
        <source>Sections approved</source>
        <translation>Sections approved</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="238"/>
        <location filename="../src/cli/reportcommand.cpp" line="352"/>
        <source>Open comments and suggestions</source>
        <translation>Open comments and suggestions</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="239"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="240"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="241"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="244"/>
        <source>Not checked: %1</source>
        <translation>Not checked: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="258"/>
        <source>Front matter and lead</source>
        <translation>Front matter and lead</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="270"/>
        <location filename="../src/cli/reportcommand.cpp" line="328"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="275"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="293"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="305"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="307"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="309"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="327"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="327"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="361"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="362"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="363"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="363"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="364"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ResolveReviewMarks</name>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="13"/>
        <source>Accept Review Marks</source>
        <translation>Accept Review Marks</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="14"/>
        <source>Reject Review Marks</source>
        <translation>Reject Review Marks</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="17"/>
        <source>there is no review mark to resolve</source>
        <translation>there is no review mark to resolve</translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="30"/>
        <source>the article changed since the review marks were read; nothing was changed</source>
        <translation>the article changed since the review marks were read; nothing was changed</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="48"/>
        <source>S&amp;uggest Changes</source>
        <translation>S&amp;uggest Changes</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="49"/>
        <location filename="../src/gui/reviewcontroller.cpp" line="50"/>
        <source>Add &amp;Comment…</source>
        <translation>Add &amp;Comment…</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="51"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="60"/>
        <source>Record typing in a body as suggestions (insertions and deletions) instead of changing the text</source>
        <translation>Record typing in a body as suggestions (insertions and deletions) instead of changing the text</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="64"/>
        <source>Suggest mode: typing is recorded as suggestions.</source>
        <translation>Suggest mode: typing is recorded as suggestions.</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="64"/>
        <source>Suggest mode is off.</source>
        <translation>Suggest mode is off.</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="76"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="81"/>
        <source>Accept All Suggestions</source>
        <translation>Accept All Suggestions</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="82"/>
        <source>Reject All Suggestions</source>
        <translation>Reject All Suggestions</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="129"/>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="129"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="137"/>
        <source>A comment needs the reviewer&apos;s name (Edit → Preferences).</source>
        <translation>A comment needs the reviewer&apos;s name (Edit → Preferences).</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="145"/>
        <source>Cannot add the comment: %1</source>
        <translation>Cannot add the comment: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="158"/>
        <source>Select a section&apos;s text to comment on.</source>
        <translation>Select a section&apos;s text to comment on.</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="181"/>
        <source>Select text in the preview to comment on.</source>
        <translation>Select text in the preview to comment on.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="42"/>
        <source>Insertion</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="44"/>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="46"/>
        <source>Substitution</source>
        <translation>Substitution</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="48"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <location filename="../src/gui/reviewdock.cpp" line="102"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="94"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="95"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="96"/>
        <source>Accept All in Section</source>
        <translation>Accept All in Section</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="97"/>
        <source>Reject All in Section</source>
        <translation>Reject All in Section</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="98"/>
        <source>Accept All</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="99"/>
        <source>Reject All</source>
        <translation>Reject All</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="100"/>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solve</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="106"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="117"/>
        <source>Reply to the selected thread</source>
        <translation>Reply to the selected thread</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="249"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="283"/>
        <source>Review (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="380"/>
        <source>There is no suggestion to resolve.</source>
        <translation>There is no suggestion to resolve.</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="29"/>
        <source>unclosed {++ insertion</source>
        <translation>unclosed {++ insertion</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="31"/>
        <source>unclosed {-- deletion</source>
        <translation>unclosed {-- deletion</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="33"/>
        <source>unclosed {~~ substitution</source>
        <translation>unclosed {~~ substitution</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="35"/>
        <source>unclosed {== highlight</source>
        <translation>unclosed {== highlight</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="39"/>
        <source>unclosed {&gt;&gt; comment</source>
        <translation>unclosed {&gt;&gt; comment</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="46"/>
        <source>++} without {++</source>
        <translation>++} without {++</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="48"/>
        <source>--} without {--</source>
        <translation>--} without {--</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="50"/>
        <source>~~} without {~~</source>
        <translation>~~} without {~~</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="52"/>
        <source>==} without {==</source>
        <translation>==} without {==</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="56"/>
        <source>&lt;&lt;} without {&gt;&gt;</source>
        <translation>&lt;&lt;} without {&gt;&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="250"/>
        <source>{~~ substitution without ~&gt;</source>
        <translation>{~~ substitution without ~&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="948"/>
        <source>this change cannot be recorded as a suggestion (it adds or removes a blank line, changes a code block, or contains review mark delimiters); edit the text directly</source>
        <translation>this change cannot be recorded as a suggestion (it adds or removes a blank line, changes a code block, or contains review mark delimiters); edit the text directly</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="41"/>
        <location filename="../src/check/rules/janoabusage.cpp" line="69"/>
        <source>See: %1</source>
        <translation>See: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="275"/>
        <source>%1 =&gt; %2
Use Arabic numerals for quantities and for numbers that count things: words that would still make sense with any other number.</source>
        <translation>%1 =&gt; %2
Use Arabic numerals for quantities and for numbers that count things: words that would still make sense with any other number.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="277"/>
        <source>%1 =&gt; %2
Use kanji numerals where they are usual: idioms, compounds, approximate numbers, proper nouns, adverbs and the like.</source>
        <translation>%1 =&gt; %2
Use kanji numerals where they are usual: idioms, compounds, approximate numbers, proper nouns, adverbs and the like.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="113"/>
        <source>The sentence does not end with &quot;%1&quot;: remove the white space at its end.</source>
        <translation>The sentence does not end with &quot;%1&quot;: remove the white space at its end.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="127"/>
        <source>The sentence does not end with &quot;%1&quot;: replace &quot;%2&quot; with &quot;%1&quot;.</source>
        <translation>The sentence does not end with &quot;%1&quot;: replace &quot;%2&quot; with &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="133"/>
        <source>The sentence does not end with &quot;%1&quot;: end it with &quot;%1&quot; so that where it ends is clear.</source>
        <translation>The sentence does not end with &quot;%1&quot;: end it with &quot;%1&quot; so that where it ends is clear.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoredundantexpression.cpp" line="106"/>
        <source>[%1] %2
See https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1</source>
        <translation>[%1] %2
See https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janosuccessiveword.cpp" line="66"/>
        <source>&quot;%1&quot; is used twice in a row.</source>
        <translation>&quot;%1&quot; is used twice in a row.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="184"/>
        <source>Weak phrase: &quot;%1&quot;. Write &quot;可能性がある&quot; or &quot;…を示唆している&quot;: do not stack two weak phrases.</source>
        <translation>Weak phrase: &quot;%1&quot;. Write &quot;可能性がある&quot; or &quot;…を示唆している&quot;: do not stack two weak phrases.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="185"/>
        <source>Weak phrase: &quot;%1&quot;.</source>
        <translation>Weak phrase: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/jaunnaturalalphabet.cpp" line="79"/>
        <source>Unnatural alphabet: %1</source>
        <translation>Unnatural alphabet: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxcomma.cpp" line="59"/>
        <source>This sentence exceeds the maximum count of comma. Maximum is %1.</source>
        <translation>This sentence exceeds the maximum count of comma. Maximum is %1.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxkanjicontinuouslen.cpp" line="61"/>
        <source>%1 or more kanji in a row: %2</source>
        <translation>%1 or more kanji in a row: %2</translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxten.cpp" line="35"/>
        <source>%1 or more &quot;%2&quot; in one sentence.</source>
        <translation>%1 or more &quot;%2&quot; in one sentence.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunction.cpp" line="41"/>
        <source>The same conjunction &quot;%1&quot; is used in consecutive sentences.</source>
        <translation>The same conjunction &quot;%1&quot; is used in consecutive sentences.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunctiveparticlega.cpp" line="51"/>
        <source>The conjunctive particle &quot;が&quot; is used twice or more in one sentence.</source>
        <translation>The conjunctive particle &quot;が&quot; is used twice or more in one sentence.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledjoshi.cpp" line="227"/>
        <source>The particle &quot;%1&quot; is used twice in one sentence.</source>
        <translation>The particle &quot;%1&quot; is used twice in one sentence.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoublenegativeja.cpp" line="93"/>
        <source>Double negative: %1</source>
        <translation>Double negative: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingi.cpp" line="37"/>
        <source>&quot;い&quot; is dropped (い抜き言葉).</source>
        <translation>&quot;い&quot; is dropped (い抜き言葉).</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingthera.cpp" line="56"/>
        <source>&quot;ら&quot; is dropped (ら抜き言葉).</source>
        <translation>&quot;ら&quot; is dropped (ら抜き言葉).</translation>
    </message>
    <message>
        <location filename="../src/check/rules/noexclamationquestionmark.cpp" line="64"/>
        <source>Disallow to use &quot;%1&quot;.</source>
        <translation>Disallow to use &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nohankakukana.cpp" line="42"/>
        <source>Disallow to use 半角カタカナ: &quot;%1&quot;</source>
        <translation>Disallow to use 半角カタカナ: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/rules/noinvalidcontrolcharacter.cpp" line="96"/>
        <source>Found invalid control character(%1 %2)</source>
        <translation>Found invalid control character(%1 %2)</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="103"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="104"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="105"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="184"/>
        <source>%1: write in the &quot;%2&quot; style: &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation>%1: write in the &quot;%2&quot; style: &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="185"/>
        <source>%1: the &quot;である&quot; and &quot;ですます&quot; styles are mixed: the text is mostly in the &quot;%2&quot; style, but &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation>%1: the &quot;である&quot; and &quot;ですます&quot; styles are mixed: the text is mostly in the &quot;%2&quot; style, but &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nonfd.cpp" line="44"/>
        <source>Disallow to use NFD(well-known as UTF8-MAC 濁点): &quot;%1&quot; =&gt; &quot;%2&quot;</source>
        <translation>Disallow to use NFD(well-known as UTF8-MAC 濁点): &quot;%1&quot; =&gt; &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nounmatchedpair.cpp" line="97"/>
        <source>Cannot find a pairing character for %1.

You should close this sentence with %2.
This pair of marks is called %3.</source>
        <translation>Cannot find a pairing character for %1.

You should close this sentence with %2.
This pair of marks is called %3.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/nozerowidthspaces.cpp" line="24"/>
        <source>Zero width space is disallowed.</source>
        <translation>Zero width space is disallowed.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/sentencelength.cpp" line="50"/>
        <source>The sentence is %1 characters long, over the maximum of %2 by %3.</source>
        <translation>The sentence is %1 characters long, over the maximum of %2 by %3.</translation>
    </message>
    <message>
        <location filename="../src/check/ruletext.cpp" line="50"/>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../src/check/medicaladdata.h" line="177"/>
        <source>&quot;%1&quot;: %2 under %3. %4</source>
        <translation>&quot;%1&quot;: %2 under %3. %4</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="538"/>
        <source>「%1」 contradicts 「%2」 given for %3 nearby. Check which is right.</source>
        <translation>「%1」 contradicts 「%2」 given for %3 nearby. Check which is right.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="868"/>
        <source>「%1」 is announced but %2 sections follow. Make the number match.</source>
        <translation>「%1」 is announced but %2 sections follow. Make the number match.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="869"/>
        <source>「%1」 is announced but the list that follows has %2 items. Make the number match.</source>
        <translation>「%1」 is announced but the list that follows has %2 items. Make the number match.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="320"/>
        <source>This sentence repeats the sentence on line %1: delete one of them.</source>
        <translation>This sentence repeats the sentence on line %1: delete one of them.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="353"/>
        <source>This sentence restates the sentence on line %1 in other words: delete one of them or merge them.</source>
        <translation>This sentence restates the sentence on line %1 in other words: delete one of them or merge them.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="203"/>
        <source>Heading level skipped: an H%1 after an H%2. Make it an H%3 or add the missing level.</source>
        <translation>Heading level skipped: an H%1 after an H%2. Make it an H%3 or add the missing level.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="212"/>
        <source>Empty section: nothing follows this heading. Write its text or remove the heading.</source>
        <translation>Empty section: nothing follows this heading. Write its text or remove the heading.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="223"/>
        <source>Same heading as another section at this level (line %1). Make the headings distinct.</source>
        <translation>Same heading as another section at this level (line %1). Make the headings distinct.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="257"/>
        <source>A heading ends in 「。」. Remove it.</source>
        <translation>A heading ends in 「。」. Remove it.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="333"/>
        <source>The list names 「%1」 but the section it announces is headed 「%2」 (line %3). Use the same name.</source>
        <translation>The list names 「%1」 but the section it announces is headed 「%2」 (line %3). Use the same name.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/kanjimisconversion.cpp" line="420"/>
        <source>Possible misconversion: 「%1」 is probably 「%2」.</source>
        <translation>Possible misconversion: 「%1」 is probably 「%2」.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="104"/>
        <source>An editor&apos;s note is left in the text: &quot;%1&quot;. Do what it asks, then delete it.</source>
        <translation>An editor&apos;s note is left in the text: &quot;%1&quot;. Do what it asks, then delete it.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="106"/>
        <source>A placeholder is left in the text: &quot;%1&quot;. Write the real content in its place.</source>
        <translation>A placeholder is left in the text: &quot;%1&quot;. Write the real content in its place.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="108"/>
        <source>An unfinished-work mark is left in the text: &quot;%1&quot;. Resolve it, then delete the mark.</source>
        <translation>An unfinished-work mark is left in the text: &quot;%1&quot;. Resolve it, then delete the mark.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="184"/>
        <source>An editor&apos;s note is left in the article: &quot;%1&quot;. Do what it asks, then delete the comment.</source>
        <translation>An editor&apos;s note is left in the article: &quot;%1&quot;. Do what it asks, then delete the comment.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/medicaladbeforeafter.cpp" line="85"/>
        <source>&quot;%1&quot;: %2 without %3 nearby, under %4. Explain them next to the photos.</source>
        <translation>&quot;%1&quot;: %2 without %3 nearby, under %4. Explain them next to the photos.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/notationvariants.cpp" line="427"/>
        <source>Notation varies: 「%1」 here, 「%3」 elsewhere in the article (%2 against %4 uses): write one form.</source>
        <translation>Notation varies: 「%1」 here, 「%3」 elsewhere in the article (%2 against %4 uses): write one form.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="100"/>
        <source>The article promotes 自由診療 but does not state %1: %2 under %3.</source>
        <translation>The article promotes 自由診療 but does not state %1: %2 under %3.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="108"/>
        <source>The article promotes an unapproved drug, material or device (%1) but does not state %2: %3 under %4.</source>
        <translation>The article promotes an unapproved drug, material or device (%1) but does not state %2: %3 under %4.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/widthconsistency.cpp" line="251"/>
        <source>Half-width &quot;%1&quot; in Japanese text: use the full-width &quot;%2&quot;.</source>
        <translation>Half-width &quot;%1&quot; in Japanese text: use the full-width &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="25"/>
        <source>Open suggestion: insert &quot;%1&quot;.</source>
        <translation>Open suggestion: insert &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="27"/>
        <source>Open suggestion: delete &quot;%1&quot;.</source>
        <translation>Open suggestion: delete &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="29"/>
        <source>Open suggestion: replace &quot;%1&quot; with &quot;%2&quot;.</source>
        <translation>Open suggestion: replace &quot;%1&quot; with &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="39"/>
        <source>Open comment: %1</source>
        <translation>Open comment: %1</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="41"/>
        <source>Open comment by %1: %2</source>
        <translation>Open comment by %1: %2</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="43"/>
        <source>Open comment by %1 (%2): %3</source>
        <translation>Open comment by %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="45"/>
        <source>(replies: %1)</source>
        <translation>(replies: %1)</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="89"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is not a date: write it as YYYY-MM-DD.</source>
        <translation>The supervisor&apos;s check date (supervisor.reviewed) is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="90"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is missing: add the date of the supervisor&apos;s last check.</source>
        <translation>The supervisor&apos;s check date (supervisor.reviewed) is missing: add the date of the supervisor&apos;s last check.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="95"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed (%3, line %4): have the supervisor check it again.</source>
        <translation>The supervisor checked the article on %1, before the section &quot;%2&quot; changed (%3, line %4): have the supervisor check it again.</translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="103"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
        <translation>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="209"/>
        <source>%1 comments and suggestions are open, more than the %2 allowed: resolve them before publishing.</source>
        <translation>%1 comments and suggestions are open, more than the %2 allowed: resolve them before publishing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/check/checker.cpp" line="245"/>
        <source>%n more finding(s) of this rule are not listed: Kiji lists %1 per rule.</source>
        <translation>
            <numerusform>%n more finding of this rule is not listed: Kiji lists %1 per rule.</numerusform>
            <numerusform>%n more findings of this rule are not listed: Kiji lists %1 per rule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionAttributeLine</name>
    <message>
        <location filename="../src/core/sectionattributeline.cpp" line="21"/>
        <source>&quot;%1=%2&quot; cannot be stored</source>
        <translation>&quot;%1=%2&quot; cannot be stored</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../ui/sectionform.ui" line="14"/>
        <source>&amp;Heading</source>
        <translation>&amp;Heading</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="27"/>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="52"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="62"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/sectionform.ui" line="87"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="144"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="155"/>
        <source>%1 characters (%2 with subsections)</source>
        <translation>%1 characters (%2 with subsections)</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="175"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="177"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="178"/>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
</context>
<context>
    <name>SectionStatus</name>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="28"/>
        <location filename="../src/core/sectionstatus.cpp" line="36"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="30"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="32"/>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="34"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>SectionStatusMenu</name>
    <message>
        <location filename="../src/gui/sectionstatusmenu.cpp" line="11"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>SetFrontMatterField</name>
    <message>
        <location filename="../src/core/setfrontmatterfield.cpp" line="9"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>SetHeadingText</name>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="10"/>
        <source>Edit Heading</source>
        <translation>Edit Heading</translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
    <message>
        <location filename="../src/core/setheadingtext.cpp" line="19"/>
        <source>a heading needs text</source>
        <translation>a heading needs text</translation>
    </message>
</context>
<context>
    <name>SetSectionAttribute</name>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="11"/>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionattribute.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
</context>
<context>
    <name>SetSectionBody</name>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="9"/>
        <source>Edit Text</source>
        <translation>Edit Text</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionbody.cpp" line="13"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
</context>
<context>
    <name>SetSectionLevel</name>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="8"/>
        <source>Change Section Level</source>
        <translation>Change Section Level</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="12"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionlevel.cpp" line="19"/>
        <source>heading levels go from 1 to 6</source>
        <translation>heading levels go from 1 to 6</translation>
    </message>
</context>
<context>
    <name>SetSectionStatus</name>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="11"/>
        <source>Set Status</source>
        <translation>Set Status</translation>
    </message>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation>there is no section %1</translation>
    </message>
</context>
<context>
    <name>SuggestMode</name>
    <message>
        <location filename="../src/gui/suggestmode.cpp" line="125"/>
        <source>In suggest mode, review marks change through the Review dock; the text was not changed.</source>
        <translation>In suggest mode, review marks change through the Review dock; the text was not changed.</translation>
    </message>
</context>
<context>
    <name>SupervisorForm</name>
    <message>
        <location filename="../ui/supervisorform.ui" line="9"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="24"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="37"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="50"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Credentials</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="74"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="81"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="99"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biography</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="116"/>
        <source>&amp;Reviewed on</source>
        <translation>&amp;Reviewed on</translation>
    </message>
    <message>
        <location filename="../ui/supervisorform.ui" line="138"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorform.cpp" line="34"/>
        <source>New credential</source>
        <translation>New credential</translation>
    </message>
</context>
<context>
    <name>SupervisorReviewWarning</name>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="17"/>
        <source>The date of the supervisor&apos;s last check is missing.</source>
        <translation>The date of the supervisor&apos;s last check is missing.</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="19"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed status (%3): have the supervisor check it again.</source>
        <translation>The supervisor checked the article on %1, before the section &quot;%2&quot; changed status (%3): have the supervisor check it again.</translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="24"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
        <translation>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="12"/>
        <source>Insert Table</source>
        <translation>Insert Table</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="15"/>
        <source>Rows below the header row</source>
        <translation>Rows below the header row</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="20"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location filename="../src/gui/tabledialog.cpp" line="21"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
</context>
<context>
    <name>TextEditCommand</name>
    <message>
        <location filename="../src/core/texteditcommand.cpp" line="55"/>
        <source>the change would alter other headings (for example, an unclosed code block or a paragraph joining a heading); nothing was changed</source>
        <translation>the change would alter other headings (for example, an unclosed code block or a paragraph joining a heading); nothing was changed</translation>
    </message>
</context>
<context>
    <name>YamlFieldEdit</name>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="200"/>
        <source>&quot;%1&quot; is not a front matter field</source>
        <translation>&quot;%1&quot; is not a front matter field</translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="233"/>
        <source>&quot;%1&quot; is written on one line; edit it in the text</source>
        <translation>&quot;%1&quot; is written on one line; edit it in the text</translation>
    </message>
    <message>
        <location filename="../src/core/yamlfieldedit.cpp" line="283"/>
        <source>cannot set &quot;%1&quot; without rewriting the front matter; edit it in the text</source>
        <translation>cannot set &quot;%1&quot; without rewriting the front matter; edit it in the text</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="145"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation>Reader and editor for structured Japanese articles</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="147"/>
        <source>The article to open.</source>
        <translation>The article to open.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="149"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Save a picture of the window to FILE and quit.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="152"/>
        <source>Select the section with this heading.</source>
        <translation>Select the section with this heading.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="154"/>
        <source>Start in reader mode.</source>
        <translation>Start in reader mode.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="156"/>
        <source>Interface language: ja or en.</source>
        <translation>Interface language: ja or en.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="189"/>
        <source>Kiji</source>
        <translation>Kiji</translation>
    </message>
</context>
</TS>
