// `checkin ID|CODE|NAME… [--desk NAME] [--undo]`: the door's check-in of the window, for a
// desk that works from a terminal or a script (issues 17 and 18).
#include "cli/clicontext.h"

#include "domain/attendeecode.h"
#include "edit/attendeeactions.h"
#include "edit/checkinlookup.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd::cli {

namespace {

// The people the arguments name: each argument on its own when all of them are numbers or
// codes, otherwise the words together as one full name (typed without quotes).
QStringList targets(const QStringList &args)
{
    for (const QString &a : args) {
        bool isNumber = false;
        a.toLongLong(&isNumber);
        if (!isNumber && readAttendeeCode(a) == CodeReading::NotACode)
            return { args.join(QLatin1Char(' ')) };
    }
    return args;
}

QString personLine(Session &s, const Attendee &a)
{
    const auto unit = s.units().get(a.unitId);
    return unit ? QStringLiteral("%1 (%2)").arg(a.shownName(), unit->name) : a.shownName();
}

} // namespace

int runCheckIn(Context &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say who: checkin ID|CODE|NAME (a number from list attendees, the "
                            "code on the letter or badge, or the full name)."),
                        UsageError);
    const bool undo = ctx.parser.isSet(QLatin1String(opt::undo));
    const QString desk = ctx.parser.value(QLatin1String(opt::desk)).simplified();
    if (undo && ctx.parser.isSet(QLatin1String(opt::desk)))
        return ctx.fail(
            QCoreApplication::translate("Cli", "--desk does not apply to checkin --undo."),
            UsageError);
    Session *session = ctx.openEventSession(Database::Access::ReadWrite);
    if (!session)
        return ctx.failureCode();

    // Everyone named must be found before anything changes.
    QList<Attendee> people;
    bool unknown = false;
    for (const QString &t : targets(ctx.args)) {
        const Result<Attendee> found = checkin::find(*session, t);
        if (!found) {
            ctx.err << found.error() << '\n';
            unknown = true;
        } else {
            people << *found;
        }
    }
    if (unknown) {
        ctx.err << QCoreApplication::translate("Cli", "Nothing was changed.") << '\n';
        return Failure;
    }

    QList<qint64> ids;
    bool refused = false;
    for (const Attendee &a : people) {
        if (ids.contains(a.id))
            continue;
        if (!undo && a.checkedInAt.isValid()) {
            ctx.err << checkin::alreadyCheckedIn(a) << '\n';
            refused = true;
        } else if (undo && !a.checkedInAt.isValid()) {
            ctx.err
                << QCoreApplication::translate("Cli", "%1 has not checked in.").arg(a.shownName())
                << '\n';
            refused = true;
        } else {
            ids << a.id;
        }
    }
    if (!ids.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        QUndoCommand *cmd = undo ? attendeeactions::undoCheckIn(session, ids)
                                 : attendeeactions::checkIn(session, ids, now, desk);
        // Another desk may have been first since the people were looked up (no command is then
        // built) or inside the command's transaction (it refuses them, or all of them): what
        // the store holds afterwards says, person by person, whose check-in it is.
        const bool pushed = !cmd || session->push(cmd);
        const QString stamp = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        for (const Attendee &a : session->attendees().get(ids)) {
            const bool ours = undo
                ? !a.checkedInAt.isValid()
                : a.checkedInAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) == stamp
                    && a.checkedInDesk == desk;
            if (ours) {
                ctx.out << (undo ? QCoreApplication::translate("Cli", "Check-in taken back: %1")
                                 : QCoreApplication::translate("Cli", "Checked in: %1"))
                               .arg(personLine(*session, a))
                        << '\n';
            } else {
                // Checked in by another desk, or (a failed write) still as it was.
                ctx.err << (!undo && a.checkedInAt.isValid() ? checkin::alreadyCheckedIn(a)
                                : pushed
                                ? QCoreApplication::translate("Cli", "%1 has not checked in.")
                                      .arg(a.shownName())
                                : session->lastError())
                        << '\n';
                refused = true;
            }
        }
    }
    ctx.err.flush();
    // A person already checked in (or, with --undo, not checked in) is reported and left as
    // they are: the exit code says that not everything asked for was done.
    return refused ? Failure : Success;
}

} // namespace dd::cli
