#include "testsupport.h"

#include "cmarktree.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <cmark-gfm.h>

namespace TestSupport {

QString dataPath(const QString &relative)
{
    return QStringLiteral(KIJI_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList articleFiles()
{
    QDir directory(dataPath(QStringLiteral("articles")));
    QStringList files;
    for (const QString &name : directory.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (name != QLatin1String("SOURCES.md"))
            files.append(directory.filePath(name));
    }
    return files;
}

Run runKiji(const QStringList &arguments, const QByteArray &input, int watchdogMs)
{
    QProcess process;
    process.start(QStringLiteral(KIJI_BINARY_DIR "/kiji"), arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(watchdogMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<Heading> cmarkTopLevelHeadings(const QByteArray &markdown)
{
    QList<Heading> headings;
    CmarkTree tree(markdown);
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
            headings.append({cmark_node_get_start_line(node), cmark_node_get_heading_level(node)});
    }
    return headings;
}

qint64 dictionaryResidentKb()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = 0;
    bool inDictionary = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.isEmpty())
            continue;
        if (fields.first().contains('-') && !fields.first().endsWith(':'))
            inDictionary = fields.size() >= 6 && fields.at(5).contains("/mecab/dic/");
        else if (inDictionary && fields.first() == "Rss:")
            total += fields.value(1).toLongLong();
    }
    return total;
}

QList<QByteArray> procStatFields(const QString &statFile)
{
    const QByteArray stat = readFile(statFile);
    const qsizetype nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0)
        return {};
    return stat.mid(nameEnd + 2).trimmed().split(' ');
}

QList<Thread> threads()
{
    QList<Thread> result;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = tasks.filePath(task);
        result.append({QString::fromUtf8(readFile(folder + QStringLiteral("/comm")).trimmed()), folder});
    }
    return result;
}

} // namespace TestSupport
