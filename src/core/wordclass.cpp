#include "wordclass.h"

WordClass wordClass(QChar character)
{
    if (character.isSurrogate())
        return WordClass::Other;
    if (character == u'ー' || character == u'ｰ')
        return WordClass::Katakana;
    if (!character.isLetterOrNumber() && !character.isMark() && character != u'_')
        return WordClass::None;
    switch (character.script()) {
    case QChar::Script_Han:
        return WordClass::Han;
    case QChar::Script_Hiragana:
        return WordClass::Hiragana;
    case QChar::Script_Katakana:
        return WordClass::Katakana;
    case QChar::Script_Latin:
    case QChar::Script_Common:
    case QChar::Script_Inherited:
        return WordClass::Latin;
    default:
        return WordClass::Other;
    }
}
