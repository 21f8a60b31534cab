#include "setfrontmatterfield.h"

#include "undocommands.h"
#include "yamlfieldedit.h"

#include <QCoreApplication>

SetFrontMatterField::SetFrontMatterField(ArticleDocument *document, const QString &key, const FieldValue &value)
    : TextEditCommand(document, QCoreApplication::translate("SetFrontMatterField", "Edit %1").arg(key))
{
    QString error;
    const std::optional<QByteArray> text = YamlFieldEdit::withField(document->text(), document->frontMatter(), key,
                                                                    value, document->lineBreak(), &error);
    if (!text) {
        setError(error);
        return;
    }
    setNewText(*text, document->sections().size());
    setMergeKey("field:" + key.toUtf8());
}

int SetFrontMatterField::id() const
{
    return Cmd_SetFrontMatterField;
}
