#include "previewrequestinterceptor.h"

#include "previewschemehandler.h"

#include <QMutexLocker>

// A page that keeps asking (an image re-inserted on every keystroke) must
// not grow the list without end.
static constexpr qsizetype maximumBlockedUrls = 200;

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool PreviewRequestInterceptor::isAllowed(const QUrl &url)
{
    // Not the scheme alone: a protocol-relative `//host/x` in the article
    // becomes kiji-preview://host/x. And not qrc:, which would hand the page
    // the application's own resources; the template comes from the scheme.
    return PreviewSchemeHandler::isPageOrigin(url) || url.scheme() == QLatin1String("data");
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    const bool allowed = isAllowed(url);
    if (!allowed)
        info.block(true);
    {
        QMutexLocker locker(&m_mutex);
        if (allowed) {
            ++m_allowed[scheme];
        } else {
            ++m_blocked[scheme];
            m_blockedUrls.append(url.toString());
            if (m_blockedUrls.size() > maximumBlockedUrls)
                m_blockedUrls.removeFirst();
        }
    }
    if (allowed)
        Q_EMIT requestAllowed(url);
    else
        Q_EMIT requestBlocked(url);
}

QStringList PreviewRequestInterceptor::blockedRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_blockedUrls;
}

int PreviewRequestInterceptor::allowedRequestCount(const QString &scheme) const
{
    QMutexLocker locker(&m_mutex);
    return m_allowed.value(scheme);
}

int PreviewRequestInterceptor::blockedRequestCount(const QString &scheme) const
{
    QMutexLocker locker(&m_mutex);
    return m_blocked.value(scheme);
}
