// `report set [--assessment TEXT] [--proposals TEXT]`: the clerk's words in the results report
// (đánh giá, đề xuất), one paragraph per line; `print report` prints it.
#include "cli/clicontext.h"

#include "edit/reportedits.h"

#include <QCoreApplication>

namespace dd::cli {

int runReportSet(Context &ctx)
{
    const bool assessment = ctx.parser.isSet(QLatin1String(opt::assessment));
    const bool proposals = ctx.parser.isSet(QLatin1String(opt::proposals));
    if (ctx.args.size() != 1 || (!assessment && !proposals))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say what to write: report set [--assessment TEXT] [--proposals "
                            "TEXT]; a line break starts a new paragraph."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    // "\n" typed in a shell argument starts a new paragraph too.
    const auto text = [&](bool set, const char *option) -> std::optional<QString> {
        if (!set)
            return std::nullopt;
        return ctx.parser.value(QLatin1String(option))
            .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    };
    QUndoCommand *edit = reportedits::setText(s, text(assessment, opt::assessment),
                                              text(proposals, opt::proposals));
    if (edit && !s->push(edit))
        return ctx.fail(s->lastError());
    return Success;
}

} // namespace dd::cli
