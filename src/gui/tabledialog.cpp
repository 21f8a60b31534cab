#include "tabledialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

TableDialog::TableDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new QSpinBox(this))
    , m_columns(new QSpinBox(this))
{
    setWindowTitle(tr("Insert Table"));
    m_rows->setRange(1, 100);
    m_rows->setValue(3);
    m_rows->setToolTip(tr("Rows below the header row"));
    m_columns->setRange(1, 20);
    m_columns->setValue(3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Rows:"), m_rows);
    layout->addRow(tr("&Columns:"), m_columns);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int TableDialog::rows() const
{
    return m_rows->value();
}

void TableDialog::setRows(int rows)
{
    m_rows->setValue(rows);
}

int TableDialog::columns() const
{
    return m_columns->value();
}

void TableDialog::setColumns(int columns)
{
    m_columns->setValue(columns);
}
