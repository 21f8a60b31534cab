#pragma once

#include <QMainWindow>

class ArticleDocument;
class QTreeWidget;
class QWebEngineView;

// The window: the article's outline beside its rendered preview.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &fileName, QString *errorString);
    ArticleDocument *document() const { return m_document; }
    QTreeWidget *outline() const { return m_outline; }

Q_SIGNALS:
    void previewLoaded(bool ok);

private:
    void refreshOutline();
    void refreshPreview();

    ArticleDocument *m_document;
    QTreeWidget *m_outline;
    QWebEngineView *m_preview;
};
