#include "cli/commandline.h"

#include "cli/clicontext.h"
#include "cli/commandtable.h"
#include "services/sampleevent.h"
#include "util/language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef DIALOGUEDESK_VERSION
#define DIALOGUEDESK_VERSION "unknown"
#endif

namespace dd::cli {

namespace {

void setUpParser(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &o : optionTable()) {
        QStringList names { QLatin1String(o.name) };
        if (o.shortName)
            names.prepend(QLatin1String(o.shortName));
        p.addOption(o.valueName ? QCommandLineOption(names, QString(), QLatin1String(o.valueName))
                                : QCommandLineOption(names));
    }
}

// The command the arguments name: its first word and, for a command with one handler per
// target, the next argument. `known` tells whether the first word is a command at all.
const CommandSpec *findCommand(const QString &name, const QStringList &args, bool *known)
{
    *known = false;
    for (const CommandSpec &c : commandTable()) {
        const QStringList words = QString::fromLatin1(c.words).split(QLatin1Char(' '));
        if (words.constFirst() != name)
            continue;
        *known = true;
        if (words.size() == 1 || args.value(0) == words.at(1))
            return &c;
    }
    return nullptr;
}

// "import attendees or import questions": the commands that start with `name`.
QString commandsStartingWith(const QString &name)
{
    QStringList words;
    for (const CommandSpec &c : commandTable())
        if (QString::fromLatin1(c.words).section(QLatin1Char(' '), 0, 0) == name)
            words << QLatin1String(c.words);
    return words.join(QCoreApplication::translate("Cli", " or "));
}

// One entry of --help: the synopsis, then the description wrapped beside it (or below it, when
// the synopsis is long), lines at most 79 characters wide.
QString helpEntry(const QString &synopsis, const QString &description)
{
    constexpr qsizetype kColumn = 25;
    constexpr qsizetype kWidth = 79 - kColumn;
    QString text = QStringLiteral("  ") + synopsis;
    if (text.size() < kColumn - 1)
        text = text.leftJustified(kColumn, QLatin1Char(' '));
    else
        text += QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
    QString line;
    for (const QString &word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWidth) {
            text += line + QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return text + line + QLatin1Char('\n');
}

bool looksLikeFile(const QString &arg)
{
    return arg.contains(QLatin1Char('/')) || arg.contains(QLatin1Char('\\'))
        || arg.contains(QLatin1Char('.')) || QFileInfo::exists(arg);
}

// --sample: the 2021 sample event in its own write, before the command (which may only read).
// A new file is made with it, whole or not at all; an existing one gets it in one transaction.
int createSample(Context &ctx)
{
    auto addSample = [&ctx](Database &db) -> Status {
        const Result<qint64> id = createSampleEvent(db);
        if (!id)
            return Error(id.error());
        ctx.sampleEventId = *id;
        return {};
    };
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadWrite, addSample);
    if (!db)
        return ctx.failureCode();
    if (ctx.sampleEventId == 0) {
        const Result<qint64> id = ensureSampleEvent(*db); // once per file, however often asked
        if (!id)
            return ctx.fail(id.error());
        ctx.sampleEventId = *id;
    }
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
    QString text
        = QCoreApplication::translate("Cli",
                                      "Usage: dialoguedesk [options] <command> [arguments]\n"
                                      "Without a command, DialogueDesk opens its window.\n")
        + QLatin1Char('\n') + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const CommandSpec &c : commandTable())
        text += helpEntry(synopsis(c), description(c));
    text += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Options:") + QLatin1Char('\n');
    for (const OptionSpec &o : optionTable()) {
        QString d = description(o);
        if (qstrcmp(o.name, opt::db) == 0)
            d = d.arg(defaultFile);
        text += helpEntry(synopsis(o), d);
    }
    return text + QLatin1Char('\n')
        + QCoreApplication::translate("Cli", "Exit status: 0 done, 1 failed, 2 wrong command line.")
        + QLatin1Char('\n');
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
    if (commandNames().contains(first))
        return true;
    // A path is a file for the window to open; a bare word is a mistyped command.
    return !looksLikeFile(first);
}

bool paintsNothing(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p);
    p.parse(arguments);
    const QStringList positional = p.positionalArguments();
    return !positional.isEmpty() && positional.first() == QLatin1String("import")
        && !p.isSet(QLatin1String(opt::help)) && !p.isSet(QLatin1String(opt::version));
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

    bool known = false;
    const CommandSpec *found = findCommand(name, positional, &known);
    if (!name.isEmpty() && !known)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Unknown command \"%1\". The commands are: %2. See dialoguedesk "
                            "--help.")
                            .arg(name, commandNames().join(QStringLiteral(", "))),
                        UsageError);
    if (!name.isEmpty() && !found)
        return ctx.fail(
            (positional.isEmpty()
                 ? QCoreApplication::translate("Cli", "Incomplete command \"%1\": use %2.")
                       .arg(name, commandsStartingWith(name))
                 : QCoreApplication::translate("Cli", "Unknown command \"%1\": use %2.")
                       .arg(name + QLatin1Char(' ') + positional.constFirst(),
                            commandsStartingWith(name))),
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
