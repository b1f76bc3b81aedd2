// `check`: looks at a data file without changing it (read-only, never created or migrated).
#include "cli/clicontext.h"

#include "storage/eventrepository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>

namespace dd::cli {

int runCheck(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.first()),
            UsageError);
    const QString path = ctx.databasePath();
    const std::unique_ptr<Database> opened = ctx.openDatabase(Database::Access::ReadOnly);
    if (!opened)
        return ctx.failureCode();
    Database &db = *opened;

    const QString integrity = db.integrityCheck().trimmed();
    const bool ok = integrity == QLatin1String("ok");
    QTextStream &out = ctx.out;
    // A server's address without its password.
    out << "file: " << (db.isServer() ? db.path() : QDir::toNativeSeparators(path)) << '\n';
    if (ok) {
        out << "integrity: ok\n";
    } else {
        // SQLite's own lines go to the log (DIALOGUEDESK_DEBUG=1): the user gets the count.
        const QStringList problems = integrity.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : problems)
            qCWarning(lcStorage) << "integrity:" << line;
        out << "integrity: problems (" << problems.size() << ")\n";
    }
    out << "schema version: " << db.schemaVersion() << '\n';
    out << "events: " << EventRepository(db).list().size() << '\n';
    out.flush();
    if (!ok)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "The file “%1” has integrity problems. Open a copy saved "
                            "earlier, or save what can be read with File ▸ Save a copy.")
                            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace dd::cli
