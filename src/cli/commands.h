#pragma once

#include <QStringList>

// One `kiji` subcommand: its name, one line for `kiji help`, the full text
// for `kiji help NAME`, and what runs it (arguments after the name).
struct Command
{
    const char *name;
    const char *summary;
    const char *help;
    int (*run)(const QStringList &arguments);
};

// Reads "FILE [--json]" for `command`; prints the usage error and returns
// false when the arguments are not that.
bool parseFileAndJson(const QStringList &arguments, const char *command, QString *file, bool *json);

int runCheck(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runOutline(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runHelp(const QStringList &arguments);

const QList<Command> &commands();
const Command *findCommand(const QString &name);
