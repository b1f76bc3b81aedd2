#include "cli/clicontext.h"

#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dd::cli {

namespace {

QString oneLine(QString s)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t\\x{2028}\\x{2029}]+"));
    return s.replace(breaks, QStringLiteral(" ")).trimmed();
}

} // namespace

Context::Context(const QCommandLineParser &parser, QString command, QStringList args,
                 QTextStream &out, QTextStream &err)
    : parser(parser)
    , command(std::move(command))
    , args(std::move(args))
    , out(out)
    , err(err)
{ }

QString Context::databasePath() const
{
    if (parser.isSet(QLatin1String(opt::db)))
        return parser.value(QLatin1String(opt::db));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/dialoguedesk.sqlite");
}

int Context::fail(const QString &message, int code)
{
    err << "dialoguedesk: " << oneLine(message) << '\n';
    err.flush();
    return code;
}

QString Context::openErrorMessage(const Database::OpenResult &result)
{
    QString message = result.message;
    if (result.error == Database::OpenError::InUse)
        message += QLatin1Char(' ')
            + QCoreApplication::translate("Cli",
                                          "It is probably open in the DialogueDesk window: "
                                          "close it there, then run the command again.");
    return message;
}

std::unique_ptr<Database> Context::openDatabase(Database::Access access,
                                                const Database::Initialiser &initialise)
{
    const QString path = databasePath();
    if (path.isEmpty()) {
        m_failureCode = fail(QCoreApplication::translate(
            "Cli", "There is no folder for the data file; choose one with --db FILE."));
        return nullptr;
    }
    if (access == Database::Access::ReadOnly && !requireExistingFile(path))
        return nullptr;
    if (access == Database::Access::ReadWrite && !parser.isSet(QLatin1String(opt::db)))
        QDir().mkpath(QFileInfo(path).absolutePath());

    Database::OpenResult opened = Database::open(path, access, initialise);
    if (!opened.database)
        m_failureCode = fail(openErrorMessage(opened));
    return std::move(opened.database);
}

Session *Context::openSession(Database::Access access)
{
    if (m_session)
        return m_session.get();
    std::unique_ptr<Database> db = openDatabase(access);
    if (!db)
        return nullptr;
    const QString path = db->path();
    auto session = std::make_unique<Session>(std::move(db));
    session->setOverwriteConflicts(parser.isSet(QLatin1String(opt::overwrite)));

    if (parser.isSet(QLatin1String(opt::event))) {
        const QString text = parser.value(QLatin1String(opt::event)).trimmed();
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            m_failureCode = fail(
                QCoreApplication::translate("Cli", "The event id “%1” is not a number.").arg(text),
                UsageError);
            return nullptr;
        }
        if (!session->events().get(id)) {
            m_failureCode
                = fail(QCoreApplication::translate("Cli",
                                                   "There is no event %1 in the file “%2”. "
                                                   "“dialoguedesk list events” shows the events.")
                           .arg(id)
                           .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        session->setEventId(id);
    } else if (sampleEventId != 0) {
        session->setEventId(sampleEventId);
    }
    m_session = std::move(session);
    return m_session.get();
}

bool Context::requireEvent()
{
    if (m_session && m_session->eventId() != 0)
        return true;
    m_failureCode
        = fail(QCoreApplication::translate("Cli",
                                           "The file “%1” holds no event yet. Create one with "
                                           "event new TITLE or in the window, or add --sample "
                                           "to create the 2021 sample event.")
                   .arg(QDir::toNativeSeparators(databasePath())));
    return false;
}

bool Context::requireExistingFile(const QString &path)
{
    if (ServerAddress::isServerUri(path) || QFileInfo::exists(path))
        return true;
    // The full path: without --db the user may not know where the default file lives.
    m_failureCode
        = fail(QCoreApplication::translate("Cli",
                                           "The data file “%1” does not exist. Choose one "
                                           "with --db FILE, or add --sample to create it with "
                                           "the 2021 sample event.")
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return false;
}

Session *Context::openEventSession(Database::Access access)
{
    // A command on an event needs a file that holds one: a mistyped --db must not leave a new,
    // empty data file behind (with --sample the file was made before the command runs).
    if (!m_session && !databasePath().isEmpty() && !requireExistingFile(databasePath()))
        return nullptr;
    Session *s = openSession(access);
    return s && requireEvent() ? s : nullptr;
}

void Context::writeRow(const QStringList &cells)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t\\x{2028}\\x{2029}]"));
    bool first = true;
    for (QString cell : cells) {
        if (!first)
            out << '\t';
        first = false;
        out << cell.replace(breaks, QStringLiteral(" "));
    }
    out << '\n';
}

QString planWord(PlanKind kind)
{
    return kind == PlanKind::Online ? QStringLiteral("online") : QStringLiteral("in-person");
}

std::optional<PlanKind> planFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("online"))
        return PlanKind::Online;
    if (w == QLatin1String("in-person") || w == QLatin1String("in_person"))
        return PlanKind::InPerson;
    return std::nullopt;
}

std::optional<qint64> Context::unitOption(Session &s, const char *option)
{
    if (!parser.isSet(QLatin1String(option)))
        return qint64(0);
    const QString text = parser.value(QLatin1String(option)).trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    const std::optional<Unit> unit = isNumber ? s.units().get(id) : s.units().findByName(text);
    if (!unit) {
        fail(QCoreApplication::translate(
                 "Cli", "No unit is called “%1”. “dialoguedesk list units” shows the units.")
                 .arg(text));
        return std::nullopt;
    }
    return unit->id;
}

bool Context::dateOption(const char *option, std::optional<QDate> *value)
{
    if (!parser.isSet(QLatin1String(option)))
        return true;
    const QString text = parser.value(QLatin1String(option)).trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *value = QDate();
        return true;
    }
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        fail(QCoreApplication::translate(
                 "Cli",
                 "--%1 takes a date as YYYY-MM-DD (for example 2021-10-15), or none: "
                 "“%2” is not one.")
                 .arg(QLatin1String(option), text),
             UsageError);
        return false;
    }
    *value = d;
    return true;
}

bool yesNoOption(Context &ctx, const char *option, std::optional<bool> *value)
{
    if (!isSet(ctx, option))
        return true;
    const QString word = cli::value(ctx, option).toLower();
    if (word != QLatin1String("yes") && word != QLatin1String("no")) {
        ctx.fail(QCoreApplication::translate("Cli", "--%1 takes yes or no, not “%2”.")
                     .arg(QLatin1String(option), word),
                 UsageError);
        return false;
    }
    *value = word == QLatin1String("yes");
    return true;
}

std::optional<io::CsvOptions> Context::csvOptions()
{
    io::CsvOptions options;
    if (!parser.isSet(QLatin1String(opt::encoding)))
        return options;
    const QString name = parser.value(QLatin1String(opt::encoding));
    const std::optional<io::TextEncoding> encoding = io::textEncodingFromName(name);
    if (!encoding) {
        fail(QCoreApplication::translate(
                 "Cli", "Unknown encoding “%1”: use utf-8, utf-16, windows-1258 or tcvn3.")
                 .arg(name),
             UsageError);
        return std::nullopt;
    }
    options.encoding = *encoding;
    return options;
}

bool isSet(const Context &ctx, const char *option)
{
    return ctx.parser.isSet(QLatin1String(option));
}

QString value(const Context &ctx, const char *option)
{
    return ctx.parser.value(QLatin1String(option)).trimmed();
}

} // namespace dd::cli
