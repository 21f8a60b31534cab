#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

// The preview's last line against network access: every request that
// leaves the page's own origin (kiji-preview://preview) is blocked, unless
// it is a data: URL, which carries its bytes in itself. Counts what it
// allowed and blocked so tests can prove that nothing went out.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PreviewRequestInterceptor(QObject *parent = nullptr);

    static bool isAllowed(const QUrl &url);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // The most recent blocked URLs, oldest first.
    QStringList blockedRequests() const;
    int allowedRequestCount(const QString &scheme) const;
    int blockedRequestCount(const QString &scheme) const;

Q_SIGNALS:
    // Every request the interceptor decided on, in the order it saw them,
    // for whoever must know the whole of what the page asked for (the
    // counts above keep only numbers and the last blocked URLs).
    void requestAllowed(const QUrl &url);
    void requestBlocked(const QUrl &url);

private:
    // Qt 6 calls interceptRequest on the UI thread, but the documentation
    // does not promise it; the lock keeps the counts right either way.
    mutable QMutex m_mutex;
    QHash<QString, int> m_allowed;
    QHash<QString, int> m_blocked;
    QStringList m_blockedUrls;
};
