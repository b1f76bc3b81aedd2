#pragma once

#include <QStringList>
#include <QTextStream>

// The headless front end: the same executable without a window, for batch work and tests.
//
//   dialoguedesk [--db FILE] [--event ID] [--sample] [--lang vi|en] <command> ...
//
// Results go to `out` as UTF-8 (tab-separated tables with a header row for `list`), errors to
// `err` as one translated line. Exit status: 0 success, 1 the command failed, 2 the command
// line is wrong (unknown command, missing argument). The commands and options are listed in
// commandtable.cpp.
namespace dd::cli {

enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments ask for a command (check, list, plan, import, export, print) or for
// --help or --version, rather than the window (which takes --db, --event and --sample alone).
// `arguments` includes argv[0].
// A first positional argument that looks like a file (an existing path, or one with a dot or
// a slash) is left to the window, which opens it.
bool isCommand(const QStringList &arguments);

// True when the command only reads files and writes the data file (import): it paints
// nothing, so it runs under a QCoreApplication. A QGuiApplication's offscreen platform reads
// fontconfig's whole configuration (about 140 files) when it closes, only to free it again.
bool paintsNothing(const QStringList &arguments);

// Runs the command and returns the process exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Keeps stderr to the one-line messages of the commands: Qt's and the program's diagnostics
// (debug, info, warnings) are dropped unless DIALOGUEDESK_DEBUG is set. run() calls it; call it
// earlier (before the QGuiApplication) to silence start-up warnings too. Idempotent.
void quietDiagnostics();

// The help text (also printed by --help).
QString usage();

} // namespace dd::cli
