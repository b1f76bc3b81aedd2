// `import attendees FILE [--unit NAME] [--dry-run]` and `export attendees FILE.csv|FILE.xlsx
// [--unit NAME]`: the same pipeline as the window's import dialog and export menu.
#include "cli/clicontext.h"

#include "import/attendeecommit.h"
#include "import/rememberedmapping.h"
#include "io/spreadsheetreader.h"
#include "services/attendeeexport.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

namespace dd::cli {

int runImportAttendees(Context &ctx)
{
    const QString path = ctx.args.value(1);
    if (path.isEmpty() || ctx.args.size() > 2)
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "Usage: import attendees FILE [--unit NAME] [--dry-run] [--encoding NAME]"),
            UsageError);
    const bool dryRun = ctx.parser.isSet(QLatin1String(opt::dryRun));
    // A dry run opens the file read-only: it cannot write anything, whatever happens.
    Session *session
        = ctx.openEventSession(dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
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
    const int sheetIndex = import::firstSheetWithHeader(*workbook);
    if (sheetIndex < 0)
        return ctx.fail(
            QCoreApplication::translate(
                "Cli",
                "No sheet of \"%1\" has a header row (a row with \"Họ và tên\", \"Đơn vị\", …).")
                .arg(QDir::toNativeSeparators(path)));

    io::Sheet *sheet = &workbook->sheets[sheetIndex];
    const import::HeaderInfo header = import::findHeader(*sheet);
    import::ImportOptions options;
    options.defaultUnitId = *unitId;
    options.headerRow = header.row;
    options.mapping = import::mappingFor(session->database(), *unitId, header.headers);
    if (!options.mapping->hasName())
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "No column of \"%1\" holds the names (\"Họ và tên\" or \"Tên\").")
                .arg(QDir::toNativeSeparators(path)));

    // Each problem on its row, once every row is checked.
    import::ImportCounts c;
    qsizetype unknownUnits = 0;
    const auto report = [&](const import::ImportPreview &preview) {
        for (const import::ImportRow &r : preview.rows)
            for (const import::Problem &p : r.problems)
                ctx.out << QCoreApplication::translate("Cli", "row %1: %2")
                               .arg(r.fileRow)
                               .arg(p.message)
                        << '\n';
        c = preview.counts();
        unknownUnits = preview.unknownUnits.size();
    };
    if (dryRun) {
        report(import::buildImportPreview(*sheet, import::loadImportContext(*session), options));
    } else {
        // Each row is written as soon as it is checked, while the next ones are checked.
        const auto outcome = import::importStreaming(
            *session, std::move(*sheet), import::loadImportContext(*session), options, report);
        if (!outcome)
            return ctx.fail(outcome.error());
    }
    QStringList summary;
    summary << (dryRun ? QCoreApplication::translate("Cli", "%n would be added", nullptr, c.toAdd)
                       : QCoreApplication::translate("Cli", "%n added", nullptr, c.toAdd));
    summary << (dryRun
                    ? QCoreApplication::translate("Cli", "%n would be updated", nullptr, c.toUpdate)
                    : QCoreApplication::translate("Cli", "%n updated", nullptr, c.toUpdate));
    summary << QCoreApplication::translate("Cli", "%n duplicate(s) skipped", nullptr, c.skipped);
    summary << QCoreApplication::translate("Cli", "%n row(s) with errors not imported", nullptr,
                                           c.errors);
    if (unknownUnits > 0)
        summary << QCoreApplication::translate(
            "Cli",
            "%n unit(s) not in the directory (not created; their people get the --unit unit)",
            nullptr, int(unknownUnits));
    if (dryRun)
        summary << QCoreApplication::translate("Cli", "nothing written (--dry-run)");
    ctx.out << summary.join(QStringLiteral(", ")) << '\n';
    ctx.out.flush();

    if (c.total() == 0) // nothing was written
        return ctx.fail(QCoreApplication::translate("Cli", "Nothing in \"%1\" can be imported.")
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
    return Success;
}

} // namespace dd::cli
