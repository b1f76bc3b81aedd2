// `mail fetch`, `mail send` and `unit set`: the event's mail channel for scripts, the same
// services the window calls.
#include "cli/clicontext.h"

#include "domain/inputrules.h"
#include "edit/commands.h"
#include "mail/outgoingmail.h"
#include "mailsettings.h"
#include "services/mailfetch.h"
#include "services/mailsend.h"
#include "services/paperservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSaveFile>

namespace dd::cli {

namespace {

// --save-lists DIR: each spreadsheet attached to a fetched message, saved as
// "<sending-unit>-<file>", and a line "list<TAB>unit<TAB>path" for the script's
// `import attendees FILE --unit NAME`; a list whose sender matches no unit says so.
bool saveAttendeeLists(Context &ctx, const MailFetch &fetched, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        ctx.fail(QCoreApplication::translate("Cli", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    for (const MailAttendeeList &list : fetched.lists) {
        const QString slug
            = list.unitId ? mail::asciiSlug(list.unitName) : QStringLiteral("khong-ro-don-vi");
        const QString path
            = QDir(folder).filePath(slug + QLatin1Char('-') + QFileInfo(list.fileName).fileName());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(list.bytes) != list.bytes.size()
            || !out.commit()) {
            ctx.fail(QCoreApplication::translate("Cli", "Cannot write %1.")
                         .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        ctx.out << QStringLiteral("list\t%1\t%2").arg(list.unitName, QDir::toNativeSeparators(path))
                << '\n';
        if (!list.unitId)
            ctx.err << QCoreApplication::translate(
                           "Cli",
                           "%1 from %2 matches no unit: import it with --unit NAME once you "
                           "know which union sent it.")
                           .arg(list.fileName, list.sender)
                    << '\n';
    }
    return true;
}

} // namespace

int runMailFetch(Context &ctx)
{
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    const bool dryRun = ctx.parser.isSet(QLatin1String(opt::dryRun));
    Session *session = ctx.openEventSession(dryRun);
    if (!session)
        return ctx.failureCode();
    Result<mail::MailServer> server = MailSettings::load().imapServer();
    if (ctx.parser.isSet(QLatin1String(opt::server)))
        server = mail::parseServerUrl(ctx.parser.value(QLatin1String(opt::server)),
                                      mail::MailServer::Protocol::Imap);
    if (!server)
        return ctx.fail(server.error(), UsageError);
    if (ctx.parser.isSet(QLatin1String(opt::user)))
        server->user = ctx.parser.value(QLatin1String(opt::user));
    server->password = MailSettings::password(*server);
    server->caFile
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_CA_FILE"));
    // --unit: the union of the senders the file does not name (0: none given).
    const std::optional<qint64> unitGiven = ctx.unitOption(*session, opt::unit);
    if (!unitGiven)
        return Failure;
    const qint64 unitForUnknown = *unitGiven;

    Result<MailFetch> fetched = fetchMail(*session, *server);
    if (!fetched)
        return ctx.fail(fetched.error());
    for (import::ImportRow &row : fetched->questions.rows)
        if (row.unitUnknown && !row.question().unitId && unitForUnknown)
            row.question().unitId = unitForUnknown;
    for (const QString &line : std::as_const(fetched->notRead))
        ctx.err << QCoreApplication::translate("Cli", "not read: ") << line << '\n';
    for (const import::ImportRow &row : std::as_const(fetched->questions.rows))
        if (QString message = import::questionMessage(row); !row.ready() && !message.isEmpty())
            ctx.err << row.questionFields().source << QStringLiteral(": ")
                    << message.replace(QLatin1Char('\n'), QStringLiteral("; ")) << '\n';
    const int ready = int(import::questionsToImport(fetched->questions).size());
    if (ctx.parser.isSet(QLatin1String(opt::saveLists))
        && !saveAttendeeLists(ctx, *fetched, ctx.parser.value(QLatin1String(opt::saveLists))))
        return Failure;
    if (dryRun) {
        ctx.out << QCoreApplication::translate(
                       "Cli",
                       "%n new message(s); %1 question(s) would be imported (dry run: nothing was "
                       "changed).",
                       nullptr, int(fetched->messages.size()))
                       .arg(ready)
                << '\n';
        return Success;
    }
    const Result<QStringList> leftOver = commitMailFetch(*session, *fetched);
    if (!leftOver)
        return ctx.fail(leftOver.error());
    for (const QString &line : *leftOver)
        ctx.err << QCoreApplication::translate("Cli", "left in the mailbox: ") << line << ' '
                << QCoreApplication::translate("Cli",
                                               "(add --unit NAME to import it for that unit)")
                << '\n';
    ctx.err.flush();
    ctx.out << QCoreApplication::translate("Cli", "%n new message(s) read", nullptr,
                                           int(fetched->messages.size()))
            << QStringLiteral("; ")
            << QCoreApplication::translate("Cli", "imported %n question(s)", nullptr, ready)
            << QStringLiteral("; ")
            << QCoreApplication::translate("Cli", "%n message(s) read before", nullptr,
                                           fetched->alreadyFetched)
            << '\n';
    return Success;
}

namespace {

// --email, --phone, --contact and --quota of `unit set` and `unit add`, checked and written
// into `unit` and `quota` (-1: no quota); Success, or the exit code after writing the message.
int readUnitOptions(Context &ctx, Unit &unit, std::optional<int> &quota)
{
    if (ctx.parser.isSet(QLatin1String(opt::email))) {
        // Kept as written, as the window keeps it; comparisons ignore the case (inputrules).
        const QString email = ctx.parser.value(QLatin1String(opt::email)).trimmed();
        if (!email.isEmpty() && !inputrules::isEmailAddress(email)) {
            return ctx.fail(
                QCoreApplication::translate("Cli", "“%1” is not an e-mail address.").arg(email),
                UsageError);
        }
        unit.email = email;
    }
    if (ctx.parser.isSet(QLatin1String(opt::phone))) {
        const QString phone = ctx.parser.value(QLatin1String(opt::phone)).trimmed();
        if (!phone.isEmpty() && inputrules::isTooShortForPhone(phone)) {
            return ctx.fail(
                QCoreApplication::translate("Cli", "“%1” is not a phone number.").arg(phone),
                UsageError);
        }
        unit.phone = inputrules::storablePhone(phone);
    }
    if (ctx.parser.isSet(QLatin1String(opt::contact)))
        unit.contactPerson = ctx.parser.value(QLatin1String(opt::contact)).trimmed();
    if (ctx.parser.isSet(QLatin1String(opt::quota))) {
        const QString seats = ctx.parser.value(QLatin1String(opt::quota)).trimmed();
        bool ok = false;
        quota = seats == QLatin1String("none") ? -1 : seats.toInt(&ok);
        if (seats != QLatin1String("none") && (!ok || *quota < 0)) {
            return ctx.fail(
                QCoreApplication::translate(
                    "Cli", "“%1” is not a quota: a number of seats, for example 22, or none.")
                    .arg(seats),
                UsageError);
        }
    }
    return Success;
}

// "Unit NAME: e-mail …, phone …, contact …." as `unit set` and `unit add` confirm it.
QString unitDetails(const Unit &u)
{
    const auto orDash = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("-") : s;
    };
    return QCoreApplication::translate("Cli", "Unit %1: e-mail %2, phone %3, contact %4.")
        .arg(u.name, orDash(u.email), orDash(inputrules::displayPhone(u.phone)),
             orDash(u.contactPerson));
}

QString quotaLine(const QString &unit, int quota)
{
    return QCoreApplication::translate("Cli", "Unit %1: quota %2.")
        .arg(unit, quota >= 0 ? QString::number(quota) : QStringLiteral("-"));
}

} // namespace

int runUnitSet(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "Say which unit: unit set NAME [--email ADDRESS] [--phone "
                                        "NUMBER] [--contact NAME] [--quota SEATS]."),
            UsageError);
    Session *session = ctx.openSession(Database::Access::ReadWrite);
    if (!session)
        return ctx.failureCode();
    const QString name = ctx.args.at(1).trimmed();
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    std::optional<Unit> unit
        = isNumber ? session->units().get(id) : session->units().findByName(name);
    if (!unit)
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "No unit is called “%1”. “dialoguedesk list units” shows "
                                        "the units.")
                .arg(name));
    Unit after = *unit;
    std::optional<int> quota;
    if (const int code = readUnitOptions(ctx, after, quota); code != Success)
        return code;
    const bool unitChanged = after.email != unit->email || after.phone != unit->phone
        || after.contactPerson != unit->contactPerson;
    if ((unitChanged || !quota) && !session->push(commands::editUnit(session, after)))
        return ctx.fail(session->lastError());
    if (quota && !session->push(commands::setQuota(session, unit->id, *quota)))
        return ctx.fail(session->lastError());
    if (quota)
        ctx.out << quotaLine(after.name, *quota) << '\n';
    if (unitChanged || !quota)
        ctx.out << unitDetails(after) << '\n';
    return Success;
}

int runUnitAdd(Context &ctx)
{
    if (ctx.args.size() != 2 || ctx.args.at(1).trimmed().isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say the unit's name: unit add NAME [--kind KIND] [--part PART] "
                            "[--quota SEATS] [--email ADDRESS] [--phone NUMBER] [--contact NAME]."),
                        UsageError);
    Unit unit;
    unit.name = ctx.args.at(1).simplified();
    if (isSet(ctx, opt::kind)) {
        unit.kind = unitKindFromKey(value(ctx, opt::kind));
        if (unitKindKey(unit.kind) != value(ctx, opt::kind))
            return ctx.fail(
                QCoreApplication::translate("Cli", "Unknown kind of unit “%1”; use one of: %2.")
                    .arg(value(ctx, opt::kind),
                         QStringLiteral("provincial, district, affiliated, branch, "
                                        "guest_agency, press, other")),
                UsageError);
    }
    EventUnit part;
    if (isSet(ctx, opt::part)) {
        part.role = unitRoleFromKey(value(ctx, opt::part));
        if (unitRoleKey(part.role) != value(ctx, opt::part))
            return ctx.fail(QCoreApplication::translate(
                                "Cli", "Unknown part in the event “%1”; use one of: %2.")
                                .arg(value(ctx, opt::part),
                                     QStringLiteral("organiser, host, guest, participant, press")),
                            UsageError);
    }
    std::optional<int> quota;
    if (const int code = readUnitOptions(ctx, unit, quota); code != Success)
        return code;
    part.quota = quota.value_or(-1);
    Session *session = ctx.openEventSession(Database::Access::ReadWrite);
    if (!session)
        return ctx.failureCode();
    if (const std::optional<Unit> same = session->units().findByName(unit.name))
        return ctx.fail(QCoreApplication::translate("Cli",
                                                    "The directory already has the unit “%1” "
                                                    "(%2); change it with unit set.")
                            .arg(same->name)
                            .arg(same->id));
    part.eventId = session->eventId();
    if (!session->push(commands::addUnit(session, unit, part)))
        return ctx.fail(session->lastError());
    const std::optional<Unit> added = session->units().findByName(unit.name);
    ctx.out << QCoreApplication::translate("Cli", "Added unit %1: %2, %3 in the event.")
                   .arg(added ? added->id : 0)
                   .arg(unit.name, unitRoleLabel(part.role))
            << '\n';
    if (quota)
        ctx.out << quotaLine(unit.name, *quota) << '\n';
    return Success;
}

} // namespace dd::cli

namespace dd::cli {

int runMailSend(Context &ctx)
{
    const bool dryRun = ctx.parser.isSet(QLatin1String(opt::dryRun));
    // --dry-run DIR: the folder follows the option (a flag elsewhere, so it comes as an argument).
    if (ctx.args.size() != (dryRun ? 3 : 2))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which paper: mail send unit-invitation|forward|notice "
                            "[--unit NAME] [--smtp URL] [--from ADDRESS] [--dry-run DIR] "
                            "[--again]."),
                        UsageError);
    const auto kind = paperservice::paperFromWord(ctx.args.at(1));
    if (!kind || !isMailablePaper(*kind))
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "“%1” cannot be sent by e-mail: the papers sent are "
                                        "unit-invitation, forward and notice.")
                .arg(ctx.args.at(1)),
            UsageError);
    Session *session = ctx.openEventSession(dryRun);
    if (!session)
        return ctx.failureCode();
    QList<qint64> unitIds;
    const std::optional<qint64> unit = ctx.unitOption(*session, opt::unit);
    if (!unit)
        return Failure;
    if (*unit)
        unitIds << *unit;
    MailSendOptions options;
    options.again = ctx.parser.isSet(QLatin1String(opt::again));
    const MailSettings settings = MailSettings::load();
    options.fromAddress = ctx.parser.isSet(QLatin1String(opt::from))
        ? ctx.parser.value(QLatin1String(opt::from))
        : settings.fromAddress;
    options.fromName = settings.fromName;
    if (!options.fromAddress.isEmpty() && !inputrules::isEmailAddress(options.fromAddress))
        return ctx.fail(QCoreApplication::translate("Cli", "“%1” is not an e-mail address.")
                            .arg(options.fromAddress),
                        UsageError);
    std::optional<QDate> date;
    if (!ctx.dateOption(opt::date, &date))
        return UsageError;
    options.dates.signedOn = date;
    if (dryRun) {
        options.dryRunFolder = ctx.args.at(2);
    } else {
        Result<mail::MailServer> server = settings.smtpServer();
        if (ctx.parser.isSet(QLatin1String(opt::smtp)))
            server = mail::parseServerUrl(ctx.parser.value(QLatin1String(opt::smtp)),
                                          mail::MailServer::Protocol::Smtp);
        if (!server)
            return ctx.fail(server.error(), UsageError);
        if (ctx.parser.isSet(QLatin1String(opt::user)))
            server->user = ctx.parser.value(QLatin1String(opt::user));
        if (!server->user.isEmpty())
            server->password = MailSettings::password(*server);
        server->caFile
            = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_CA_FILE"));
        options.smtp = *server;
    }
    const auto recipients = mailRecipients(*session, *kind, unitIds);
    if (!recipients)
        return ctx.fail(recipients.error());
    const auto report = sendPaperByMail(*session, *kind, *recipients, options);
    if (!report)
        return ctx.fail(report.error());
    for (const QString &line : report->skipped)
        ctx.err << QCoreApplication::translate("Cli", "not sent: ") << line << '\n';
    bool refusedAgain = false;
    for (const MailRecipient &r : *recipients)
        refusedAgain = refusedAgain || (r.sentBefore && !options.again && !r.address.isEmpty());
    if (refusedAgain)
        ctx.err << QCoreApplication::translate(
            "Cli", "Add --again to send the paper again to the units that received it.")
                << '\n';
    for (const QString &line : report->failed)
        ctx.err << QCoreApplication::translate("Cli", "failed: ") << line << '\n';
    if (!report->stoppedBy.isEmpty())
        ctx.err << report->stoppedBy << '\n';
    if (!report->failed.isEmpty())
        ctx.err << QCoreApplication::translate(
            "Cli",
            "The failed messages are in the log (list mail, status failed); send again to "
            "send them.")
                << '\n';
    ctx.err.flush();
    if (dryRun) {
        for (const QString &path : report->written)
            ctx.out << QDir::toNativeSeparators(path) << '\n';
        ctx.out << QCoreApplication::translate("Cli",
                                               "Wrote %n message(s) (dry run: nothing "
                                               "was sent).",
                                               nullptr, int(report->written.size()))
                << '\n';
    } else {
        for (const MailLogEntry &e : report->sent)
            ctx.out << e.recipient << '\t' << e.attachment << '\t' << e.serverReply << '\n';
        ctx.out << QCoreApplication::translate("Cli", "Sent %n message(s).", nullptr,
                                               int(report->sent.size()))
                << '\n';
    }
    return report->failed.isEmpty() ? Success : Failure;
}

} // namespace dd::cli
