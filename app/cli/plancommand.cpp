// `plan show` and `plan switch in-person|online --reason TEXT`; the switch goes through the
// undo stack with the window's own command, so the log and the checks are the same.
#include "cli/clicontext.h"

#include "edit/commands.h"

#include <QCoreApplication>

namespace dd::cli {

namespace {

QString planName(PlanKind kind)
{
    return QStringLiteral("%1 (%2)").arg(planWord(kind), planKindVietnamese(kind));
}

int showPlans(Context &ctx)
{
    Session *s = ctx.openEventSession(Database::Access::ReadOnly);
    if (!s)
        return ctx.failureCode();
    const Event event = s->event().value_or(Event {});
    QTextStream &out = ctx.out;
    out << "event: " << event.id << " – " << event.title << '\n';
    if (event.personalDataErasedAt.isValid())
        out << "personal data erased: "
            << event.personalDataErasedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\n';
    out << "active plan: " << planName(event.activePlan) << '\n';
    for (const Plan &p : s->events().plans(event.id)) {
        out << '\n'
            << "plan " << p.number << ": " << planName(p.kind)
            << (p.kind == event.activePlan ? " – active" : "") << '\n';
        out << "  name: " << p.name << '\n';
        out << "  condition: " << p.condition << '\n';
        out << "  venue: " << p.venue << '\n';
        out << "  capacity: "
            << (p.capacity > 0 ? QString::number(p.capacity) : QStringLiteral("0 (no limit)"))
            << '\n';
        out << "  livestream: " << p.livestreamUrl << '\n';
        out << "  start time: "
            << (p.startTime.isValid() ? p.startTime.toString(QStringLiteral("HH:mm")) : QString())
            << '\n';
    }
    const QList<PlanSwitch> log = s->events().switches(event.id);
    out << '\n' << "switch log:" << (log.isEmpty() ? " none" : "") << '\n';
    for (const PlanSwitch &sw : log)
        ctx.writeRow(
            { QStringLiteral("  ") + sw.switchedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
              planWord(sw.from) + QStringLiteral(" → ") + planWord(sw.to), sw.reason });
    return Success;
}

} // namespace

int runPlanSwitch(Context &ctx)
{
    if (ctx.args.size() < 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Say which plan: plan switch in-person|online --reason TEXT."),
                        UsageError);
    if (ctx.args.size() > 2)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(2)),
            UsageError);
    const std::optional<PlanKind> to = planFromWord(ctx.args.at(1));
    if (!to)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unknown plan “%1”: use in-person or online.")
                .arg(ctx.args.at(1)),
            UsageError);
    const QString reason = ctx.parser.value(QLatin1String(opt::reason)).trimmed();
    if (reason.isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say why the plan changes with --reason TEXT; it is kept in "
                            "the log of switches."),
                        UsageError);

    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    if (s->activePlan() == *to)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "%1 is already the active plan; nothing was changed.")
                            .arg(planKindLabel(*to)));
    if (!s->push(commands::switchPlan(s, *to, reason)))
        return ctx.fail(s->lastError());
    ctx.out << "active plan: " << planName(s->activePlan()) << '\n';
    return Success;
}

int runPlanSet(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which plan: plan set in-person|online [--venue TEXT|none] "
                            "[--livestream URL|none]."),
                        UsageError);
    const std::optional<PlanKind> kind = planFromWord(ctx.args.at(1));
    if (!kind)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unknown plan “%1”: use in-person or online.")
                .arg(ctx.args.at(1)),
            UsageError);
    if (!isSet(ctx, opt::venue) && !isSet(ctx, opt::livestream))
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Say what to set: --venue TEXT|none or --livestream URL|none."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    std::optional<Plan> before;
    for (const Plan &p : s->events().plans(s->eventId()))
        if (p.kind == *kind)
            before = p;
    if (!before)
        return ctx.fail(
            QCoreApplication::translate("Cli", "The event has no %1 plan.").arg(planWord(*kind)));
    const auto orNone = [&](const char *o) {
        const QString t = value(ctx, o).trimmed();
        return t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : t;
    };
    Plan after = *before;
    if (isSet(ctx, opt::venue))
        after.venue = orNone(opt::venue);
    if (isSet(ctx, opt::livestream))
        after.livestreamUrl = orNone(opt::livestream);
    if (!s->push(commands::editPlan(s, *before, after)))
        return ctx.fail(s->lastError());
    return showPlans(ctx);
}

int runPlanShow(Context &ctx)
{
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    return showPlans(ctx);
}

} // namespace dd::cli
