// `import questions FILE…` and `export questions FILE [--agency NAME]`: the question intake and
// the forwarding export of the window, for batch work.
#include "cli/clicontext.h"

#include "edit/commands.h"
#include "edit/questionactions.h"
#include "import/attendeecommit.h"
#include "import/questionimport.h"
#include "services/questionexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dd::cli {

int runImportQuestions(Context &ctx)
{
    const QStringList paths = ctx.args.mid(1);
    if (paths.isEmpty())
        return ctx.fail(
            QCoreApplication::translate(
                "Cli",
                "Say which files to import: import questions FILE… (CSV, XLSX, ODS, XLS or "
                ".eml; a folder gives its files)."),
            UsageError);
    for (const QString &p : paths)
        if (!QFileInfo::exists(p))
            return ctx.fail(QCoreApplication::translate("Cli", "The file “%1” does not exist.")
                                .arg(QDir::toNativeSeparators(p)));
    const bool dryRun = ctx.parser.isSet(QLatin1String(opt::dryRun));
    Session *session = ctx.openEventSession(dryRun);
    if (!session)
        return ctx.failureCode();
    // --unit: the union of the senders the file does not name (0: none given).
    const std::optional<qint64> unitGiven = ctx.unitOption(*session, opt::unit);
    if (!unitGiven)
        return Failure;
    const qint64 unitForUnknown = *unitGiven;

    const std::optional<io::CsvOptions> csv = ctx.csvOptions();
    if (!csv)
        return UsageError;
    import::ImportPreview batch = importQuestionsFromFiles(
        *session, paths, *csv, ctx.parser.isSet(QLatin1String(opt::includeHiddenRows)));
    // --unit: the unit of the rows whose sender or unit is not in the directory.
    for (import::ImportRow &row : batch.rows)
        if (row.unitUnknown && !row.question().unitId && unitForUnknown)
            row.question().unitId = unitForUnknown;
    // One line per problem; the same problem on every item of one e-mail is said once.
    QString lastLine;
    for (const import::ImportRow &row : std::as_const(batch.rows)) {
        const QString message
            = import::questionMessage(row).replace(QLatin1Char('\n'), QStringLiteral("; "));
        if (message.isEmpty())
            continue;
        const QString file = import::sourceFile(row);
        QString line
            = (row.ready() ? QString() : QCoreApplication::translate("Cli", "not imported: "))
            + message;
        const bool waits = row.unitUnknown && !row.question().unitId;
        if (waits)
            line += QLatin1Char(' ')
                + QCoreApplication::translate("Cli",
                                              "(add --unit NAME to import it for that unit)");
        if (file + line == lastLine)
            continue;
        lastLine = file + line;
        ctx.err << (waits ? file : row.questionFields().source) << QStringLiteral(": ") << line
                << '\n';
    }
    ctx.err.flush();
    for (const QString &note : std::as_const(batch.hiddenNotes))
        ctx.out << note << '\n';
    int hiddenLeftOut = 0;
    for (const import::ImportRow &row : std::as_const(batch.rows))
        hiddenLeftOut += row.hiddenInFile && row.decision == import::Decision::Skip;
    if (hiddenLeftOut > 0)
        ctx.out << QCoreApplication::translate("Cli",
                                               "%n row(s) hidden in the file left out; "
                                               "--include-hidden-rows imports them.",
                                               nullptr, hiddenLeftOut)
                << '\n';
    const int ready = int(import::questionsToImport(batch).size());
    if (ready == 0)
        return ctx.fail(QCoreApplication::translate("Cli", "Nothing was imported."));
    if (dryRun) {
        ctx.out << QCoreApplication::translate(
            "Cli", "%n question(s) would be imported (dry run: nothing was changed).", nullptr,
            ready)
                << '\n';
        return Success;
    }
    // A workbook with a list on each sheet: every sheet with a header is imported, each under
    // the union its own title names, as `import attendees` does; each is said with its count.
    QStringList perSheet;
    for (const QString &sheet : questionSheets(batch)) {
        int n = 0;
        for (const import::ImportRow &row : std::as_const(batch.rows))
            n += row.questionFields().sheet == sheet && row.ready();
        perSheet << QCoreApplication::translate("Cli", "Sheet “%1”: %n question(s).", nullptr, n)
                        .arg(sheet);
    }
    // The window's commit: one command, one transaction.
    const Result<import::ImportOutcome> done = import::commitImport(*session, std::move(batch), {});
    if (!done)
        return ctx.fail(done.error());
    if (perSheet.size() > 1)
        for (const QString &line : std::as_const(perSheet))
            ctx.out << line << '\n';
    ctx.out << QCoreApplication::translate("Cli", "Imported %n question(s).", nullptr, done->added)
            << '\n';
    return Success;
}

int runExportQuestions(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "Say where to write: export questions FILE.xlsx|FILE.csv [--agency NAME]."),
            UsageError);
    const QString path = ctx.args.at(1);
    const bool forAgency = ctx.parser.isSet(QLatin1String(opt::agency));
    Session *session = ctx.openEventSession(forAgency ? Database::Access::ReadWrite
                                                      : Database::Access::ReadOnly);
    if (!session)
        return ctx.failureCode();
    qint64 agencyId = 0;
    if (forAgency) {
        const auto id = ctx.unitOption(*session, opt::agency);
        if (!id)
            return Failure;
        agencyId = *id;
    }
    const QuestionExport e = buildQuestionExport(*session, agencyId, true);
    if (Status s = writeQuestionExport(path, e); !s)
        return ctx.fail(s.error());
    if (QUndoCommand *cmd
        = questionactions::recordForwarding(session, e.toRecord, QDate::currentDate());
        cmd && !session->push(cmd))
        return ctx.fail(session->lastError());
    ctx.out << QCoreApplication::translate("Cli", "Wrote %n question(s) to %1.", nullptr,
                                           int(e.questions.size()))
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
    if (!e.toRecord.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "Recorded %n question(s) as forwarded today.",
                                               nullptr, int(e.toRecord.size()))
                << '\n';
    return Success;
}

namespace {

// The questions of the event named by `words` (their ids), or std::nullopt after the error.
std::optional<QList<qint64>> questionIds(Context &ctx, Session &s, const QStringList &words)
{
    QList<qint64> ids;
    for (const QString &w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        const auto q = ok ? s.questions().get(id) : std::nullopt;
        if (!q || q->eventId != s.eventId()) {
            ctx.fail(QCoreApplication::translate(
                         "Cli",
                         "There is no question %1 in this event. “dialoguedesk list "
                         "questions” shows their ids.")
                         .arg(w));
            return std::nullopt;
        }
        ids << id;
    }
    return ids;
}

// `question VERB ID --text TEXT`: the question named, in the event opened for writing; or,
// once the failure is reported, nothing (`code` then holds the exit code).
struct OneQuestion
{
    Session *session = nullptr;
    qint64 id = 0;
};
std::optional<OneQuestion> oneQuestionWithText(Context &ctx, const QString &usage, int &code)
{
    if (ctx.args.size() != 2 || !ctx.parser.isSet(QLatin1String(opt::text))) {
        code = ctx.fail(usage, UsageError);
        return std::nullopt;
    }
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s) {
        code = ctx.failureCode();
        return std::nullopt;
    }
    const auto ids = questionIds(ctx, *s, { ctx.args.at(1) });
    if (!ids) {
        code = Failure;
        return std::nullopt;
    }
    return OneQuestion { s, ids->first() };
}

} // namespace

int runQuestionForward(Context &ctx)
{
    if (ctx.args.size() < 2 || !ctx.parser.isSet(QLatin1String(opt::agency)))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which questions and where: question forward ID… --agency "
                            "NAME [--date YYYY-MM-DD]."),
                        UsageError);
    std::optional<QDate> date;
    if (!ctx.dateOption(opt::date, &date))
        return UsageError;
    if (date && !date->isValid())
        return ctx.fail(QCoreApplication::translate("Cli", "--date needs a date here."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const auto agency = ctx.unitOption(*s, opt::agency);
    if (!agency)
        return Failure;
    const auto ids = questionIds(ctx, *s, ctx.args.mid(1));
    if (!ids)
        return Failure;
    // Without a date the questions are assigned: the covering letter or the export records
    // the day they go out.
    QUndoCommand *cmd
        = questionactions::forward(s, *ids, *agency, date.value_or(QDate()), date.has_value());
    if (!cmd || !s->push(cmd))
        return ctx.fail(s->lastError());
    const QString name = s->units().get(*agency)->name;
    ctx.out << (date ? QCoreApplication::translate("Cli", "Forwarded %n question(s) to %1 on %2.",
                                                   nullptr, int(ids->size()))
                           .arg(name, date->toString(QStringLiteral("yyyy-MM-dd")))
                     : QCoreApplication::translate(
                           "Cli",
                           "Assigned %n question(s) to %1; “print forward --agency” writes the "
                           "covering letter and records the day they are sent.",
                           nullptr, int(ids->size()))
                           .arg(name))
            << '\n';
    return Success;
}

int runQuestionAnswer(Context &ctx)
{
    int code = Success;
    const auto one = oneQuestionWithText(
        ctx,
        QCoreApplication::translate("Cli",
                                    "Say which question and the answer: question answer "
                                    "ID --text TEXT [--by WHO]."),
        code);
    if (!one)
        return code;
    Session *s = one->session;
    QUndoCommand *cmd = questionactions::answer(
        s, one->id, ctx.parser.value(QLatin1String(opt::text)),
        ctx.parser.value(QLatin1String(opt::by)), QDateTime::currentDateTime());
    if (!cmd) {
        ctx.out << QCoreApplication::translate("Cli", "The answer is already recorded.") << '\n';
        return Success;
    }
    if (!s->push(cmd))
        return ctx.fail(s->lastError());
    const Question q = *s->questions().get(one->id);
    ctx.out << QCoreApplication::translate("Cli", "Question %1: %2.")
                   .arg(q.id)
                   .arg(questionStatusLabel(q.status))
            << '\n';
    return Success;
}

int runQuestionNote(Context &ctx)
{
    int code = Success;
    const auto one = oneQuestionWithText(
        ctx,
        QCoreApplication::translate(
            "Cli", "Say which question and the note: question note ID --text TEXT."),
        code);
    if (!one)
        return code;
    Session *s = one->session;
    QUndoCommand *cmd
        = questionactions::setNote(s, one->id, ctx.parser.value(QLatin1String(opt::text)));
    if (!cmd) {
        ctx.out << QCoreApplication::translate("Cli", "The note is already that.") << '\n';
        return Success;
    }
    if (!s->push(cmd))
        return ctx.fail(s->lastError());
    const Question q = *s->questions().get(one->id);
    ctx.out << (q.note.isEmpty()
                    ? QCoreApplication::translate("Cli", "Question %1: note removed.").arg(q.id)
                    : QCoreApplication::translate("Cli", "Question %1: note saved.").arg(q.id))
            << '\n';
    return Success;
}

int runTopicAdd(Context &ctx)
{
    if (ctx.args.size() != 2 || ctx.args.at(1).trimmed().isEmpty())
        return ctx.fail(QCoreApplication::translate("Cli", "Give the topic: topic add TITLE."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const QList<Topic> topics = s->questions().topics(s->eventId());
    Topic t;
    t.eventId = s->eventId();
    t.position = topics.isEmpty() ? 1 : topics.last().position + 1; // as the Topics dialog adds
    t.title = ctx.args.at(1).simplified();
    if (!s->push(commands::addTopic(s, t)))
        return ctx.fail(s->lastError());
    ctx.out << QCoreApplication::translate("Cli", "Topic %1: %2.").arg(t.position).arg(t.title)
            << '\n';
    return Success;
}

int runQuestionClassify(Context &ctx)
{
    if (ctx.args.size() < 2 || !isSet(ctx, opt::topic))
        return ctx.fail(
            QCoreApplication::translate("Cli",
                                        "Say which questions and the topic: question classify ID… "
                                        "--topic N."),
            UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    // N as `list questions` shows it in its topic column.
    const QString number = value(ctx, opt::topic);
    std::optional<Topic> topic;
    for (const Topic &t : s->questions().topics(s->eventId()))
        if (QString::number(t.position) == number)
            topic = t;
    if (!topic)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "The event has no topic %1; add one with topic add TITLE.")
                            .arg(number),
                        UsageError);
    const auto ids = questionIds(ctx, *s, ctx.args.mid(1));
    if (!ids)
        return Failure;
    QUndoCommand *cmd = questionactions::classify(s, *ids, topic->id);
    if (!cmd) {
        ctx.out << QCoreApplication::translate("Cli", "Nothing to change.") << '\n';
        return Success;
    }
    if (!s->push(cmd))
        return ctx.fail(s->lastError());
    ctx.out << QCoreApplication::translate("Cli", "Classified %n question(s) under topic %1.",
                                           nullptr, int(ids->size()))
                   .arg(topic->position)
            << '\n';
    return Success;
}

// A question entered by hand, as the questions tab's Add… does: the dialog's text check, the
// submitter linked to the attendee of that full name, received today unless --date says.
int runQuestionAdd(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "question add takes its text with --text: question add --text TEXT "
                            "[--unit NAME] [--submitter NAME] [--kind KIND] [--date YYYY-MM-DD]."),
                        UsageError);
    const QString textTyped = ctx.parser.value(QLatin1String(opt::text));
    if (textTyped.trimmed().isEmpty())
        return ctx.fail(
            QCoreApplication::translate("dd::QuestionDialog", "Enter the text of the question."),
            UsageError);
    Question q;
    if (isSet(ctx, opt::kind)) {
        const QString key = value(ctx, opt::kind).toLower();
        q.kind = questionKindFromKey(key);
        if (questionKindKey(q.kind) != key)
            return ctx.fail(QCoreApplication::translate(
                                "Cli",
                                "--kind takes question, recommendation, proposal or initiative, "
                                "not “%1”; nothing was added.")
                                .arg(key),
                            UsageError);
    }
    std::optional<QDate> day;
    if (!ctx.dateOption(opt::date, &day))
        return ctx.failureCode();
    if (day && !day->isValid())
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "A question is received on a day: --date YYYY-MM-DD."),
                        UsageError);
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const std::optional<qint64> unit = ctx.unitOption(*s, opt::unit);
    if (!unit)
        return ctx.failureCode();
    q.eventId = s->eventId();
    q.unitId = *unit;
    q.text = textTyped;
    q.receivedOn = day.value_or(QDate::currentDate());
    q.submitter = value(ctx, opt::submitter);
    if (!q.submitter.isEmpty())
        for (const Attendee &a : s->attendees().list(s->eventId()))
            if (!q.submitterAttendeeId && a.fullName().trimmed() == q.submitter)
                q.submitterAttendeeId = a.id;
    const QList<Question> before = s->questions().list(s->eventId());
    if (!s->push(commands::addQuestions(s, { q })))
        return ctx.fail(s->lastError());
    for (const qint64 id : addedIds(before, s->questions().list(s->eventId())))
        ctx.out << id << '\n';
    return Success;
}

} // namespace dd::cli
