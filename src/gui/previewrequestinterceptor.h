#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

// The preview's last line against network access: every request whose
// scheme is not qrc, data or kiji-preview is blocked before it reaches the
// network. Counts what it allowed and blocked so tests can prove that
// nothing went out.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PreviewRequestInterceptor(QObject *parent = nullptr);

    static bool isAllowedScheme(const QString &scheme);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // The most recent blocked URLs, oldest first.
    QStringList blockedRequests() const;
    int allowedRequestCount(const QString &scheme) const;
    int blockedRequestCount(const QString &scheme) const;

private:
    // Qt 6 calls interceptRequest on the UI thread, but the documentation
    // does not promise it; the lock keeps the counts right either way.
    mutable QMutex m_mutex;
    QHash<QString, int> m_allowed;
    QHash<QString, int> m_blocked;
    QStringList m_blockedUrls;
};
