#pragma once

#include <QString>

#include <span>

// The command list of the command line, in one place. The dispatcher, `--help` and the manual
// page (dialoguedesk.1, generated at build time by dialoguedesk-manpage) all read these tables,
// so a command or an option added here is accepted, listed and documented at once.
//
// To add a command: write `int runSomething(Context &)` in its own file under app/cli,
// declare it in clicontext.h, add a row to kCommands in commandtable.cpp (its words, its
// arguments as a user types them, a description inside QT_TRANSLATE_NOOP("Cli", …)), then
// `cmake --build build --target update_translations` and translate the description in
// translations/dialoguedesk_vi.ts. An option is one row of kOptions likewise; its name
// constant goes in the `opt` namespace of clicontext.h.
namespace dd::cli {

class Context;
using Handler = int (*)(Context &);

struct CommandSpec
{
    // The command and, for a command with one handler per target, the target: "check",
    // "import attendees". A handler whose command takes many targets (list) reads them itself.
    const char *words;
    // What follows the words, as typed, with placeholders in capitals: "FILE [--dry-run]".
    const char *arguments;
    // English, translated in the context "Cli"; a phrase starting in lower case.
    const char *description;
    Handler handler;
};

struct OptionSpec
{
    const char *shortName; // "h", or nullptr
    const char *name; // "db": --db
    const char *valueName; // "FILE", or nullptr for a switch
    const char *description; // as in CommandSpec
};

std::span<const CommandSpec> commandTable();
std::span<const OptionSpec> optionTable();

// "import attendees FILE [--unit NAME] [--dry-run]": the words and the arguments.
QString synopsis(const CommandSpec &command);
// "-h, --help", "--db FILE".
QString synopsis(const OptionSpec &option);
// The description in the current language.
QString description(const CommandSpec &command);
QString description(const OptionSpec &option);

// The first words of the commands, each once, in table order: check, list, plan, …
QStringList commandNames();

} // namespace dd::cli
