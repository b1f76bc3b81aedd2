// `attendee set ID... --reserve yes|no` and `attendee substitute ID RESERVE`: the attendee
// dialog's reserve box and the Substitute… button of the window, for a terminal or a script.
#include "cli/clicontext.h"

#include "domain/inputrules.h"
#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "import/importchecks.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDate>

namespace dd::cli {

namespace {

// The event opened for writing and the people the arguments number, every one found before
// anything changes; nullopt after writing what is wrong (the exit code is ctx.failureCode()).
std::optional<QList<Attendee>> peopleNumbered(Context &ctx, const QStringList &args)
{
    Session *session = ctx.openEventSession(Database::Access::ReadWrite);
    if (!session)
        return std::nullopt;
    Session &s = *session;
    QList<Attendee> people;
    bool unknown = false;
    for (const QString &arg : args) {
        bool isNumber = false;
        const qint64 id = arg.toLongLong(&isNumber);
        const auto a = isNumber ? s.attendees().get(id) : std::nullopt;
        if (!a || a->eventId != s.eventId()) {
            ctx.err << QCoreApplication::translate(
                           "Cli", "No attendee has the number “%1” (see list attendees).")
                           .arg(arg)
                    << '\n';
            unknown = true;
        } else {
            people << *a;
        }
    }
    if (unknown) {
        ctx.fail(QCoreApplication::translate("Cli", "Nothing was changed."));
        return std::nullopt;
    }
    return people;
}

} // namespace

int runAttendeeSet(Context &ctx)
{
    const QStringList who = ctx.args.mid(1); // after "set"
    if (who.isEmpty())
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "Say who: attendee set ID... (the numbers from list attendees)."),
            UsageError);
    if (!isSet(ctx, opt::reserve))
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Say what to change: attendee set ID... --reserve yes|no."),
                        UsageError);
    std::optional<bool> reserveWord;
    if (!yesNoOption(ctx, opt::reserve, &reserveWord))
        return ctx.failureCode();
    const bool reserve = *reserveWord;
    const auto people = peopleNumbered(ctx, who);
    if (!people)
        return ctx.failureCode();
    Session *session = ctx.session();
    QList<qint64> ids;
    for (const Attendee &a : *people)
        ids << a.id;
    if (QUndoCommand *cmd = attendeeactions::setReserve(session, ids, reserve);
        cmd && !session->push(cmd))
        return ctx.fail(session->lastError());
    for (const Attendee &a : session->attendees().get(ids))
        ctx.out << (a.reserve ? QCoreApplication::translate("Cli", "Reserve delegate: %1")
                              : QCoreApplication::translate("Cli", "Not a reserve: %1"))
                       .arg(a.shownName())
                << '\n';
    return Success;
}

int runAttendeeSubstitute(Context &ctx)
{
    const QStringList who = ctx.args.mid(1); // after "substitute"
    const bool newPerson = isSet(ctx, opt::name);
    if (who.size() != (newPerson ? 1 : 2))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say who is replaced and by whom: attendee substitute ID RESERVE (the "
                            "numbers from list attendees), or attendee substitute ID --name "
                            "“FULL NAME” [--phone NUMBER] for a new person."),
                        UsageError);
    // A new person arriving in someone's place, as the window's Substitute… → A new person.
    Attendee arriving;
    if (newPerson) {
        const QString name = value(ctx, opt::name).simplified();
        if (const QString problem = import::nameProblem(name); !problem.isEmpty())
            return ctx.fail(problem, UsageError);
        const QString phone = value(ctx, opt::phone);
        if (!phone.isEmpty() && inputrules::isTooShortForPhone(phone))
            return ctx.fail(
                QCoreApplication::translate("Cli", "“%1” is not a phone number.").arg(phone),
                UsageError);
        const text::NameParts parts = text::splitFullName(name);
        arriving.familyName = parts.family;
        arriving.middleName = parts.middle;
        arriving.givenName = parts.given;
        arriving.phone = inputrules::storablePhone(phone);
    }
    const auto people = peopleNumbered(ctx, who);
    if (!people)
        return ctx.failureCode();
    Session *session = ctx.session();
    const Attendee &replaced = people->at(0);
    if (replaced.status == InvitationStatus::Replaced)
        return ctx.fail(QCoreApplication::translate("Cli", "%1 has already been replaced.")
                            .arg(replaced.shownName()));
    const QDate today = QDate::currentDate();
    Attendee substitute;
    if (newPerson) {
        substitute = attendeeactions::substituteFor(replaced, today);
        substitute.familyName = arriving.familyName;
        substitute.middleName = arriving.middleName;
        substitute.givenName = arriving.givenName;
        substitute.phone = arriving.phone;
    } else {
        const Attendee &chosen = people->at(1);
        bool isReserve = false;
        for (const Attendee &r : attendeeactions::reservesFor(*session, replaced))
            isReserve = isReserve || r.id == chosen.id;
        if (!isReserve)
            return ctx.fail(QCoreApplication::translate(
                                "Cli",
                                "%1 is not a reserve delegate of the same unit as %2 (list "
                                "attendees shows reserve yes); nothing was changed.")
                                .arg(chosen.shownName(), replaced.shownName()));
        substitute = attendeeactions::promoted(replaced, chosen, today);
    }
    if (!session->push(attendeeactions::substitute(session, replaced, substitute)))
        return ctx.fail(session->lastError());
    ctx.out << QCoreApplication::translate("Cli", "%1 replaces %2.")
                   .arg(substitute.shownName(), replaced.shownName())
            << '\n';
    return Success;
}

// The attendee dialog's fields, each checked as the dialog checks it (in its words), before
// anything is opened for writing.
int runAttendeeAdd(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "attendee add takes no number: attendee add --name “FULL NAME” "
                            "[--unit NAME] [--position TEXT] …"),
                        UsageError);
    Attendee a;
    const text::NameParts parts = text::splitFullName(value(ctx, opt::name));
    a.familyName = text::clean(parts.family);
    a.middleName = text::clean(parts.middle);
    a.givenName = text::clean(parts.given);
    a.position = text::clean(value(ctx, opt::position));
    a.workplace = text::clean(value(ctx, opt::workplace));
    a.phone = value(ctx, opt::phone);
    a.email = value(ctx, opt::email);
    if (isSet(ctx, opt::gender)) {
        const QString key = value(ctx, opt::gender).toLower();
        a.gender = genderFromKey(key);
        if (key.isEmpty() || genderKey(a.gender) != key)
            return ctx.fail(
                QCoreApplication::translate(
                    "Cli", "--gender takes male or female, not “%1”; nothing was added.")
                    .arg(key),
                UsageError);
    }
    if (isSet(ctx, opt::role)) {
        const QString key = value(ctx, opt::role).toLower();
        a.role = attendeeRoleFromKey(key);
        if (attendeeRoleKey(a.role) != key)
            return ctx.fail(QCoreApplication::translate(
                                "Cli",
                                "--role takes chair, co_chair, guest, delegate, press or staff, "
                                "not “%1”; nothing was added.")
                                .arg(key),
                            UsageError);
    }
    std::optional<bool> reserve;
    if (!yesNoOption(ctx, opt::reserve, &reserve))
        return ctx.failureCode();
    a.reserve = reserve.value_or(false);
    // The dialog's checks, in its order and its words.
    const inputrules::BirthYearReading year
        = inputrules::readBirthYear(value(ctx, opt::birthYear), QDate::currentDate().year());
    if (!year.ok)
        return ctx.fail(QCoreApplication::translate("Cli", "--birth-year “%1”: %2")
                            .arg(value(ctx, opt::birthYear), year.why),
                        UsageError);
    a.birthYear = year.year;
    if (a.givenName.isEmpty() && a.position.isEmpty())
        return ctx.fail(QCoreApplication::translate("dd::AttendeeDialog",
                                                    "Enter the person's name (or at least a "
                                                    "position, for a seat still to be named)."),
                        UsageError);
    if (!a.phone.isEmpty() && inputrules::isTooShortForPhone(a.phone))
        return ctx.fail(
            QCoreApplication::translate("dd::AttendeeDialog", "The phone number “%1” is too short.")
                .arg(a.phone),
            UsageError);
    if (!a.email.isEmpty() && !inputrules::isEmailAddress(a.email))
        return ctx.fail(
            QCoreApplication::translate("dd::AttendeeDialog", "“%1” is not an e-mail address.")
                .arg(a.email),
            UsageError);
    Session *session = ctx.openEventSession(Database::Access::ReadWrite);
    if (!session)
        return ctx.failureCode();
    const std::optional<qint64> unit = ctx.unitOption(*session, opt::unit);
    if (!unit)
        return ctx.failureCode();
    a.eventId = session->eventId();
    a.unitId = *unit;
    const QList<Attendee> before = session->attendees().list(session->eventId());
    if (!session->push(commands::addAttendees(session, { a })))
        return ctx.fail(session->lastError());
    for (const qint64 id : addedIds(before, session->attendees().list(session->eventId())))
        ctx.out << id << '\n';
    return Success;
}

int runAttendeeRemove(Context &ctx)
{
    const QStringList who = ctx.args.mid(1); // after "remove"
    if (who.isEmpty())
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "Say who: attendee remove ID... (the numbers from list attendees)."),
            UsageError);
    const auto people = peopleNumbered(ctx, who);
    if (!people)
        return ctx.failureCode();
    Session *session = ctx.session();
    QList<qint64> ids;
    for (const Attendee &a : *people)
        if (!ids.contains(a.id))
            ids << a.id;
    if (!session->push(commands::removeAttendees(session, ids)))
        return ctx.fail(session->lastError());
    for (const Attendee &a : *people)
        ctx.out << QCoreApplication::translate("Cli", "Removed: %1").arg(a.shownName()) << '\n';
    return Success;
}

} // namespace dd::cli
