#include "backgroundchecker.h"

#include "articlelimits.h"
#include "articlestructure.h"
#include "checker.h"
#include "cmarktree.h"
#include "frontmatter.h"
#include "morphology.h"

#include <QFileInfo>
#include <QMutex>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <optional>

namespace {
constexpr int CheckerNiceness = 10;
}

// Lives on the checker's thread.
class CheckWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray text;
        quint64 revision = 0;
        QString fileName;
    };

    // Called from the GUI thread: any check that runs ends soon, and no
    // other starts.
    void stop() { m_stopping = true; }

    // Called from the GUI thread: the newest request replaces a waiting one.
    void post(Request request)
    {
        QMutexLocker lock(&m_mutex);
        const bool wasIdle = !m_pending.has_value();
        m_pending = std::move(request);
        if (wasIdle)
            QMetaObject::invokeMethod(this, &CheckWorker::run, Qt::QueuedConnection);
    }

Q_SIGNALS:
    void findingsReady(quint64 revision, const Findings &findings);
    void checkFailed(const QString &message);

private:
    void run()
    {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending)
                return;
            request = std::move(*m_pending);
            m_pending.reset();
        }
        if (m_stopping)
            return;
        std::optional<Findings> findings = check(request);
        // Between checks the window holds neither the dictionary's pages nor
        // the free memory the check's tree and temporaries left (~12 MB for a
        // 1 MB article).
        Morphology::releaseDictionaryPages();
        malloc_trim(0);
        if (findings && !m_stopping)
            Q_EMIT findingsReady(request.revision, *findings);
    }

    std::optional<Findings> check(const Request &request)
    {
        auto refuse = [this](const QString &reason) {
            Q_EMIT checkFailed(reason.left(1).toUpper() + reason.mid(1) + QLatin1Char('.'));
            return std::nullopt;
        };
        if (const std::optional<QString> refusal = ArticleLimits::checkRefusal(request.text.size()))
            return refuse(*refusal);
        Checker *checker = checkerFor(request.fileName);
        if (!checker)
            return std::nullopt;
        Diagnostics diagnostics;
        const FrontMatter frontMatter = FrontMatter::read(request.text, &diagnostics);
        std::shared_ptr<const CmarkTree> tree;
        const ArticleStructure structure = ArticleStructure::derive(request.text, frontMatter, &tree);
        if (const auto refusal = ArticleLimits::checkRefusal(request.text.size(), structure.sections.size()))
            return refuse(*refusal);
        return checker->check(request.text, frontMatter, structure, *tree);
    }

    Checker *checkerFor(const QString &fileName)
    {
        const QString folder = fileName.isEmpty() ? QString() : QFileInfo(fileName).absolutePath();
        const QString projectFile = folder.isEmpty() ? QString() : CheckConfig::findProjectFile(folder);
        if (m_checker && projectFile == m_projectFile)
            return m_checker.get();
        CheckConfig config;
        QString errorString;
        config.addDefaultPresets(&errorString);
        if (!projectFile.isEmpty() && !config.applyProjectFile(projectFile, true, &errorString))
            Q_EMIT checkFailed(errorString);
        m_checker = std::make_unique<Checker>(config);
        m_checker->setStopFlag(&m_stopping);
        m_projectFile = projectFile;
        if (!m_checker->isReady(&errorString))
            Q_EMIT checkFailed(errorString);
        return m_checker.get();
    }

    QMutex m_mutex;
    std::atomic_bool m_stopping{false};
    std::optional<Request> m_pending;
    std::unique_ptr<Checker> m_checker;
    QString m_projectFile;
};

BackgroundChecker::BackgroundChecker(QObject *parent) : QObject(parent), m_worker(new CheckWorker)
{
    qRegisterMetaType<Findings>("Findings");
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CheckWorker::findingsReady, this, [this](quint64 revision, const Findings &findings) {
        Q_EMIT findingsReady(revision, findings);
    });
    connect(m_worker, &CheckWorker::checkFailed, this, &BackgroundChecker::checkFailed);
    m_thread.setObjectName(QStringLiteral("checker"));
    // The thread starts with the first check: while the window is built,
    // Qt WebEngine's library loads, and no thread can start until it has.
    // Checks give way to typing and to the preview's processes: Linux gives
    // each thread its own nice value, which QThread's priorities leave alone.
    QMetaObject::invokeMethod(m_worker, [] { setpriority(PRIO_PROCESS, id_t(gettid()), CheckerNiceness); });
}

BackgroundChecker::~BackgroundChecker()
{
    // Closing the window does not wait for a check of a long article.
    m_worker->stop();
    if (!m_thread.isRunning()) { // no check was asked for
        delete m_worker;
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void BackgroundChecker::check(const QByteArray &text, quint64 revision, const QString &fileName)
{
    m_requested = revision;
    if (!m_thread.isRunning())
        m_thread.start();
    m_worker->post({text, revision, fileName});
}

#include "backgroundchecker.moc"
