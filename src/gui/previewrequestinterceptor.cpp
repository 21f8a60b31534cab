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

bool PreviewRequestInterceptor::isAllowedScheme(const QString &scheme)
{
    return scheme == QLatin1String("qrc") || scheme == QLatin1String("data")
        || scheme == QLatin1String(PreviewSchemeHandler::schemeName());
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    const bool allowed = isAllowedScheme(scheme);
    if (!allowed)
        info.block(true);
    QMutexLocker locker(&m_mutex);
    if (allowed) {
        ++m_allowed[scheme];
        return;
    }
    ++m_blocked[scheme];
    m_blockedUrls.append(info.requestUrl().toString());
    if (m_blockedUrls.size() > maximumBlockedUrls)
        m_blockedUrls.removeFirst();
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
