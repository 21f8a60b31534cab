#pragma once

#include <QLabel>

// A label for a count that changes with every keystroke. A label that may
// change size makes every layout above it run again, up to the window's,
// and the window then repaints much more than the label. This one keeps a
// fixed size while its new text fits, growing when it does not, so a new
// count repaints the label alone.
class CountLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    void setCount(const QString &text);
    // The next count may be narrower: a new section or article to count.
    void fitNextCount();
};
