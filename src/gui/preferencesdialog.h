#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Edit → Preferences: the reviewer's name that comments and suggestions
// carry (ReviewerName keeps it) and the interface language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *languageBox() const { return m_languageBox; }

    // The reviewer's name, asked for first when none is set; "" when the
    // user gives none.
    static QString ensureReviewerName(QWidget *parent);

    void accept() override;

private:
    QLineEdit *m_nameEdit;
    QComboBox *m_languageBox;
};
