// `import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows]
// [--dry-run]` and `export attendees
// FILE.csv|FILE.xlsx
// [--unit NAME]`: the same pipeline as the window's import dialog and export menu.
#include "cli/clicontext.h"

#include "import/attendeecommit.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"
#include "io/readlimits.h"
#include "io/spreadsheetreader.h"
#include "services/attendeeexport.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

namespace dd::cli {

namespace {

QString senderSource(const import::Sender &sender, bool fromOption)
{
    if (fromOption)
        return QCoreApplication::translate("Cli", "--unit");
    if (sender.from == import::Sender::From::Remembered)
        return QCoreApplication::translate("Cli", "remembered for the title line “%1”")
            .arg(sender.line);
    if (sender.from == import::Sender::From::Signature)
        return QCoreApplication::translate("Cli", "the signature line “%1”").arg(sender.line);
    if (sender.from == import::Sender::From::FileName)
        return QCoreApplication::translate("Cli", "the file name “%1”").arg(sender.line);
    return QCoreApplication::translate("Cli", "the title line “%1”").arg(sender.line);
}

} // namespace

namespace {

// One list of the file, checked before anything is written: where its header is, who sent
// it and how its columns map.
struct SheetPlan
{
    int index = 0;
    import::HeaderInfo header;
    import::Sender sender;
    import::ImportOptions options;
};

// What the summary line says of one sheet's import.
QString summaryOf(const import::ImportCounts &c, const import::UnitChoices &choices,
                  const QStringList &unknownUnits, int unitsCreated, const QString &senderName,
                  bool dryRun)
{
    QStringList summary;
    summary << (dryRun ? QCoreApplication::translate("Cli", "%n would be added", nullptr, c.toAdd)
                       : QCoreApplication::translate("Cli", "%n added", nullptr, c.toAdd));
    summary << (dryRun
                    ? QCoreApplication::translate("Cli", "%n would be updated", nullptr, c.toUpdate)
                    : QCoreApplication::translate("Cli", "%n updated", nullptr, c.toUpdate));
    summary << QCoreApplication::translate("Cli", "%n already there or repeated, skipped", nullptr,
                                           c.skipped);
    if (c.possible > 0)
        summary << QCoreApplication::translate(
            "Cli", "%n possibly the same as another person, imported as new (see the warnings)",
            nullptr, c.possible);
    summary << QCoreApplication::translate("Cli", "%n row(s) with errors not imported", nullptr,
                                           c.errors);
    if (c.hiddenLeftOut > 0)
        summary << QCoreApplication::translate("Cli", "%n hidden row(s) left out", nullptr,
                                               c.hiddenLeftOut);
    if (c.noUnit > 0)
        summary << QCoreApplication::translate("Cli", "%n left out without a unit", nullptr,
                                               c.noUnit);
    if (choices.createAll && !unknownUnits.isEmpty())
        summary << (dryRun ? QCoreApplication::translate("Cli", "%n unit(s) would be created",
                                                         nullptr, unitsCreated)
                           : QCoreApplication::translate("Cli", "%n unit(s) created", nullptr,
                                                         unitsCreated));
    else if (!unknownUnits.isEmpty())
        summary << (!senderName.isEmpty()
                        ? QCoreApplication::translate(
                              "Cli",
                              "%n unit(s) not in the directory, not created: their people go "
                              "to %1",
                              nullptr, int(unknownUnits.size()))
                              .arg(senderName)
                        : QCoreApplication::translate(
                            "Cli", "%n unit(s) not in the directory, not created", nullptr,
                            int(unknownUnits.size())));
    if (dryRun)
        summary << QCoreApplication::translate("Cli", "nothing written (--dry-run)");
    return summary.join(QStringLiteral(", "));
}

} // namespace

int runImportAttendees(Context &ctx)
{
    const QString path = ctx.args.value(1);
    if (path.isEmpty() || ctx.args.size() > 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Usage: import attendees FILE [--unit NAME] [--create-units] "
                            "[--sheet NAME] [--include-hidden-rows] [--dry-run] "
                            "[--encoding NAME]"),
                        UsageError);
    const bool dryRun = ctx.parser.isSet(QLatin1String(opt::dryRun));
    Session *session = ctx.openEventSession(dryRun);
    if (!session)
        return ctx.failureCode();
    const auto unitId = ctx.unitOption(*session, opt::unit);
    if (!unitId)
        return Failure;
    const std::optional<io::CsvOptions> csv = ctx.csvOptions();
    if (!csv)
        return UsageError;

    auto workbook = io::readSpreadsheet(path, *csv);
    if (!workbook)
        return ctx.fail(workbook.error());
    const bool includeHidden = ctx.parser.isSet(QLatin1String(opt::includeHiddenRows));
    // --sheet NAME: that sheet alone, hidden or not.
    int onlySheet = -1;
    if (ctx.parser.isSet(QLatin1String(opt::sheet))) {
        const QString wanted = ctx.parser.value(QLatin1String(opt::sheet));
        QStringList names;
        for (int i = 0; i < workbook->sheets.size(); ++i) {
            names << QStringLiteral("“%1”").arg(workbook->sheets.at(i).name);
            if (onlySheet < 0
                && text::fold(workbook->sheets.at(i).name).simplified()
                    == text::fold(wanted).simplified())
                onlySheet = i;
        }
        if (onlySheet < 0)
            return ctx.fail(
                QCoreApplication::translate("Cli", "“%1” has no sheet “%2”; its sheets are %3.")
                    .arg(QDir::toNativeSeparators(path), wanted, names.join(QStringLiteral(", "))),
                UsageError);
    }
    const bool severalSheets = onlySheet < 0 && workbook->sheets.size() > 1;

    // Every visible sheet that holds a list (a district sends its unions' lists on a sheet
    // each), each checked before anything is written: a sheet that cannot be imported stops
    // them all. A hidden sheet (an old version, a guide) is read only when --sheet names it.
    QList<SheetPlan> plans;
    QStringList hiddenLists; // hidden sheets holding a list, left out
    {
        const import::UnitMatcher units(import::loadImportContext(*session).units);
        for (int i = 0; i < workbook->sheets.size(); ++i) {
            if (onlySheet >= 0 && i != onlySheet)
                continue;
            const io::Sheet &sheet = workbook->sheets.at(i);
            SheetPlan plan;
            plan.index = i;
            plan.header = import::findHeader(sheet);
            if (plan.header.row < 0)
                continue;
            if (onlySheet < 0 && sheet.isHidden()) {
                hiddenLists << sheet.name;
                continue;
            }
            plan.options.includeHiddenRows = includeHidden;
            // The union that sends the people: --unit, or the list's own title, or what was
            // remembered, or the file's name.
            plan.sender = *unitId
                ? import::Sender { *unitId, import::Sender::From::Nowhere, {} }
                : import::findSender(&session->database(), import::titleLines(sheet, plan.header),
                                     units, path, import::signatureLines(sheet, plan.header));
            plan.options.defaultUnitId = plan.sender.unitId;
            plan.options.headerRow = plan.header.row;
            plan.options.mapping = import::mappingFor(session->database(), plan.sender.unitId,
                                                      sheet, plan.header, units);
            if (!plan.options.mapping->hasName()) {
                if (severalSheets)
                    continue; // a sheet of totals or notes beside the list
                return ctx.fail(
                    QCoreApplication::translate(
                        "Cli", "No column of “%1” holds the names (“Họ và tên” or “Tên”).")
                        .arg(QDir::toNativeSeparators(path)));
            }
            if (plan.sender.unitId == 0 && !plan.options.mapping->has(import::Field::Unit)) {
                const QString what = severalSheets
                    ? QCoreApplication::translate("Cli", "The sheet “%1” of “%2”")
                          .arg(sheet.name, QDir::toNativeSeparators(path))
                    : QStringLiteral("\"%1\"").arg(QDir::toNativeSeparators(path));
                return ctx.fail(
                    QCoreApplication::translate(
                        "Cli",
                        "%1 does not say which union sends these people: no column "
                        "names units of the directory, and no title line names one (such "
                        "as “Đơn vị: Huyện đoàn …”). Give it with --unit NAME; nothing "
                        "was written.")
                        .arg(what));
            }
            plans << std::move(plan);
        }
    }
    for (const QString &name : std::as_const(hiddenLists))
        (plans.isEmpty() ? ctx.err : ctx.out)
            << QCoreApplication::translate("Cli",
                                           "The sheet “%1” is hidden in the file and was not "
                                           "read (--sheet “%1” reads it).")
                   .arg(name)
            << '\n';
    if (plans.isEmpty())
        return ctx.fail(
            onlySheet >= 0
                ? QCoreApplication::translate("Cli",
                                              "The sheet “%1” of “%2” has no header row (a row "
                                              "with “Họ và tên”, “Đơn vị”, …).")
                      .arg(workbook->sheets.at(onlySheet).name, QDir::toNativeSeparators(path))
                : QCoreApplication::translate("Cli",
                                              "No visible sheet of “%1” has a header row (a row "
                                              "with “Họ và tên”, “Đơn vị”, …).")
                      .arg(QDir::toNativeSeparators(path)));

    import::UnitChoices choices;
    choices.createAll = ctx.parser.isSet(QLatin1String(opt::createUnits));
    bool anything = false;
    for (const SheetPlan &plan : std::as_const(plans)) {
        io::Sheet *sheet = &workbook->sheets[plan.index];
        if (plans.size() > 1 || !hiddenLists.isEmpty())
            ctx.out << QCoreApplication::translate("Cli", "Sheet “%1”:").arg(sheet->name) << '\n';
        // Read again for each sheet: the people of the sheets before are in the event now.
        import::ImportContext context = import::loadImportContext(*session);
        const import::UnitMatcher units(context.units);
        if (plan.sender.unitId != 0)
            ctx.out << QCoreApplication::translate("Cli", "Sent by %1 (from %2).")
                           .arg(units.name(plan.sender.unitId),
                                senderSource(plan.sender, *unitId != 0))
                    << '\n';

        // Each problem on its row, once every row is checked.
        import::ImportCounts c;
        QStringList unknownUnits;
        const auto report = [&](const import::ImportPreview &preview) {
            for (const QString &note : preview.hiddenNotes)
                ctx.out << note << '\n';
            QStringList hiddenRows; // left out, said once for all
            for (const import::ImportRow &r : preview.rows) {
                if (r.hiddenInFile && r.decision == import::Decision::Skip) {
                    hiddenRows << QString::number(r.fileRow);
                    continue;
                }
                for (const import::Problem &p : r.problems)
                    ctx.out << QCoreApplication::translate("Cli", "row %1: %2")
                                   .arg(r.fileRow)
                                   .arg(p.message)
                            << '\n';
                const bool adds = r.decision == import::Decision::Import
                    || r.decision == import::Decision::KeepBoth;
                if (!r.blocked() && adds && !preview.hasUnit(r, choices))
                    ctx.out << QCoreApplication::translate("Cli", "row %1: %2")
                                   .arg(r.fileRow)
                                   .arg(r.unitUnknown
                                            ? QCoreApplication::translate(
                                                  "Cli",
                                                  "left out: “%1” is not a unit of the "
                                                  "directory (--create-units creates it, --unit "
                                                  "NAME puts the row under that unit).")
                                                  .arg(r.unitName)
                                            : QCoreApplication::translate(
                                                "Cli",
                                                "left out: the row names no unit (--unit NAME "
                                                "gives one)."))
                            << '\n';
            }
            if (!hiddenRows.isEmpty())
                ctx.out << QCoreApplication::translate(
                               "Cli",
                               "%n row(s) hidden in the file left out (row(s) %1); "
                               "--include-hidden-rows imports them.",
                               nullptr, int(hiddenRows.size()))
                               .arg(hiddenRows.join(QStringLiteral(", ")))
                        << '\n';
            c = preview.counts(choices);
            unknownUnits = preview.unknownUnits;
        };
        int unitsCreated = 0;
        if (dryRun) {
            report(import::buildImportPreview(*sheet, context, plan.options));
            unitsCreated = choices.createAll ? int(unknownUnits.size()) : 0;
        } else {
            // Each row is written as soon as it is checked, while the next ones are checked.
            const auto outcome = import::importStreaming(*session, std::move(*sheet), context,
                                                         plan.options, choices, report);
            if (!outcome)
                return ctx.fail(outcome.error());
            unitsCreated = outcome->unitsCreated;
        }
        ctx.out << summaryOf(c, choices, unknownUnits, unitsCreated,
                             plan.sender.unitId ? units.name(plan.sender.unitId) : QString(),
                             dryRun)
                << '\n';
        ctx.out.flush();
        // A list imported before adds nothing, and that is not a failure.
        anything = anything || c.total() != 0 || c.skipped != 0;
    }

    if (!anything) // nothing was written
        return ctx.fail(QCoreApplication::translate("Cli", "Nothing in “%1” can be imported.")
                            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

int runExportAttendees(Context &ctx)
{
    const QString path = ctx.args.value(1);
    if (path.isEmpty() || ctx.args.size() > 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Usage: export attendees FILE.csv|FILE.xlsx [--unit NAME]"),
                        UsageError);
    Session *session = ctx.openEventSession(Database::Access::ReadOnly);
    if (!session)
        return ctx.failureCode();
    const auto unitId = ctx.unitOption(*session, opt::unit);
    if (!unitId)
        return Failure;
    exporting::Selection which;
    which.unitId = *unitId;
    int rows = 0;
    if (Status s = exporting::exportAttendees(*session, path, which, &rows); !s)
        return ctx.fail(s.error());
    ctx.out << QCoreApplication::translate("Cli", "%n attendee(s) written to %1", nullptr, rows)
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
    // A list too large to import again is still written (it opens in Excel), but the user
    // who means to move it to another event learns now, not at the import.
    if (const QString warning = io::importRefusalWarning(path); !warning.isEmpty())
        ctx.err << warning << '\n';
    return Success;
}

} // namespace dd::cli
