// `event show`, `event set [--date D] [--start HH:MM] [--title T]` and `agenda set N …`: the
// event's date and times and the programme, through the window's own undoable edits. A
// changed fact that the plan's text states too is said on stderr.
#include "cli/clicontext.h"

#include "documents/papertext.h"
#include "documents/plantext.h"
#include "edit/commands.h"
#include "services/eventsetup.h"
#include "services/paperservice.h"
#include "services/planfacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace dd::cli {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("(not set)");
}

QString clockText(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QStringLiteral("(not set)");
}

// Says on stderr where the plan's text still states what was just changed.
void remindPlanText(Context &ctx, const PlanFacts &before, const PlanFacts &after)
{
    for (const QString &line : planTextReminders(before, after))
        ctx.err << "dialoguedesk: " << QCoreApplication::translate("Cli", "note: ") << line << '\n';
    ctx.err.flush();
}

// The event as `event show` prints it; with `withText` the plan's words at the end.
int showEvent(Context &ctx, bool withText)
{
    Session *s = ctx.openEventSession(Database::Access::ReadOnly);
    if (!s)
        return ctx.failureCode();
    const Event e = s->event().value_or(Event {});
    QTextStream &out = ctx.out;
    out << "event: " << e.id << " – " << e.title << '\n';
    out << "organiser: " << e.organiser << '\n';
    out << "date: " << isoDate(e.date) << '\n';
    out << "planned: "
        << (e.plannedMonth > 0 ? QStringLiteral("%1/%2").arg(e.plannedMonth).arg(e.plannedYear)
                               : QString::number(e.plannedYear))
        << '\n';
    out << "time on the papers: " << documents::papertext::eventTime(e, nullptr) << '\n';
    out << "active plan: " << planWord(e.activePlan) << '\n';
    for (const Plan &p : s->events().plans(e.id))
        out << "start time (" << planWord(p.kind) << "): " << clockText(p.startTime) << '\n';
    out << "latest end: " << clockText(e.latestEndTime) << '\n';
    out << "questions due: " << isoDate(e.questionDeadline) << '\n';
    out << "questions per host unit: " << e.minQuestionsPerHost << '\n';
    out << "questions to: " << e.intakeEmail << '\n';
    out << "contact: " << e.intakeContact << (e.intakePhone.isEmpty() ? "" : ", ") << e.intakePhone
        << '\n';
    const int paragraphs = int(documents::plantext::paragraphs(e.planText).size());
    out << "plan text: "
        << (paragraphs > 0 ? QStringLiteral("%1 paragraphs of its own").arg(paragraphs)
                           : QStringLiteral("none of its own (drafted from the facts)"))
        << '\n';
    const DocumentSettings settings = s->events().documentSettings(e.id);
    out << "papers signed by: " << settings.signerName << '\n';
    out << "signature: "
        << QStringList { settings.signerCapacity, settings.signerTitle, settings.signerName }.join(
               QStringLiteral(" / "))
        << '\n';
    out << "letterhead: " << settings.issuingBodyLine1 << '\n';
    out << "place: " << settings.placeName << '\n';
    out << "papers prepared by: "
        << (settings.preparerName.isEmpty() ? QStringLiteral("(blank)") : settings.preparerName)
        << '\n';
    out << '\n' << "papers (signed on, next number):" << '\n';
    for (PaperKind k : kAllPaperKinds) {
        const PaperNumbering n = settings.numbering.value(k);
        QStringList cells { QStringLiteral("  ") + paperKindKey(k),
                            n.signedOn.isValid() ? isoDate(n.signedOn) : QStringLiteral("(blank)"),
                            QString::number(std::max(1, n.nextNumber)) };
        if (k == PaperKind::ForwardLetter)
            cells << QStringLiteral("answers by ")
                    + (n.answerBy.isValid() ? isoDate(n.answerBy) : QStringLiteral("(blank)"));
        ctx.writeRow(cells);
    }
    if (!withText)
        return Success;
    // The words the plan prints, as `event set --plan-text` takes them back.
    out << '\n' << "plan text:" << '\n';
    out << (e.planText.trimmed().isEmpty() ? documents::plantext::draft(paperservice::paperData(*s))
                                           : e.planText)
        << '\n';
    return Success;
}

} // namespace

int runEventNew(Context &ctx)
{
    if (ctx.args.size() != 2 || ctx.args.at(1).trimmed().isEmpty())
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Give the event a title: event new TITLE [--organiser TEXT]."),
                        UsageError);
    Event event;
    event.title = ctx.args.at(1).simplified();
    event.organiser = value(ctx, opt::organiser);
    event.plannedYear = QDate::currentDate().year(); // as the window's New event starts
    // Empty like the window's "(start empty)": another province's event shares nothing with
    // the sample. A new file is made with the event, whole or not at all.
    qint64 id = 0;
    const auto create = [&](Database &db) -> Status {
        const Result<qint64> made = createEvent(db, event);
        if (!made)
            return Error(made.error());
        id = *made;
        return {};
    };
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadWrite, create);
    if (!db)
        return ctx.failureCode();
    if (id == 0) {
        if (Status s = create(*db); !s)
            return ctx.fail(s.error());
    }
    // The id alone on stdout, for scripts (--event ID); the words with the messages.
    ctx.out << id << '\n';
    ctx.err
        << QCoreApplication::translate("Cli", "Created the event %1: %2.").arg(id).arg(event.title)
        << '\n';
    return Success;
}

int runEventShow(Context &ctx)
{
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    return showEvent(ctx, true);
}

int runEventSet(Context &ctx)
{
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    static const char *const paperOptions[] = { opt::preparer, opt::signer, opt::signerTitle,
                                                opt::onBehalf, opt::place,  opt::issuingBody };
    const bool paperSettings = std::any_of(std::begin(paperOptions), std::end(paperOptions),
                                           [&](const char *o) { return isSet(ctx, o); });
    if (!isSet(ctx, opt::date) && !isSet(ctx, opt::start) && !isSet(ctx, opt::title)
        && !isSet(ctx, opt::planText) && !paperSettings)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say what to set: event set [--date YYYY-MM-DD|none] "
                            "[--start HH:MM|none] [--title TEXT] [--preparer NAME|none] "
                            "[--signer NAME|none] [--signer-title TEXT] [--on-behalf TEXT|none] "
                            "[--place TEXT] [--issuing-body TEXT] [--plan-text FILE]."),
                        UsageError);
    // The lines every paper needs cannot be emptied: a paper without them is not one.
    for (const char *o : { opt::signerTitle, opt::place, opt::issuingBody })
        if (isSet(ctx, o) && value(ctx, o).trimmed().isEmpty())
            return ctx.fail(
                QCoreApplication::translate("Cli", "--%1 needs a text.").arg(QLatin1String(o)),
                UsageError);
    std::optional<QString> planText;
    if (isSet(ctx, opt::planText)) {
        QFile file(value(ctx, opt::planText));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(
                QCoreApplication::translate("Cli", "Cannot read %1: %2.")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (utf8.hasError() || text.trimmed().isEmpty())
            return ctx.fail(QCoreApplication::translate(
                                "Cli", "%1 is not a UTF-8 text with the plan's paragraphs.")
                                .arg(QDir::toNativeSeparators(file.fileName())));
        planText = text;
    }
    std::optional<QDate> date;
    if (!ctx.dateOption(opt::date, &date))
        return UsageError;
    std::optional<QTime> start;
    if (isSet(ctx, opt::start)) {
        const QString text = value(ctx, opt::start);
        const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
        if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            start = QTime();
        else if (t.isValid())
            start = t;
        else
            return ctx.fail(
                QCoreApplication::translate("Cli",
                                            "--start takes a time as HH:MM (for example 07:30), or "
                                            "none: “%1” is not one.")
                    .arg(text),
                UsageError);
    }
    if (isSet(ctx, opt::title) && value(ctx, opt::title).isEmpty())
        return ctx.fail(QCoreApplication::translate("Cli", "The event needs a title."), UsageError);

    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const PlanFacts before = PlanFacts::of(*s);
    Event after = before.event;
    if (date)
        after.date = *date;
    if (isSet(ctx, opt::title))
        after.title = value(ctx, opt::title);
    if (planText)
        after.planText = *planText;
    std::optional<DocumentSettings> settings;
    if (paperSettings) {
        settings = s->events().documentSettings(s->eventId());
        // A text, or "none" for a line left blank.
        const auto orNone = [&](const char *o) {
            const QString t = value(ctx, o).trimmed();
            return t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : t;
        };
        if (isSet(ctx, opt::preparer))
            settings->preparerName = orNone(opt::preparer);
        if (isSet(ctx, opt::signer))
            settings->signerName = orNone(opt::signer);
        if (isSet(ctx, opt::onBehalf))
            settings->signerCapacity = orNone(opt::onBehalf);
        if (isSet(ctx, opt::signerTitle))
            settings->signerTitle = value(ctx, opt::signerTitle).trimmed();
        if (isSet(ctx, opt::place))
            settings->placeName = value(ctx, opt::place).trimmed();
        if (isSet(ctx, opt::issuingBody))
            settings->issuingBodyLine1 = value(ctx, opt::issuingBody).trimmed();
    }
    const bool eventChanged = date || isSet(ctx, opt::title) || planText;
    QUndoCommand *group = commands::setEvent(s, eventChanged ? std::optional(after) : std::nullopt,
                                             before.plans, start, settings);
    if (group && !s->push(group))
        return ctx.fail(s->lastError());
    remindPlanText(ctx, before, PlanFacts::of(*s));
    return showEvent(ctx, false);
}

int runAgendaAdd(Context &ctx)
{
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    AgendaItem item;
    item.title = value(ctx, opt::title).trimmed();
    if (item.title.isEmpty())
        return ctx.fail(
            QCoreApplication::translate("Cli", "Say what the item is: agenda add --title TEXT."),
            UsageError);
    if (isSet(ctx, opt::minutes)) {
        bool ok = false;
        item.durationMinutes = value(ctx, opt::minutes).toInt(&ok);
        if (!ok || item.durationMinutes < 0 || item.durationMinutes > 1440)
            return ctx.fail(QCoreApplication::translate(
                                "Cli", "--minutes takes a number of minutes from 0 to 1440."),
                            UsageError);
    }
    item.presenter = value(ctx, opt::presenter).trimmed();
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    item.eventId = s->eventId();
    // After the last item, whatever the positions the window gave them.
    for (const AgendaItem &a : s->agenda().list(s->eventId()))
        item.position = std::max(item.position, a.position + 10);
    if (item.position == 0)
        item.position = 10;
    if (!s->push(commands::addAgendaItem(s, item)))
        return ctx.fail(s->lastError());
    ctx.out << "added: " << item.title << '\n';
    ctx.out.flush();
    return Success;
}

int runAgendaSet(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say which item: agenda set N [--minutes M] [--presenter TEXT] "
                            "[--title TEXT] [--online-title TEXT]; N is its position in "
                            "“list agenda”."),
                        UsageError);
    bool isNumber = false;
    const int number = ctx.args.at(1).toInt(&isNumber);
    if (!isNumber || number < 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "The item number “%1” is not a position (1, 2, …).")
                .arg(ctx.args.at(1)),
            UsageError);
    if (!isSet(ctx, opt::minutes) && !isSet(ctx, opt::presenter) && !isSet(ctx, opt::title)
        && !isSet(ctx, opt::onlineTitle))
        return ctx.fail(QCoreApplication::translate(
                            "Cli",
                            "Say what to set: --minutes M, --presenter TEXT, --title TEXT "
                            "or --online-title TEXT."),
                        UsageError);
    std::optional<int> minutes;
    if (isSet(ctx, opt::minutes)) {
        bool ok = false;
        const int m = value(ctx, opt::minutes).toInt(&ok);
        if (!ok || m < 0 || m > 1440)
            return ctx.fail(QCoreApplication::translate(
                                "Cli", "--minutes takes a number of minutes from 0 to 1440."),
                            UsageError);
        minutes = m;
    }

    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const QList<AgendaItem> items = s->agenda().list(s->eventId());
    if (number > items.size())
        return ctx.fail(
            QCoreApplication::translate("Cli", "The programme has %n item(s); there is no item %1.",
                                        nullptr, int(items.size()))
                .arg(number));
    AgendaItem item = items.at(number - 1);
    if (minutes)
        item.durationMinutes = *minutes;
    if (isSet(ctx, opt::presenter))
        item.presenter = value(ctx, opt::presenter);
    if (isSet(ctx, opt::title))
        item.title = value(ctx, opt::title);
    if (isSet(ctx, opt::onlineTitle))
        item.onlineTitle = value(ctx, opt::onlineTitle);
    if (!s->push(commands::editAgendaItem(s, item)))
        return ctx.fail(s->lastError());
    ctx.writeRow({ QString::number(number), item.title, item.onlineTitle, item.presenter,
                   QString::number(item.durationMinutes) });
    return Success;
}

} // namespace dd::cli
