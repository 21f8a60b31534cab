#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Helpers shared by the tests.
namespace TestSupport {

QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);
QStringList articleFiles(); // tests/data/articles/*.md

struct Run
{
    int exitCode = -1;
    bool finished = false; // false: killed by the hang watchdog
    QByteArray out;
    QByteArray err;
};

// Runs build/bin/kiji with `arguments`, feeding `input` on stdin; kills it
// after `watchdogMs`.
Run runKiji(const QStringList &arguments, const QByteArray &input = {}, int watchdogMs = 60000);

// The top-level headings as cmark-gfm itself reports them, independently of
// Kiji's model: (Markdown line, level) pairs.
struct Heading
{
    int line;
    int level;
    bool operator==(const Heading &other) const { return line == other.line && level == other.level; }
};
QList<Heading> cmarkTopLevelHeadings(const QByteArray &markdown);

// kB of this process's memory that maps MeCab's dictionary files (the Rss of
// every mapping under a mecab/dic folder, from /proc/self/smaps).
qint64 dictionaryResidentKb();

// The fields of a /proc stat file (/proc/PID/stat, /proc/self/task/TID/stat)
// after the command name, which may hold spaces: the state is field 0, the
// parent's pid field 1, the nice value field 16. Empty when it cannot be read.
QList<QByteArray> procStatFields(const QString &statFile);

// The threads of this process: each one's name and its /proc/self/task/TID
// folder.
struct Thread
{
    QString name;
    QString folder;
};
QList<Thread> threads();

} // namespace TestSupport
