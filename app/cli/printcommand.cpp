// `print <paper> --out FILE.pdf|FILE.odt [--unit NAME] [--agency NAME] [--by KEY]
// [--status KEY] [--date YYYY-MM-DD|none] [--answer-by YYYY-MM-DD] [--take-number]`: the
// papers of the window, written through the same service, with the same edits afterwards
// (the signing date remembered, a covering letter's questions recorded as forwarded).
#include "cli/clicontext.h"

#include "edit/paperedits.h"
#include "services/paperservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dd::cli {

namespace {

QString paperWords()
{
    QStringList words;
    for (PaperKind k : kAllPaperKinds)
        words << paperservice::paperWord(k);
    return words.join(QStringLiteral(", "));
}

bool takesUnit(PaperKind k)
{
    return k == PaperKind::PersonInvitation || k == PaperKind::UnitInvitation
        || k == PaperKind::DelegateList || k == PaperKind::SignInSheet
        || k == PaperKind::QuestionSummary || k == PaperKind::OnlineNotice || k == PaperKind::Badges
        || k == PaperKind::PlaceCards || k == PaperKind::Labels;
}

bool takesRole(PaperKind k)
{
    return k == PaperKind::Badges || k == PaperKind::PlaceCards || k == PaperKind::Labels;
}

// --by: role|unit for the lists, topic|agency for the questions.
std::optional<documents::PaperOptions::GroupBy> groupBy(PaperKind k, const QString &word)
{
    using G = documents::PaperOptions::GroupBy;
    const QString w = word.trimmed().toLower();
    if (k == PaperKind::DelegateList || k == PaperKind::SignInSheet) {
        if (w == QLatin1String("unit"))
            return G::Unit;
        if (w == QLatin1String("role"))
            return G::Role;
    } else if (k == PaperKind::QuestionSummary) {
        if (w == QLatin1String("topic"))
            return G::Topic;
        if (w == QLatin1String("agency"))
            return G::Agency;
    }
    return std::nullopt;
}

} // namespace

int runPrint(Context &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.fail(
            QCoreApplication::translate("Cli", "Say which paper to print: %1.").arg(paperWords()),
            UsageError);
    const QString word = ctx.args.first();
    const std::optional<PaperKind> kind = paperservice::paperFromWord(word);
    if (!kind)
        return ctx.fail(
            QCoreApplication::translate("Cli", "There is no paper called “%1”; the papers are: %2.")
                .arg(word, paperWords()),
            UsageError);
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    const QString out = value(ctx, opt::out);
    if (out.isEmpty())
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "Say where to write the paper: --out FILE.pdf (or "
                                        "FILE.odt for a document to edit)."),
            UsageError);
    const bool forward = *kind == PaperKind::ForwardLetter;
    if (forward != isSet(ctx, opt::agency))
        return ctx.fail(forward ? QCoreApplication::translate(
                            "Cli", "Say which agency the letter goes to: --agency NAME.")
                                : QCoreApplication::translate(
                                      "Cli", "The option --agency does not apply to “print %1”.")
                                      .arg(word),
                        UsageError);
    if (isSet(ctx, opt::answerBy) && !forward)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "The option --answer-by does not apply to “print %1”.")
                            .arg(word),
                        UsageError);
    paperservice::PaperDates dates;
    if (!ctx.dateOption(opt::date, &dates.signedOn)
        || !ctx.dateOption(opt::answerBy, &dates.answerBy))
        return UsageError;

    documents::PaperOptions options;
    if (isSet(ctx, opt::by)) {
        const auto by = groupBy(*kind, value(ctx, opt::by));
        if (!by)
            return ctx.fail(
                *kind == PaperKind::QuestionSummary
                    ? QCoreApplication::translate("Cli",
                                                  "--by takes topic or agency for the questions.")
                    : (*kind == PaperKind::DelegateList || *kind == PaperKind::SignInSheet
                           ? QCoreApplication::translate("Cli",
                                                         "--by takes unit or role for the lists.")
                           : QCoreApplication::translate(
                                 "Cli", "The option --by does not apply to “print %1”.")
                                 .arg(word)),
                UsageError);
        options.groupBy = *by;
    }
    if (isSet(ctx, opt::unit) && !takesUnit(*kind))
        return ctx.fail(
            QCoreApplication::translate("Cli", "The option --unit does not apply to “print %1”.")
                .arg(word),
            UsageError);
    if (isSet(ctx, opt::status) && *kind != PaperKind::PersonInvitation)
        return ctx.fail(
            QCoreApplication::translate("Cli", "The option --status does not apply to “print %1”.")
                .arg(word),
            UsageError);
    if (isSet(ctx, opt::role)) {
        if (!takesRole(*kind))
            return ctx.fail(QCoreApplication::translate(
                                "Cli", "The option --role does not apply to “print %1”.")
                                .arg(word),
                            UsageError);
        const QString key = value(ctx, opt::role).toLower();
        for (AttendeeRole r : { AttendeeRole::Chair, AttendeeRole::CoChair, AttendeeRole::Guest,
                                AttendeeRole::Delegate, AttendeeRole::Press, AttendeeRole::Staff })
            if (attendeeRoleKey(r) == key)
                options.role = r;
        if (!options.role)
            return ctx.fail(QCoreApplication::translate("Cli", "Unknown role “%1”.").arg(key),
                            UsageError);
    }
    std::optional<InvitationStatus> status;
    if (isSet(ctx, opt::status)) {
        const QString key = value(ctx, opt::status);
        for (InvitationStatus s :
             { InvitationStatus::NotInvited, InvitationStatus::Invited, InvitationStatus::Confirmed,
               InvitationStatus::Declined, InvitationStatus::Replaced })
            if (invitationStatusKey(s) == key)
                status = s;
        if (!status)
            return ctx.fail(QCoreApplication::translate("Cli", "Unknown status “%1”.").arg(key),
                            UsageError);
    }

    const bool takeNumber = isSet(ctx, opt::takeNumber);
    // Printing writes only what the clerk asks to keep: a number, a date, a forwarding.
    const bool writes = takeNumber || dates.signedOn || dates.answerBy || forward;
    Session *session
        = ctx.openEventSession(writes ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!session)
        return ctx.failureCode();
    if (forward) {
        const auto agency = ctx.unitOption(*session, opt::agency);
        if (!agency)
            return Failure;
        options.unitId = *agency;
    }

    if (isSet(ctx, opt::unit)) {
        // By id, or by name or short name with accents and case ignored.
        const QString text = value(ctx, opt::unit);
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        const std::optional<Unit> unit
            = isNumber ? session->units().get(id) : session->units().findByName(text);
        if (!unit)
            return ctx.fail(QCoreApplication::translate(
                                "Cli",
                                "No unit is called “%1”. “dialoguedesk list units” shows the "
                                "units.")
                                .arg(text));
        options.unitId = unit->id;
    }
    if (status) {
        // Letters to the people of that status (of the unit, when given).
        for (const Attendee &a : session->attendees().list(session->eventId()))
            if (a.status == *status && (options.unitId == 0 || a.unitId == options.unitId))
                options.attendeeIds << a.id;
        if (options.attendeeIds.isEmpty())
            return ctx.fail(
                QCoreApplication::translate(
                    "Cli", "Nobody has the status “%1”, so there is no letter to print.")
                    .arg(value(ctx, opt::status)));
    }

    const QList<qint64> toRecord
        = forward ? paperservice::unrecordedForwarding(*session, options.unitId) : QList<qint64>();
    const auto written = paperservice::writePaper(*session, *kind, options, out, takeNumber, dates);
    if (!written)
        return ctx.fail(written.error());
    const QDate signedOn = dates.signedOn.value_or(
        session->events().documentSettings(session->eventId()).numbering.value(*kind).signedOn);
    const QString warnings
        = paperservice::dateWarning(*kind, paperservice::paperData(*session), signedOn);
    for (const QString &warning : warnings.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ctx.err << "dialoguedesk: " << QCoreApplication::translate("Cli", "warning: ") << warning
                << '\n';
    ctx.err.flush();
    if (QUndoCommand *cmd
        = paperedits::printed(session, *kind, dates.signedOn, dates.answerBy, options.unitId,
                              toRecord, signedOn.isValid() ? signedOn : QDate::currentDate());
        cmd && !session->push(cmd))
        return ctx.fail(session->lastError());
    ctx.out << "written: " << QDir::toNativeSeparators(written->path) << '\n';
    if (written->pages > 0)
        ctx.out << "pages: " << written->pages << '\n';
    if (!toRecord.isEmpty())
        ctx.out << "forwarded: " << toRecord.size() << '\n';
    if (written->number > 0)
        ctx.out << "number: " << written->number << '\n';
    ctx.out.flush();
    return Success;
}

} // namespace dd::cli
