#pragma once

#include <QList>
#include <QString>

#include <gumbo.h>

// Helpers of the tests that read a page parsed by gumbo.
namespace GumboSupport {

// The text of a node and everything in it.
inline QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned int index = 0; index < children.length; ++index)
        text += textOf(static_cast<const GumboNode *>(children.data[index]));
    return text;
}

inline QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

// Every element under `node` (itself included) in document order.
inline void collectElements(const GumboNode *node, QList<const GumboNode *> *elements)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    elements->append(node);
    const GumboVector &children = node->v.element.children;
    for (unsigned int index = 0; index < children.length; ++index)
        collectElements(static_cast<const GumboNode *>(children.data[index]), elements);
}

} // namespace GumboSupport
