// `task add`, `task set N` and `task remove N`: the overview's task list (Add task…, its cells
// Phụ trách, Hạn and Xong, Delete task) for a terminal or a script. N is the position that
// `list tasks` prints.
#include "cli/clicontext.h"

#include "edit/commands.h"

#include <QCoreApplication>

namespace dd::cli {

namespace {

// --owner as the overview's Phụ trách cell takes it: a unit of the directory when its name is
// written as the directory writes it, other words as written; "none" leaves it blank.
void applyOwner(Session &s, Task &t, const QString &typed)
{
    const QString owner = typed.simplified();
    t.ownerUnitId = 0;
    t.ownerLabel.clear();
    if (owner.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || owner.isEmpty())
        return;
    for (const Unit &u : s.units().list())
        if (u.name == owner)
            t.ownerUnitId = u.id;
    if (!t.ownerUnitId)
        t.ownerLabel = owner;
}

// The task at position `arg` of list tasks, read for writing; nullopt after writing the error.
std::optional<Task> taskNumbered(Context &ctx, const QString &arg)
{
    bool isNumber = false;
    const int number = arg.toInt(&isNumber);
    if (!isNumber || number < 1) {
        ctx.fail(QCoreApplication::translate("Cli",
                                             "The task number “%1” is not a position (1, 2, …) "
                                             "of list tasks; nothing was changed.")
                     .arg(arg),
                 UsageError);
        return std::nullopt;
    }
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return std::nullopt;
    for (const Task &t : s->tasks().list(s->eventId()))
        if (t.position == number)
            return t;
    ctx.fail(QCoreApplication::translate(
                 "Cli", "No task has the number %1 (see list tasks); nothing was changed.")
                 .arg(number));
    return std::nullopt;
}

} // namespace

int runTaskAdd(Context &ctx)
{
    if (ctx.args.size() != 2 || ctx.args.at(1).trimmed().isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say what is to be done, in quotes: task add “TEXT” [--owner TEXT] "
                            "[--due YYYY-MM-DD]."),
                        UsageError);
    std::optional<QDate> due;
    if (!ctx.dateOption(opt::due, &due))
        return ctx.failureCode();
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    Task t;
    t.eventId = s->eventId();
    t.description = ctx.args.at(1);
    t.position = commands::nextTaskPosition(s);
    if (isSet(ctx, opt::owner))
        applyOwner(*s, t, value(ctx, opt::owner));
    t.dueDate = due.value_or(QDate());
    if (!s->push(commands::addTask(s, t)))
        return ctx.fail(s->lastError());
    ctx.out << t.position << '\n';
    return Success;
}

int runTaskSet(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which task: task set N [--text TEXT] [--owner TEXT|none] [--due "
                            "YYYY-MM-DD|none] [--done yes|no]; N is its position in list tasks."),
                        UsageError);
    if (!isSet(ctx, opt::text) && !isSet(ctx, opt::owner) && !isSet(ctx, opt::due)
        && !isSet(ctx, opt::done))
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "Say what to set: --text TEXT, --owner TEXT|none, --due "
                                        "YYYY-MM-DD|none or --done yes|no."),
            UsageError);
    if (isSet(ctx, opt::text) && value(ctx, opt::text).isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "A task needs a text (task remove N takes it away)."),
                        UsageError);
    std::optional<QDate> due;
    if (!ctx.dateOption(opt::due, &due))
        return ctx.failureCode();
    std::optional<bool> done;
    if (!yesNoOption(ctx, opt::done, &done))
        return ctx.failureCode();
    const std::optional<Task> read = taskNumbered(ctx, ctx.args.at(1));
    if (!read)
        return ctx.failureCode();
    Session *s = ctx.session();
    Task t = *read;
    if (isSet(ctx, opt::text))
        t.description = value(ctx, opt::text);
    if (isSet(ctx, opt::owner))
        applyOwner(*s, t, value(ctx, opt::owner));
    if (due)
        t.dueDate = *due;
    if (done)
        t.done = *done;
    if (!s->push(commands::editTaskFrom(s, *read, t)))
        return ctx.fail(s->lastError());
    return Success;
}

int runTaskRemove(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Say which task: task remove N (its position in list tasks)."),
                        UsageError);
    const std::optional<Task> task = taskNumbered(ctx, ctx.args.at(1));
    if (!task)
        return ctx.failureCode();
    Session *s = ctx.session();
    if (!s->push(commands::removeTasks(s, { task->id }, { { task->id, task->rowVersion } })))
        return ctx.fail(s->lastError());
    return Success;
}

} // namespace dd::cli
