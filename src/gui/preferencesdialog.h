#pragma once

#include <QDialog>

class QLineEdit;

// Edit → Preferences: the reviewer's name that comments and suggestions
// carry (ReviewerName keeps it).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_nameEdit; }

    // The reviewer's name, asked for first when none is set; "" when the
    // user gives none.
    static QString ensureReviewerName(QWidget *parent);

    void accept() override;

private:
    QLineEdit *m_nameEdit;
};
