#pragma once

#include <QDialog>

class QSpinBox;

// Asks for the size of a new table: body rows (the header row comes on
// top of them) and columns.
class TableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TableDialog(QWidget *parent = nullptr);

    int rows() const;
    void setRows(int rows);
    int columns() const;
    void setColumns(int columns);

private:
    QSpinBox *m_rows;
    QSpinBox *m_columns;
};
