#include "countlabel.h"

#include <algorithm>

void CountLabel::setCount(const QString &text)
{
    if (text == this->text())
        return;
    setText(text);
    const QSize hint = sizeHint();
    const bool fixed = minimumSize() == maximumSize();
    if (!fixed || hint.width() > minimumWidth() || hint.height() != minimumHeight())
        setFixedSize(fixed ? std::max(hint.width(), minimumWidth()) : hint.width(), hint.height());
}

void CountLabel::fitNextCount()
{
    setMinimumSize(0, 0);
    setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}
