#include "storage/eventrepository.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using EventColumn = TableColumn<Event>;
using PlanColumn = TableColumn<Plan>;
using SwitchColumn = TableColumn<PlanSwitch>;
using SettingsColumn = TableColumn<DocumentSettings>;

// A row of document_numbers: one kind of paper's numbering in one event.
struct DocumentNumber
{
    qint64 eventId = 0;
    PaperKind kind = PaperKind::PersonInvitation;
    QString symbol;
    int nextNumber = 1;
    QDate signedOn;
    QDate answerBy;
    qint64 rowVersion = 0;

    DocumentNumber() = default;
    DocumentNumber(qint64 event, PaperKind k, const PaperNumbering &n)
        : eventId(event)
        , kind(k)
        , symbol(n.symbol)
        , nextNumber(n.nextNumber)
        , signedOn(n.signedOn)
        , answerBy(n.answerBy)
        , rowVersion(n.rowVersion)
    { }
    PaperNumbering numbering() const
    {
        return PaperNumbering { symbol, nextNumber, signedOn, answerBy, rowVersion };
    }
};
using NumberColumn = TableColumn<DocumentNumber>;

QString foldedTitle(const Event &e)
{
    return text::fold(e.title);
}

const SqlTable<Event> &events()
{
    static const SqlTable<Event> table(
        QStringLiteral("events"),
        {
            EventColumn::key<&Event::id>("id"),
            EventColumn::text<&Event::title, Tidy::Line>("title"),
            EventColumn::derived<&foldedTitle>("title_folded"),
            EventColumn::text<&Event::organiser, Tidy::Line>("organiser"),
            EventColumn::text<&Event::parentPlanRef, Tidy::Block>("parent_plan_ref"),
            EventColumn::text<&Event::schemeRef, Tidy::Block>("scheme_ref"),
            EventColumn::text<&Event::introduction, Tidy::Block>("introduction"),
            EventColumn::text<&Event::purpose, Tidy::Block>("purpose"),
            EventColumn::text<&Event::requirements, Tidy::Block>("requirements"),
            EventColumn::text<&Event::content, Tidy::Block>("content"),
            EventColumn::integer<&Event::plannedYear>("planned_year"),
            EventColumn::integer<&Event::plannedMonth>("planned_month"),
            EventColumn::date<&Event::date>("event_date"),
            EventColumn::time<&Event::latestEndTime>("latest_end_time"),
            EventColumn::enumKey<&Event::activePlan, planKindKey, planKindFromKey>("active_plan"),
            EventColumn::date<&Event::questionDeadline>("question_deadline"),
            EventColumn::integer<&Event::minQuestionsPerHost>("min_questions_per_host"),
            EventColumn::text<&Event::intakeEmail, Tidy::Trim>("intake_email"),
            EventColumn::text<&Event::intakeContact, Tidy::Block>("intake_contact"),
            EventColumn::text<&Event::intakePhone, Tidy::Trim>("intake_phone"),
            EventColumn::text<&Event::closingText, Tidy::Block>("closing_text"),
            EventColumn::text<&Event::planText, Tidy::Block>("plan_text"),
            EventColumn::text<&Event::reportAssessment, Tidy::Block>("report_assessment"),
            EventColumn::text<&Event::reportProposals, Tidy::Block>("report_proposals"),
            EventColumn::dateTime<&Event::personalDataErasedAt>("personal_data_erased_at"),
            EventColumn::flag<&Event::sample>("is_sample"),
            EventColumn::version<&Event::rowVersion>("row_version"),
        });
    return table;
}

const SqlTable<Plan> &planTable()
{
    static const SqlTable<Plan> table(
        QStringLiteral("plans"),
        {
            PlanColumn::key<&Plan::id>("id"),
            PlanColumn::integer<&Plan::eventId>("event_id"),
            PlanColumn::enumKey<&Plan::kind, planKindKey, planKindFromKey>("kind"),
            PlanColumn::integer<&Plan::number>("number"),
            PlanColumn::text<&Plan::name, Tidy::Line>("name"),
            PlanColumn::text<&Plan::condition, Tidy::Block>("condition"),
            PlanColumn::text<&Plan::description, Tidy::Block>("description"),
            PlanColumn::text<&Plan::venue, Tidy::Line>("venue"),
            PlanColumn::text<&Plan::livestreamUrl, Tidy::Trim>("livestream_url"),
            PlanColumn::integer<&Plan::capacity>("capacity"),
            PlanColumn::time<&Plan::startTime>("start_time"),
            PlanColumn::version<&Plan::rowVersion>("row_version"),
        });
    return table;
}

const SqlTable<PlanSwitch> &planSwitches()
{
    static const SqlTable<PlanSwitch> table(
        QStringLiteral("plan_switches"),
        {
            SwitchColumn::key<&PlanSwitch::id>("id"),
            SwitchColumn::integer<&PlanSwitch::eventId>("event_id"),
            SwitchColumn::dateTime<&PlanSwitch::switchedAt>("switched_at"),
            SwitchColumn::enumKey<&PlanSwitch::from, planKindKey, planKindFromKey>("from_kind"),
            SwitchColumn::enumKey<&PlanSwitch::to, planKindKey, planKindFromKey>("to_kind"),
            SwitchColumn::text<&PlanSwitch::reason, Tidy::Line>("reason"),
        });
    return table;
}

// One row per event, written whole (upsert); the paper numbers live in document_numbers.
const SqlTable<DocumentSettings> &documentSettingsTable()
{
    static const SqlTable<DocumentSettings> table(
        QStringLiteral("document_settings"),
        {
            SettingsColumn::key<&DocumentSettings::eventId>("event_id"),
            SettingsColumn::text<&DocumentSettings::issuingBodyLine1, Tidy::Line>(
                "issuing_body_line1"),
            SettingsColumn::text<&DocumentSettings::issuingBodyLine2, Tidy::Line>(
                "issuing_body_line2"),
            SettingsColumn::text<&DocumentSettings::partyLine, Tidy::Line>("party_line"),
            SettingsColumn::text<&DocumentSettings::placeName, Tidy::Line>("place_name"),
            SettingsColumn::text<&DocumentSettings::signerCapacity, Tidy::Line>("signer_capacity"),
            SettingsColumn::text<&DocumentSettings::signerTitle, Tidy::Line>("signer_title"),
            SettingsColumn::text<&DocumentSettings::signerName, Tidy::Line>("signer_name"),
            SettingsColumn::text<&DocumentSettings::preparerName, Tidy::Line>("preparer_name"),
            SettingsColumn::lines<&DocumentSettings::recipients>("recipients"),
            SettingsColumn::text<&DocumentSettings::contactLine, Tidy::Block>("contact_line"),
            SettingsColumn::text<&DocumentSettings::whatToBring, Tidy::Block>("what_to_bring"),
            SettingsColumn::version<&DocumentSettings::rowVersion>("row_version"),
        },
        SqlTable<DocumentSettings>::Key::Given);
    return table;
}

// Symbol, next number and dates of each kind of paper of an event ("Số: 12-GM/TĐTN-VP").
const SqlTable<DocumentNumber> &documentNumbers()
{
    static const SqlTable<DocumentNumber> table(
        QStringLiteral("document_numbers"),
        {
            NumberColumn::keyPart(NumberColumn::integer<&DocumentNumber::eventId>("event_id")),
            NumberColumn::keyPart(
                NumberColumn::enumKey<&DocumentNumber::kind, paperKindKey, paperKindFromKey>(
                    "paper_kind")),
            NumberColumn::text<&DocumentNumber::symbol, Tidy::Line>("symbol"),
            NumberColumn::integer<&DocumentNumber::nextNumber>("next_number"),
            NumberColumn::date<&DocumentNumber::signedOn>("signed_on"),
            NumberColumn::date<&DocumentNumber::answerBy>("answer_by"),
            NumberColumn::version<&DocumentNumber::rowVersion>("row_version"),
        },
        SqlTable<DocumentNumber>::Key::Given);
    return table;
}

// A conflict on a paper's numbering, named in a clerk's words ("số tiếp theo của Giấy mời").
Error namedNumberConflict(const Error &e, PaperKind kind)
{
    const RowConflict *c = e.conflict();
    if (!c)
        return e;
    RowConflict named = *c;
    const QString paper = paperKindLabel(kind);
    if (named.field == QLatin1String("symbol"))
        named.subject = QCoreApplication::translate("RowConflict", "the symbol of %1").arg(paper);
    else if (named.field == QLatin1String("signed_on"))
        named.subject
            = QCoreApplication::translate("RowConflict", "the signing date of %1").arg(paper);
    else if (named.field == QLatin1String("answer_by"))
        named.subject
            = QCoreApplication::translate("RowConflict", "the answer deadline of %1").arg(paper);
    else
        named.subject
            = QCoreApplication::translate("RowConflict", "the next number of %1").arg(paper);
    QString message = sql::conflictMessage(named);
    return Error(std::move(message), std::move(named));
}

} // namespace

EventRepository::EventRepository(Database &db)
    : m_db(db)
{ }

QList<Event> EventRepository::list()
{
    return events().select(m_db, QStringLiteral("ORDER BY id"), {});
}

std::optional<Event> EventRepository::get(qint64 id)
{
    return events().get(m_db, id);
}

Result<qint64> EventRepository::insert(const Event &event)
{
    if (text::clean(event.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "An event needs a title."));
    if (event.plannedMonth < 0 || event.plannedMonth > 12)
        return Error(QCoreApplication::translate("Storage", "The month must be between 1 and 12."));
    return events().insertTidied(m_db, Entity::Events, event);
}

Status EventRepository::update(const Event &event, const Event *read)
{
    if (text::clean(event.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "An event needs a title."));
    return events().updateTidied(m_db, Entity::Events, event, read);
}

Status EventRepository::remove(qint64 id)
{
    if (Status s = events().remove(m_db, { id }); !s)
        return s;
    m_db.markChanged(Entity::All);
    return {};
}

QList<Plan> EventRepository::plans(qint64 eventId)
{
    return planTable().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY number"),
                              { eventId });
}

std::optional<Plan> EventRepository::plan(qint64 eventId, PlanKind kind)
{
    for (const Plan &p : plans(eventId))
        if (p.kind == kind)
            return p;
    return std::nullopt;
}

Status EventRepository::updatePlan(const Plan &p, const Plan *read)
{
    if (p.capacity < 0)
        return Error(QCoreApplication::translate("Storage", "The capacity cannot be negative."));
    return planTable().updateTidied(m_db, Entity::Plans, p, read);
}

Result<qint64> EventRepository::savePlan(const Plan &p)
{
    if (p.capacity < 0)
        return Error(QCoreApplication::translate("Storage", "The capacity cannot be negative."));
    const Plan tidy = planTable().tidied(p);
    Result<qint64> id = p.id;
    if (p.id == 0)
        id = planTable().insert(m_db, tidy);
    else if (Status s = planTable().update(m_db, tidy); !s)
        return Error(s.error());
    if (!id)
        return id;
    m_db.markChanged(Entity::Plans);
    return id;
}

Result<qint64> EventRepository::switchPlan(qint64 eventId, PlanKind to, const QString &reason,
                                           const QDateTime &when, qint64 *eventVersion)
{
    const auto event = get(eventId);
    if (!event)
        return Error(QCoreApplication::translate("Storage", "The event no longer exists."));
    if (event->activePlan == to)
        return Error(
            QCoreApplication::translate("Storage", "This plan is already the active one."));
    return writeSwitch(PlanSwitch { 0, eventId, when, event->activePlan, to, reason },
                       eventVersion);
}

Status EventRepository::setActivePlan(qint64 eventId, PlanKind from, PlanKind to,
                                      qint64 *eventVersion)
{
    const auto now = get(eventId);
    if (!now)
        return Error(QCoreApplication::translate("Storage", "The event no longer exists."));
    // The switch is a write of the event's row: over the version the desk read, like an edit.
    Event read = *now;
    read.activePlan = from;
    read.rowVersion = *eventVersion;
    Event after = *now;
    after.activePlan = to;
    after.rowVersion = *eventVersion + 1;
    if (Status s = update(after, &read); !s)
        return s;
    *eventVersion = after.rowVersion;
    return {};
}

Status EventRepository::undoSwitch(const PlanSwitch &s, qint64 *eventVersion)
{
    Transaction t(m_db);
    if (Status st = setActivePlan(s.eventId, s.to, s.from, eventVersion); !st)
        return st;
    if (Status st = planSwitches().remove(m_db, { s.id }); !st)
        return st;
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Status EventRepository::insertSwitch(const PlanSwitch &s, qint64 *eventVersion)
{
    if (const Result<qint64> id = writeSwitch(s, eventVersion); !id)
        return Error(id.error());
    return {};
}

Result<qint64> EventRepository::writeSwitch(const PlanSwitch &s, qint64 *eventVersion)
{
    Transaction t(m_db);
    if (Status st = setActivePlan(s.eventId, s.from, s.to, eventVersion); !st)
        return Error(st.error());
    const Result<qint64> id = planSwitches().insert(m_db, planSwitches().tidied(s));
    if (!id)
        return id;
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return id;
}

QList<PlanSwitch> EventRepository::switches(qint64 eventId)
{
    return planSwitches().select(
        m_db, QStringLiteral("WHERE event_id = ? ORDER BY switched_at, id"), { eventId });
}

DocumentSettings EventRepository::documentSettings(qint64 eventId)
{
    DocumentSettings s = documentSettingsTable().get(m_db, eventId).value_or(DocumentSettings());
    s.eventId = eventId;
    for (const DocumentNumber &n :
         documentNumbers().select(m_db, QStringLiteral("WHERE event_id = ?"), { eventId }))
        s.numbering.insert(n.kind, n.numbering());
    return s;
}

Status EventRepository::saveDocumentSettings(const DocumentSettings &s)
{
    Transaction t(m_db);
    if (Status saved = documentSettingsTable().upsert(m_db, documentSettingsTable().tidied(s));
        !saved)
        return saved;
    for (auto it = s.numbering.cbegin(); it != s.numbering.cend(); ++it) {
        if (it->nextNumber < 1)
            return Error(
                QCoreApplication::translate("Storage", "A paper number must be 1 or more."));
        if (Status saved = documentNumbers().upsert(
                m_db, documentNumbers().tidied(DocumentNumber(s.eventId, it.key(), *it)));
            !saved)
            return saved;
    }
    m_db.markChanged(Entity::Documents);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Status EventRepository::saveDocumentSettings(DocumentSettings &s, const DocumentSettings &read)
{
    Transaction t(m_db);
    DocumentSettings mine = documentSettingsTable().tidied(s);
    const DocumentSettings was = documentSettingsTable().tidied(read);
    mine.rowVersion = s.rowVersion = was.rowVersion + 1;
    // Only what the edit changed is written (and checked): a paper printed at another desk
    // moves that paper's number, which is no conflict with a new letterhead.
    if (documentSettingsTable().sameColumns(mine, was))
        s.rowVersion = read.rowVersion;
    else if (Status saved = documentSettingsTable().write(m_db, mine, was); !saved)
        return saved;
    for (auto it = s.numbering.begin(); it != s.numbering.end(); ++it) {
        if (it->nextNumber < 1)
            return Error(
                QCoreApplication::translate("Storage", "A paper number must be 1 or more."));
        DocumentNumber number = documentNumbers().tidied(DocumentNumber(s.eventId, it.key(), *it));
        const DocumentNumber numberRead = documentNumbers().tidied(
            DocumentNumber(s.eventId, it.key(), read.numbering.value(it.key(), PaperNumbering())));
        number.rowVersion = it->rowVersion = numberRead.rowVersion + 1;
        if (documentNumbers().sameColumns(number, numberRead))
            it->rowVersion = numberRead.rowVersion;
        else if (Status saved = documentNumbers().write(m_db, number, numberRead); !saved)
            return namedNumberConflict(saved.errorValue(), it.key());
    }
    m_db.markChanged(Entity::Documents);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Result<int> EventRepository::takeNextNumber(qint64 eventId, PaperKind kind,
                                            std::pair<qint64, qint64> *versions)
{
    DocumentNumber key;
    key.eventId = eventId;
    key.kind = kind;
    // Two desks printing at once both read the same number; the second write is refused (its
    // version is gone) and reads again, so no number is handed out twice.
    for (int attempt = 0; attempt < 8; ++attempt) {
        Transaction t(m_db);
        const std::optional<DocumentNumber> now = documentNumbers().find(m_db, key);
        DocumentNumber next = now.value_or(key);
        const int number = next.nextNumber;
        next.nextNumber = number + 1;
        // A new row gets version 1 like every stored row (0 means "no row" to an edit of the
        // numbering, which would then find it and refuse).
        if (!now)
            next.rowVersion = 1;
        const Status written = now ? documentNumbers().update(m_db, next)
                                   : Status(documentNumbers().write(m_db, next, key));
        if (!written) {
            if (written.conflict())
                continue;
            return Error(written.error());
        }
        m_db.markChanged(Entity::Documents);
        if (!t.commit())
            return Error(m_db.lastError());
        if (versions)
            *versions = { now ? now->rowVersion : 0, now ? now->rowVersion + 1 : 1 };
        return number;
    }
    return Error(QCoreApplication::translate(
        "Storage", "Another desk is taking paper numbers at the same time; try again."));
}

Status EventRepository::claim(const Event &row)
{
    return events().claim(m_db, events().tidied(row));
}

} // namespace dd
