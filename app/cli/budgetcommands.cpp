// `budget add SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both]
// [--note TEXT]`, `budget set ID …` (also --actual AMOUNT|none, the amount spent) and
// `budget remove ID`: the lines of the budget estimate, through the same builders as the
// Budget tab.
#include "cli/clicontext.h"

#include "domain/inputrules.h"
#include "edit/budgetactions.h"
#include "text/numberwords.h"

#include <QCoreApplication>

namespace dd::cli {

namespace {

// --price and --actual: whole numbers of đồng, "12.500.000" as a clerk types money.
bool amountOption(Context &ctx, const char *option, qint64 *to)
{
    if (!isSet(ctx, option))
        return true;
    const auto v = inputrules::readAmount(value(ctx, option));
    if (!v) {
        ctx.fail(QCoreApplication::translate(
                     "Cli",
                     "--%1 takes a whole number of zero or more, such as 12500000 or "
                     "12.500.000; “%2” is not one.")
                     .arg(QLatin1String(option), value(ctx, option)),
                 UsageError);
        return false;
    }
    *to = *v;
    return true;
}

// The options every edit of a line takes, applied to `item`; false after writing the error.
bool applyOptions(Context &ctx, BudgetItem *item)
{
    if (isSet(ctx, opt::measure))
        item->measure = value(ctx, opt::measure);
    if (isSet(ctx, opt::note))
        item->note = value(ctx, opt::note);
    if (isSet(ctx, opt::plan)) {
        const auto plans = budgetPlansFromKey(value(ctx, opt::plan));
        if (!plans) {
            ctx.fail(QCoreApplication::translate(
                         "Cli", "Unknown plan “%1”: use in-person, online or both.")
                         .arg(value(ctx, opt::plan)),
                     UsageError);
            return false;
        }
        item->plans = *plans;
    }
    if (isSet(ctx, opt::qty)) {
        // "1.5" or "1,5": a quantity may have decimals (1,5 ngày), a price may not.
        const Result<qint64> q = inputrules::readQuantity(value(ctx, opt::qty));
        if (!q) {
            ctx.fail(q.error(), UsageError);
            return false;
        }
        item->quantityMilli = *q;
    }
    if (!amountOption(ctx, opt::price, &item->unitPrice))
        return false;
    if (isSet(ctx, opt::actual)) {
        if (value(ctx, opt::actual).compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            item->actualAmount.reset();
        } else {
            qint64 actual = 0;
            if (!amountOption(ctx, opt::actual, &actual))
                return false;
            item->actualAmount = actual;
        }
    }
    return true;
}

// The totals after an edit, so that the clerk sees what changed.
void writeTotals(Context &ctx, Session &s)
{
    const QList<BudgetItem> items = s.budget().list(s.eventId());
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online })
        ctx.out << "total (" << planWord(kind)
                << "): " << text::groupedNumber(budgetTotal(items, kind)) << '\n';
    ctx.out.flush();
}

std::optional<BudgetItem> lineArgument(Context &ctx, Session &s, const QString &arg)
{
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    const auto item = ok ? s.budget().get(id) : std::nullopt;
    if (!item || item->eventId != s.eventId()) {
        ctx.fail(QCoreApplication::translate(
                     "Cli", "There is no budget line %1. “dialoguedesk list budget” shows them.")
                     .arg(arg));
        return std::nullopt;
    }
    return item;
}

} // namespace

int runBudgetAdd(Context &ctx)
{
    if (ctx.args.size() != 3)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say the section and the content: budget add SECTION TEXT --measure "
                            "U --qty N --price P [--plan in-person|online|both]."),
                        UsageError);
    if (isSet(ctx, opt::actual))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "The amount spent is entered afterwards: budget set ID --actual "
                            "AMOUNT."),
                        UsageError);
    BudgetItem item;
    item.section = ctx.args.at(1).trimmed();
    item.content = ctx.args.at(2).trimmed();
    if (!applyOptions(ctx, &item))
        return UsageError;
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    item.eventId = s->eventId();
    auto *cmd = budgetactions::addItem(s, item);
    if (!s->push(cmd))
        return ctx.fail(s->lastError());
    const QList<BudgetItem> items = s->budget().list(s->eventId());
    ctx.out << "added: " << items.last().id << '\n';
    writeTotals(ctx, *s);
    return Success;
}

int runBudgetSet(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which line: budget set ID [--qty N] [--price P] [--measure U] "
                            "[--plan P] [--note TEXT] [--actual AMOUNT|none]."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    auto item = lineArgument(ctx, *s, ctx.args.at(1));
    if (!item)
        return Failure;
    if (!applyOptions(ctx, &*item))
        return UsageError;
    QString why;
    QUndoCommand *cmd = budgetactions::editItem(s, *item, &why);
    if (!cmd)
        return ctx.fail(why);
    if (!s->push(cmd))
        return ctx.fail(s->lastError());
    writeTotals(ctx, *s);
    return Success;
}

int runBudgetRemove(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate("Cli", "Say which line: budget remove ID."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const auto item = lineArgument(ctx, *s, ctx.args.at(1));
    if (!item)
        return Failure;
    if (!s->push(budgetactions::removeItems(s, { item->id })))
        return ctx.fail(s->lastError());
    writeTotals(ctx, *s);
    return Success;
}

} // namespace dd::cli
