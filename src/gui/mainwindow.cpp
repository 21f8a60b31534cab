#include "mainwindow.h"

#include "articledocument.h"
#include "htmlexport.h"
#include "previewpage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QWebEngineSettings>
#include <QWebEngineView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ArticleDocument(this))
    , m_outline(new QTreeWidget(this))
    , m_preview(new QWebEngineView(this))
{
    m_outline->setHeaderLabels({tr("Section"), tr("Characters")});
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->header()->setStretchLastSection(false);

    m_preview->setPage(new PreviewPage(m_preview));
    QWebEngineSettings *settings = m_preview->page()->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    connect(m_preview, &QWebEngineView::loadFinished, this, &MainWindow::previewLoaded);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    resize(1280, 800);

    connect(m_document, &ArticleDocument::structureChanged, this, [this] {
        refreshOutline();
        refreshPreview();
    });
    setWindowTitle(tr("Kiji"));
}

bool MainWindow::openFile(const QString &fileName, QString *errorString)
{
    if (!m_document->load(fileName, errorString))
        return false;
    setWindowTitle(tr("%1 – Kiji").arg(QFileInfo(fileName).fileName()));
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_document->diagnostics().first().message));
    return true;
}

void MainWindow::refreshOutline()
{
    m_outline->clear();
    const ArticleStructure &structure = m_document->structure();
    auto *lead = new QTreeWidgetItem(m_outline, {tr("Lead"), QString::number(structure.leadChars)});
    lead->setData(0, Qt::UserRole, -1);
    QList<QTreeWidgetItem *> items;
    for (int index = 0; index < structure.sections.size(); ++index) {
        const Section &section = structure.sections.at(index);
        const QStringList columns = {section.heading, QString::number(section.charsTotal)};
        QTreeWidgetItem *item = section.parent < 0 ? new QTreeWidgetItem(m_outline, columns)
                                                   : new QTreeWidgetItem(items.at(section.parent), columns);
        item->setData(0, Qt::UserRole, index);
        item->setTextAlignment(1, Qt::AlignRight);
        items.append(item);
    }
    m_outline->expandAll();
}

void MainWindow::refreshPreview()
{
    m_preview->setHtml(QString::fromUtf8(HtmlExport::standalonePage(*m_document)));
}
