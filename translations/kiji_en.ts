<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddReviewComment</name>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="10"/>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="15"/>
        <source>the comment is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="19"/>
        <source>the range is outside the article&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="26"/>
        <source>the range cuts through a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewcomment.cpp" line="59"/>
        <source>a comment cannot go there (inside code, across a blank line, through a review mark, or with a name holding spaces or colons); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddReviewReply</name>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="9"/>
        <source>Reply to Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="13"/>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="27"/>
        <source>the article changed since the comment was read; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/addreviewreply.cpp" line="47"/>
        <source>the reply would not read as a reply (a blank line, review mark delimiters, or a name holding spaces or colons); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalGate</name>
    <message>
        <location filename="../src/core/approvalgate.cpp" line="18"/>
        <source>Section &quot;%1&quot; is not approved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="30"/>
        <source>%n comment(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="33"/>
        <source>%n suggestion(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/approvalgate.cpp" line="36"/>
        <source>%n error finding(s) remain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../src/core/articledocument.cpp" line="85"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="91"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="108"/>
        <source>the file is UTF-16; Kiji reads UTF-8 (save it as UTF-8 in another editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="111"/>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="118"/>
        <source>the file contains NUL bytes (offset %1): it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="130"/>
        <source>the file was opened read-only because it is damaged; save a copy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="137"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/articledocument.cpp" line="241"/>
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
        <location filename="../ui/articleform.ui" line="142"/>
        <source>Search result preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="74"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/articleform.cpp" line="124"/>
        <source>Cannot be approved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/articleform.cpp" line="131"/>
        <source>…and %n more section(s) not approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <location filename="../src/core/articlesearch.cpp" line="306"/>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="82"/>
        <source>%1: unknown rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="95"/>
        <source>%1: rule &quot;%2&quot;: severity must be error, warning or info, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="116"/>
        <source>unknown preset &quot;%1&quot; (presets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="131"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="166"/>
        <source>%1: a configuration is a mapping of presets, rules and dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/checkconfig.cpp" line="185"/>
        <source>%1: today must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="58"/>
        <source>%1:%2: malformed YAML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/yamlvariant.cpp" line="72"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="51"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="53"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="55"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="57"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="61"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="75"/>
        <source>line %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="77"/>
        <source>was line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="79"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="87"/>
        <source>%1, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="90"/>
        <location filename="../src/gui/comparecontroller.cpp" line="309"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="92"/>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="95"/>
        <source>was &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="122"/>
        <source>Compare &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="123"/>
        <source>Compare with Sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="124"/>
        <source>&amp;Close Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="126"/>
        <source>Compare the article with another version of it, section by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="127"/>
        <source>Compare the article with its last saved version, section by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="128"/>
        <source>Leave the comparison and show the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="131"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="132"/>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="137"/>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="142"/>
        <source>Cannot compare with the saved version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="222"/>
        <source>the article has not been saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="230"/>
        <source>the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="238"/>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="247"/>
        <source>No differences from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="248"/>
        <source>Compared with %1: %n section(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="331"/>
        <source>No differences from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="332"/>
        <source>Compared with %1: %n section(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="334"/>
        <source>File → Close Comparison returns to the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="354"/>
        <source>The front matter differs from the compared version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="358"/>
        <source>The lead differs from the compared version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="363"/>
        <source>Removed after this: &quot;%1&quot; (was line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="371"/>
        <source>Moved: was line %1, position %2 among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="376"/>
        <source>Added: not in the compared version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="379"/>
        <source>Renamed: was &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="382"/>
        <source>Changed: its text differs from the compared version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="386"/>
        <source>, and its text differs</source>
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
    <name>FindReplaceBar</name>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="28"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="29"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="32"/>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="35"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="36"/>
        <source>With a regular expression, \1 to \99 stand for its groups and \0 for the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="47"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="48"/>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="49"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="53"/>
        <location filename="../src/gui/findreplacebar.cpp" line="287"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="60"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="61"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="62"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="280"/>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="282"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="285"/>
        <source>%1 of %2 (in code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findreplacebar.cpp" line="286"/>
        <source>%1 of %2 (in a URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="28"/>
        <source>the rule %1 has no quick fix here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="33"/>
        <source>Fix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="61"/>
        <source>a comment before this line would split its paragraph; turn the rule off for the article instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingactions.cpp" line="67"/>
        <source>Turn off %1 for one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="37"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="48"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="49"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="51"/>
        <source>No Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="55"/>
        <source>Turn Off %1 for This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsdock.cpp" line="57"/>
        <source>Turn Off %1 for This Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="42"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="44"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="48"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="68"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="93"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="95"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="97"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="99"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/findingsmodel.cpp" line="101"/>
        <source>Line</source>
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
        <location filename="../src/core/frontmatter.cpp" line="234"/>
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
    <name>ImageFolder</name>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="82"/>
        <source>the article has not been saved yet, so it has no folder for images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="87"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="95"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="106"/>
        <source>cannot copy %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="117"/>
        <source>the pasted image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/imagefolder.cpp" line="126"/>
        <source>cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNote</name>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="102"/>
        <source>H3: an item of the list under 「%1」 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="107"/>
        <source>H3: a question under 「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="115"/>
        <source>H3: one of the parts 「%1」 introduces (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="122"/>
        <source>H3: its text starts counting (line %1), a part of 「%2」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="126"/>
        <source>H2: a short line followed by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="128"/>
        <source>H2: a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/headinglevels.cpp" line="130"/>
        <source>H2: a call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/htmlimport.cpp" line="491"/>
        <source>title taken from &lt;title&gt;: 「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="54"/>
        <source>supervisor: name 「%1」, title 「%2」, %3 credentials%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="57"/>
        <source>, biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/import/textimport.cpp" line="94"/>
        <source>editor&apos;s note kept as a comment: 「%1」</source>
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
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="109"/>
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>Replaced %n match.</numerusform>
            <numerusform>Replaced %n matches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="116"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="123"/>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="185"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="188"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="189"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="195"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="204"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="205"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="206"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="209"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="217"/>
        <source>&amp;Reader Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="220"/>
        <source>&amp;Smartphone Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="226"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="270"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="298"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="299"/>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="304"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="329"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="333"/>
        <source>Imported %1: %n guess(es) to check in Import Notes</source>
        <translation>
            <numerusform>Imported %1: %n guess to check in Import Notes</numerusform>
            <numerusform>Imported %1: %n guesses to check in Import Notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="348"/>
        <source>Paste Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="349"/>
        <source>The pasted text reads as a whole article with %n section(s). Recover its structure (title, supervisor, headings)?</source>
        <translation>
            <numerusform>The pasted text reads as a whole article with %n section. Recover its structure (title, supervisor, headings)?</numerusform>
            <numerusform>The pasted text reads as a whole article with %n sections. Recover its structure (title, supervisor, headings)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="351"/>
        <source>Recover Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="351"/>
        <source>Paste as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="354"/>
        <source>Paste Article with Its Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="358"/>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="366"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="367"/>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="372"/>
        <location filename="../src/gui/mainwindow.cpp" line="457"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="389"/>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="390"/>
        <source>Markdown articles (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="406"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="406"/>
        <source>The article has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="572"/>
        <source>The findings are being updated; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="659"/>
        <source>no heading &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="660"/>
        <source>%1 headings read &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="689"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="691"/>
        <source>%1[*] – Kiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="691"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="699"/>
        <source>Article: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="702"/>
        <source>Selection: %1 characters  ·  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="704"/>
        <source>Section: %1 characters (%2 with subsections)  ·  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="735"/>
        <location filename="../src/gui/mainwindow.cpp" line="743"/>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="736"/>
        <source>Kiji found changes to %1 that were not saved when it last closed. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="738"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="738"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="746"/>
        <source>Recovered unsaved changes; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="772"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="773"/>
        <source>%1 was changed by another program, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="776"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="776"/>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="779"/>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="784"/>
        <source>Reloaded %1: it was changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="350"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="351"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="352"/>
        <source>Insert &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="353"/>
        <source>Insert &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/markdowneditor.cpp" line="690"/>
        <source>Save the article first: images are copied into the images folder beside it.</source>
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
    <message numerus="yes">
        <location filename="../src/gui/outlinemodel.cpp" line="253"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="267"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="267"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="271"/>
        <source>Supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="272"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="275"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="309"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="315"/>
        <source>%1 characters in this section, %2 with its subsections%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="318"/>
        <source>; budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="320"/>
        <source>H%1 · line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="342"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="344"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="346"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="348"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="461"/>
        <source>Approved %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlinemodel.cpp" line="478"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="27"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="28"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="29"/>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="30"/>
        <source>Demote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="31"/>
        <source>Add Section After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="32"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="33"/>
        <source>Duplicate Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/outlineview.cpp" line="166"/>
        <location filename="../src/gui/outlineview.cpp" line="167"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="15"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="17"/>
        <source>Reviewer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="18"/>
        <source>Comments and suggestions carry this name, as in {&gt;&gt;@name 2026-01-31: …&lt;&lt;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="33"/>
        <source>Reviewer Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="34"/>
        <source>Your name for comments and suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrhDictionary</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="85"/>
        <source>%1: a prh dictionary has a list of rules (rules: - expected: … patterns: …)</source>
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
    <name>ReplaceMatches</name>
    <message>
        <location filename="../src/core/replacematches.cpp" line="24"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="27"/>
        <source>there is nothing to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="45"/>
        <source>the matches overlap; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="50"/>
        <source>the article changed since the search; search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/replacematches.cpp" line="63"/>
        <source>the replacement would break the front matter&apos;s YAML; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceText</name>
    <message>
        <location filename="../src/core/replacetext.cpp" line="13"/>
        <source>the article changed there; check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="159"/>
        <source>Review report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="195"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="197"/>
        <source>Article status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="200"/>
        <location filename="../src/cli/reportcommand.cpp" line="207"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="203"/>
        <location filename="../src/cli/reportcommand.cpp" line="205"/>
        <source>Reviewed by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="205"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="207"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="224"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="230"/>
        <source>Sections approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="232"/>
        <location filename="../src/cli/reportcommand.cpp" line="346"/>
        <source>Open comments and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="233"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="234"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="235"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="238"/>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="252"/>
        <source>Front matter and lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="264"/>
        <location filename="../src/cli/reportcommand.cpp" line="322"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="269"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="287"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="299"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="301"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="303"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="321"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="321"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="355"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="356"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="357"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="357"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="358"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveReviewMarks</name>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="13"/>
        <source>Accept Review Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="14"/>
        <source>Reject Review Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="17"/>
        <source>there is no review mark to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/resolvereviewmarks.cpp" line="30"/>
        <source>the article changed since the review marks were read; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="49"/>
        <source>S&amp;uggest Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="50"/>
        <location filename="../src/gui/reviewcontroller.cpp" line="51"/>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="52"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="61"/>
        <source>Record typing in a body as suggestions (insertions and deletions) instead of changing the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="65"/>
        <source>Suggest mode: typing is recorded as suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="65"/>
        <source>Suggest mode is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="77"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="82"/>
        <source>Accept All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="83"/>
        <source>Reject All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="130"/>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="130"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="138"/>
        <source>A comment needs the reviewer&apos;s name (Edit → Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="146"/>
        <source>Cannot add the comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="159"/>
        <source>Select a section&apos;s text to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewcontroller.cpp" line="182"/>
        <source>Select text in the preview to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="42"/>
        <source>Insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="44"/>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="46"/>
        <source>Substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="48"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <location filename="../src/gui/reviewdock.cpp" line="102"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="52"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="94"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="95"/>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="96"/>
        <source>Accept All in Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="97"/>
        <source>Reject All in Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="98"/>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="99"/>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="100"/>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="106"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="117"/>
        <source>Reply to the selected thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="244"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="276"/>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reviewdock.cpp" line="373"/>
        <source>There is no suggestion to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="29"/>
        <source>unclosed {++ insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="31"/>
        <source>unclosed {-- deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="33"/>
        <source>unclosed {~~ substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="35"/>
        <source>unclosed {== highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="39"/>
        <source>unclosed {&gt;&gt; comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="46"/>
        <source>++} without {++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="48"/>
        <source>--} without {--</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="50"/>
        <source>~~} without {~~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="52"/>
        <source>==} without {==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="56"/>
        <source>&lt;&lt;} without {&gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="250"/>
        <source>{~~ substitution without ~&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/reviewmarks.cpp" line="928"/>
        <source>this change cannot be recorded as a suggestion (it adds or removes a blank line, changes a code block, or contains review mark delimiters); edit the text directly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../src/check/prhdictionary.cpp" line="41"/>
        <location filename="../src/check/rules/janoabusage.cpp" line="69"/>
        <source>See: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="270"/>
        <source>%1 =&gt; %2
Use Arabic numerals for quantities and for numbers that count things: words that would still make sense with any other number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/arabickanjinumbers.cpp" line="272"/>
        <source>%1 =&gt; %2
Use kanji numerals where they are usual: idioms, compounds, approximate numbers, proper nouns, adverbs and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="113"/>
        <source>The sentence does not end with &quot;%1&quot;: remove the white space at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="127"/>
        <source>The sentence does not end with &quot;%1&quot;: replace &quot;%2&quot; with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janomixedperiod.cpp" line="133"/>
        <source>The sentence does not end with &quot;%1&quot;: end it with &quot;%1&quot; so that where it ends is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoredundantexpression.cpp" line="106"/>
        <source>[%1] %2
See https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janosuccessiveword.cpp" line="66"/>
        <source>&quot;%1&quot; is used twice in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="181"/>
        <source>Weak phrase: &quot;%1&quot;. Write &quot;可能性がある&quot; or &quot;…を示唆している&quot;: do not stack two weak phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/janoweakphrase.cpp" line="182"/>
        <source>Weak phrase: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/jaunnaturalalphabet.cpp" line="79"/>
        <source>Unnatural alphabet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxcomma.cpp" line="59"/>
        <source>This sentence exceeds the maximum count of comma. Maximum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxkanjicontinuouslen.cpp" line="61"/>
        <source>%1 or more kanji in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/maxten.cpp" line="35"/>
        <source>%1 or more &quot;%2&quot; in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunction.cpp" line="41"/>
        <source>The same conjunction &quot;%1&quot; is used in consecutive sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledconjunctiveparticlega.cpp" line="51"/>
        <source>The conjunctive particle &quot;が&quot; is used twice or more in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoubledjoshi.cpp" line="197"/>
        <source>The particle &quot;%1&quot; is used twice in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodoublenegativeja.cpp" line="93"/>
        <source>Double negative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingi.cpp" line="37"/>
        <source>&quot;い&quot; is dropped (い抜き言葉).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nodroppingthera.cpp" line="56"/>
        <source>&quot;ら&quot; is dropped (ら抜き言葉).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/noexclamationquestionmark.cpp" line="64"/>
        <source>Disallow to use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nohankakukana.cpp" line="42"/>
        <source>Disallow to use 半角カタカナ: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/noinvalidcontrolcharacter.cpp" line="96"/>
        <source>Found invalid control character(%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="103"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="104"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="105"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="184"/>
        <source>%1: write in the &quot;%2&quot; style: &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nomixdearudesumasu.cpp" line="185"/>
        <source>%1: the &quot;である&quot; and &quot;ですます&quot; styles are mixed: the text is mostly in the &quot;%2&quot; style, but &quot;%3&quot; is in the &quot;%4&quot; style (である: %5, ですます: %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nonfd.cpp" line="44"/>
        <source>Disallow to use NFD(well-known as UTF8-MAC 濁点): &quot;%1&quot; =&gt; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nounmatchedpair.cpp" line="97"/>
        <source>Cannot find a pairing character for %1.

You should close this sentence with %2.
This pair of marks is called %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/nozerowidthspaces.cpp" line="24"/>
        <source>Zero width space is disallowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/sentencelength.cpp" line="47"/>
        <source>The sentence is %1 characters long, over the maximum of %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/ruletext.cpp" line="50"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/medicaladdata.h" line="177"/>
        <source>&quot;%1&quot;: %2 under %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="538"/>
        <source>「%1」 contradicts 「%2」 given for %3 nearby. Check which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="868"/>
        <source>「%1」 is announced but %2 sections follow. Make the number match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/contradictorynumbers.cpp" line="869"/>
        <source>「%1」 is announced but the list that follows has %2 items. Make the number match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="283"/>
        <source>This sentence repeats the sentence on line %1: delete one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/duplicatesentence.cpp" line="316"/>
        <source>This sentence restates the sentence on line %1 in other words: delete one of them or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="203"/>
        <source>Heading level skipped: an H%1 after an H%2. Make it an H%3 or add the missing level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="212"/>
        <source>Empty section: nothing follows this heading. Write its text or remove the heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="223"/>
        <source>Same heading as another section at this level (line %1). Make the headings distinct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="257"/>
        <source>A heading ends in 「。」. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/headingstructure.cpp" line="333"/>
        <source>The list names 「%1」 but the section it announces is headed 「%2」 (line %3). Use the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/kanjimisconversion.cpp" line="420"/>
        <source>Possible misconversion: 「%1」 is probably 「%2」.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="104"/>
        <source>An editor&apos;s note is left in the text: &quot;%1&quot;. Do what it asks, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="106"/>
        <source>A placeholder is left in the text: &quot;%1&quot;. Write the real content in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="108"/>
        <source>An unfinished-work mark is left in the text: &quot;%1&quot;. Resolve it, then delete the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/leftovernote.cpp" line="184"/>
        <source>An editor&apos;s note is left in the article: &quot;%1&quot;. Do what it asks, then delete the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/medicaladbeforeafter.cpp" line="85"/>
        <source>&quot;%1&quot;: %2 without %3 nearby, under %4. Explain them next to the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/notationvariants.cpp" line="403"/>
        <source>Notation varies: 「%1」 here, 「%3」 elsewhere in the article (%2 against %4 uses): write one form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="100"/>
        <source>The article promotes 自由診療 but does not state %1: %2 under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/requireddisclosure.cpp" line="108"/>
        <source>The article promotes an unapproved drug, material or device (%1) but does not state %2: %3 under %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/widthconsistency.cpp" line="251"/>
        <source>Half-width &quot;%1&quot; in Japanese text: use the full-width &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="41"/>
        <source>Open suggestion: insert &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="43"/>
        <source>Open suggestion: delete &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="45"/>
        <source>Open suggestion: replace &quot;%1&quot; with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="55"/>
        <source>Open comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="57"/>
        <source>Open comment by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="59"/>
        <source>Open comment by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/reviewopen.cpp" line="61"/>
        <source>(replies: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="89"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="90"/>
        <source>The supervisor&apos;s check date (supervisor.reviewed) is missing: add the date of the supervisor&apos;s last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="95"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed (%3, line %4): have the supervisor check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/check/rules/supervisorreviewstale.cpp" line="103"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="199"/>
        <source>%1 comments and suggestions are open, more than the %2 allowed: resolve them before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionAttributeLine</name>
    <message>
        <location filename="../src/core/sectionattributeline.cpp" line="21"/>
        <source>&quot;%1=%2&quot; cannot be stored</source>
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
        <location filename="../ui/sectionform.ui" line="87"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="124"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="135"/>
        <source>%1 characters (%2 with subsections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="155"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="157"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sectionform.cpp" line="158"/>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionStatus</name>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="28"/>
        <location filename="../src/core/sectionstatus.cpp" line="36"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="30"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="32"/>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sectionstatus.cpp" line="34"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionStatusMenu</name>
    <message>
        <location filename="../src/gui/sectionstatusmenu.cpp" line="11"/>
        <source>&amp;Status</source>
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
    <name>SetSectionStatus</name>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="11"/>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/setsectionstatus.cpp" line="15"/>
        <source>there is no section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestMode</name>
    <message>
        <location filename="../src/gui/suggestmode.cpp" line="125"/>
        <source>In suggest mode, review marks change through the Review dock; the text was not changed.</source>
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
        <location filename="../src/gui/supervisorform.cpp" line="34"/>
        <source>New credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorReviewWarning</name>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="17"/>
        <source>The date of the supervisor&apos;s last check is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="19"/>
        <source>The supervisor checked the article on %1, before the section &quot;%2&quot; changed status (%3): have the supervisor check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/supervisorreviewwarning.cpp" line="24"/>
        <source>The supervisor&apos;s last check (%1) is %2 days old, more than %3: have the supervisor check the article again.</source>
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
        <location filename="../src/core/texteditcommand.cpp" line="55"/>
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
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Reader and editor for structured Japanese articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="92"/>
        <source>The article to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="94"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="97"/>
        <source>Select the section with this heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="99"/>
        <source>Start in reader mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="101"/>
        <source>Interface language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="129"/>
        <source>Kiji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
