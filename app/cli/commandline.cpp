#include "cli/commandline.h"

#include "cli/clicontext.h"
#include "services/sampleevent.h"
#include "util/language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>

#ifndef DIALOGUEDESK_VERSION
#define DIALOGUEDESK_VERSION "unknown"
#endif

namespace dd::cli {

int runImportAttendees(Context &ctx); // attendeecommands.cpp
int runExportAttendees(Context &ctx);
int runPrint(Context &ctx); // printcommand.cpp

namespace {

// The dispatch table: a command is a name and a function. A null function marks a command
// that is reserved for a later version (it is recognised, and says so).
using Handler = int (*)(Context &);
struct Command
{
    Handler handler = nullptr;
};

// import and export name their target first; each target's handler lives in its own file
// (questioncommands.cpp for questions).
int runImport(Context &ctx)
{
    if (ctx.args.value(0) == QLatin1String("attendees"))
        return runImportAttendees(ctx);
    if (ctx.args.value(0) == QLatin1String("questions"))
        return runImportQuestions(ctx);
    return ctx.fail(
        QCoreApplication::translate("Cli", "Say what to import: import questions FILE…"),
        UsageError);
}

int runExport(Context &ctx)
{
    if (ctx.args.value(0) == QLatin1String("attendees"))
        return runExportAttendees(ctx);
    if (ctx.args.value(0) == QLatin1String("questions"))
        return runExportQuestions(ctx);
    return ctx.fail(QCoreApplication::translate("Cli", "Say what to export: export questions FILE"),
                    UsageError);
}

const QMap<QString, Command> &commands()
{
    static const QMap<QString, Command> table {
        { QStringLiteral("check"), { &runCheck } },   { QStringLiteral("list"), { &runList } },
        { QStringLiteral("plan"), { &runPlan } },     { QStringLiteral("import"), { &runImport } },
        { QStringLiteral("export"), { &runExport } }, { QStringLiteral("print"), { &runPrint } },
    };
    return table;
}

void setUpParser(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const auto value = [](const char *name, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    p.addOptions({
        value(opt::db, "file"),
        value(opt::event, "id"),
        QCommandLineOption(QLatin1String(opt::sample)),
        value(opt::lang, "language"),
        value(opt::filter, "text"),
        value(opt::status, "key"),
        value(opt::agency, "unit"),
        value(opt::unit, "unit"),
        QCommandLineOption(QLatin1String(opt::dryRun)),
        value(opt::encoding, "name"),
        QCommandLineOption(QStringLiteral("take-number")),
        value(opt::out, "file"),
        value(opt::by, "key"),
        value(opt::reason, "text"),
        QCommandLineOption(QStringList { QStringLiteral("h"), QLatin1String(opt::help) }),
        QCommandLineOption(QStringList { QStringLiteral("v"), QLatin1String(opt::version) }),
    });
}

bool looksLikeFile(const QString &arg)
{
    return arg.contains(QLatin1Char('/')) || arg.contains(QLatin1Char('\\'))
        || arg.contains(QLatin1Char('.')) || QFileInfo::exists(arg);
}

// --sample: the 2021 sample event in its own write, before the command (which may only read).
int createSample(Context &ctx)
{
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadWrite);
    if (!db)
        return ctx.failureCode();
    const Result<qint64> id = createSampleEvent(*db);
    if (!id)
        return ctx.fail(id.error());
    ctx.sampleEventId = *id;
    return Success;
}

QtMessageHandler g_previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void quietDiagnostics()
{
    static bool installed = false;
    if (installed || qEnvironmentVariableIsSet("DIALOGUEDESK_DEBUG"))
        return;
    installed = true;
    g_previousHandler = qInstallMessageHandler(&quietHandler);
}

QString usage()
{
    const QString defaultFile
        = QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + QStringLiteral("/dialoguedesk.sqlite"));
    return QCoreApplication::translate(
               "Cli",
               "Usage: dialoguedesk [options] <command> [arguments]\n"
               "Without a command, DialogueDesk opens its window.\n"
               "\n"
               "Commands:\n"
               "  check                  check the data file without changing it: integrity,\n"
               "                         schema version, number of events\n"
               "  list events|units|attendees|questions|agenda|tasks\n"
               "                         print a table: tab-separated UTF-8 with a header row\n"
               "  plan show              the active plan, both plans and the log of switches\n"
               "  plan switch in-person|online --reason TEXT\n"
               "                         make the other plan the active one and record why\n"
               "  import questions FILE...\n"
               "                         questions from CSV/XLSX/ODS/XLS or .eml files (or a\n"
               "                         folder of them); problems are listed; --unit NAME for\n"
               "                         senders not in the directory; --dry-run only checks\n"
               "  export questions FILE [--agency NAME]\n"
               "                         XLSX (or .csv) of the questions; with --agency, those\n"
               "                         for that agency, and their forwarding is recorded\n"
               "  print PAPER --out FILE.pdf [--unit NAME] [--by KEY] [--take-number]\n"
               "                         a paper as an A4 PDF. PAPER: invitation,\n"
               "                         unit-invitation, delegates, sign-in, programme,\n"
               "                         questions, notice, plan. --by unit|role for the\n"
               "                         lists, topic|agency for the questions; --take-number\n"
               "                         gives it the next number of its kind; invitation\n"
               "                         --status KEY: letters to the people of that status\n"
               "\n"
               "Options:\n"
               "  --db FILE              the data file (default: %1)\n"
               "  --event ID             the event to work on (default: the first one)\n"
               "  --sample               first create the 2021 sample event; the command then\n"
               "                         works on it (without a command, the window opens it)\n"
               "  --lang vi|en           the language of messages\n"
               "  --filter TEXT          list attendees|questions: rows holding every word\n"
               "                         (accents and case ignored; \"0912 345\" finds a phone)\n"
               "  --status KEY           list attendees|questions: only this status\n"
               "                         (e.g. invited, confirmed; received, answered)\n"
               "  --unit NAME|ID         list attendees|questions|tasks: only this unit\n"
               "  --agency NAME|ID       list questions: only those forwarded to this agency\n"
               "  --reason TEXT          plan switch: why the plan changes (required)\n"
               "  --dry-run, --out FILE, --by KEY\n"
               "                         for import, export and print\n"
               "  --encoding NAME        import: the encoding of CSV files, when detection\n"
               "                         cannot tell: utf-8, utf-16, windows-1258 or tcvn3\n"
               "  -h, --help             this help\n"
               "  -v, --version          the program version\n"
               "\n"
               "Exit status: 0 done, 1 failed, 2 wrong command line or command not available.\n")
        .arg(defaultFile);
}

bool isCommand(const QStringList &arguments)
{
    // Options only the window knows (--tab NAME) are no sign of a command.
    QStringList args = arguments;
    for (qsizetype i = args.indexOf(QStringLiteral("--tab")); i >= 0;
         i = args.indexOf(QStringLiteral("--tab")))
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    QCommandLineParser p;
    setUpParser(p);
    p.parse(args); // an unknown option is reported by run(), or by the window
    // --help and --version print the command line's help; --db, --event and --sample alone
    // are for the window.
    if (p.isSet(QLatin1String(opt::help)) || p.isSet(QLatin1String(opt::version)))
        return true;
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return false;
    const QString first = positional.first();
    if (commands().contains(first))
        return true;
    // A path is a file for the window to open; a bare word is a mistyped command.
    return !looksLikeFile(first);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    quietDiagnostics();
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(false);
    err.setEncoding(QStringConverter::Utf8);
    err.setGenerateByteOrderMark(false);

    QCommandLineParser parser;
    setUpParser(parser);
    const bool parsed = parser.parse(arguments);

    QStringList positional = parser.positionalArguments();
    const QString name = positional.isEmpty() ? QString() : positional.takeFirst();
    Context ctx(parser, name, positional, out, err);

    if (parser.isSet(QLatin1String(opt::lang))) {
        const QString lang = parser.value(QLatin1String(opt::lang)).trimmed().toLower();
        if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
            return ctx.fail(
                QCoreApplication::translate("Cli", "Unknown language \"%1\": use vi or en.")
                    .arg(lang),
                UsageError);
        installLanguage(lang);
    }
    if (!parsed)
        return ctx.fail(parser.errorText() + QLatin1Char(' ')
                            + QCoreApplication::translate("Cli", "See dialoguedesk --help."),
                        UsageError);
    if (parser.isSet(QLatin1String(opt::help))) {
        out << usage();
        out.flush();
        return Success;
    }
    if (parser.isSet(QLatin1String(opt::version))) {
        out << "dialoguedesk " << DIALOGUEDESK_VERSION << '\n';
        out.flush();
        return Success;
    }

    const auto found = commands().constFind(name);
    if (!name.isEmpty() && found == commands().constEnd())
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Unknown command \"%1\". The commands are: %2. See dialoguedesk "
                            "--help.")
                            .arg(name, commands().keys().join(QStringLiteral(", "))),
                        UsageError);
    if (found != commands().constEnd() && !found->handler)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "The command \"%1\" is not part of this version yet.")
                            .arg(name),
                        UsageError);

    if (parser.isSet(QLatin1String(opt::sample))) {
        if (const int code = createSample(ctx); code != Success)
            return code;
        if (name.isEmpty()) {
            out << ctx.sampleEventId << '\n';
            out.flush();
            return Success;
        }
        // The command's output stays clean (a table, say); the new id goes with the messages.
        err << QCoreApplication::translate("Cli", "Created the sample event %1.")
                   .arg(ctx.sampleEventId)
            << '\n';
        err.flush();
    }
    if (name.isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "No command given. See dialoguedesk --help for the commands."),
                        UsageError);

    const int code = found->handler(ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace dd::cli
