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
        },
        SqlTable<DocumentSettings>::Key::Given);
    return table;
}

template<typename Record>
Record tidied(const SqlTable<Record> &table, Record r)
{
    table.tidy(r);
    return r;
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
    const Result<qint64> id = events().insert(m_db, tidied(events(), event));
    if (id)
        m_db.markChanged(Entity::Events, *id);
    return id;
}

Status EventRepository::update(const Event &event, const Event *read)
{
    if (text::clean(event.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "An event needs a title."));
    std::optional<Event> readTidied;
    if (Status s = events().update(m_db, tidied(events(), event),
                                   read ? &readTidied.emplace(tidied(events(), *read)) : nullptr);
        !s)
        return s;
    m_db.markChanged(Entity::Events, event.id);
    return {};
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

Result<qint64> EventRepository::savePlan(const Plan &p)
{
    if (p.capacity < 0)
        return Error(QCoreApplication::translate("Storage", "The capacity cannot be negative."));
    const Plan tidy = tidied(planTable(), p);
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
                                           const QDateTime &when)
{
    const auto event = get(eventId);
    if (!event)
        return Error(QCoreApplication::translate("Storage", "The event no longer exists."));
    if (event->activePlan == to)
        return Error(
            QCoreApplication::translate("Storage", "This plan is already the active one."));
    return writeSwitch(PlanSwitch { 0, eventId, when, event->activePlan, to, reason });
}

Status EventRepository::undoSwitch(qint64 eventId, qint64 switchId, PlanKind previous)
{
    Transaction t(m_db);
    if (!m_db.exec(QStringLiteral("UPDATE events SET active_plan = ? WHERE id = ?"),
                   { planKindKey(previous), eventId }))
        return Error(m_db.lastError());
    if (Status s = planSwitches().remove(m_db, { switchId }); !s)
        return s;
    m_db.markChanged(Entity::Events, eventId);
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Status EventRepository::insertSwitch(const PlanSwitch &s)
{
    if (const Result<qint64> id = writeSwitch(s); !id)
        return Error(id.error());
    return {};
}

Result<qint64> EventRepository::writeSwitch(const PlanSwitch &s)
{
    Transaction t(m_db);
    if (!m_db.exec(QStringLiteral("UPDATE events SET active_plan = ? WHERE id = ?"),
                   { planKindKey(s.to), s.eventId }))
        return Error(m_db.lastError());
    const Result<qint64> id = planSwitches().insert(m_db, tidied(planSwitches(), s));
    if (!id)
        return id;
    m_db.markChanged(Entity::Events, s.eventId);
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
    QSqlQuery n(m_db.connection());
    n.prepare(QStringLiteral(
        "SELECT paper_kind, symbol, next_number, signed_on, answer_by FROM document_numbers "
        "WHERE event_id = ?"));
    sql::run(m_db, n, { eventId });
    while (n.next())
        s.numbering.insert(
            paperKindFromKey(n.value(0).toString()),
            PaperNumbering { n.value(1).toString(), n.value(2).toInt(),
                             QDate::fromString(n.value(3).toString(), Qt::ISODate),
                             QDate::fromString(n.value(4).toString(), Qt::ISODate) });
    return s;
}

Status EventRepository::saveDocumentSettings(const DocumentSettings &s)
{
    Transaction t(m_db);
    if (Status saved = documentSettingsTable().upsert(m_db, tidied(documentSettingsTable(), s));
        !saved)
        return saved;
    const QString numbers
        = m_db.dialect().upsertSql(QStringLiteral("document_numbers"),
                                   { QStringLiteral("event_id"), QStringLiteral("paper_kind") },
                                   { QStringLiteral("symbol"), QStringLiteral("next_number"),
                                     QStringLiteral("signed_on"), QStringLiteral("answer_by") });
    for (auto it = s.numbering.cbegin(); it != s.numbering.cend(); ++it) {
        if (it->nextNumber < 1)
            return Error(
                QCoreApplication::translate("Storage", "A paper number must be 1 or more."));
        if (!m_db.exec(numbers,
                       { s.eventId, paperKindKey(it.key()), text::clean(it->symbol), it->nextNumber,
                         sql::date(it->signedOn), sql::date(it->answerBy) }))
            return Error(m_db.lastError());
    }
    m_db.markChanged(Entity::Documents);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Result<int> EventRepository::takeNextNumber(qint64 eventId, PaperKind kind)
{
    Transaction t(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT next_number FROM document_numbers WHERE event_id = ? AND paper_kind = ?"));
    sql::run(m_db, q, { eventId, paperKindKey(kind) });
    const int number = q.next() ? q.value(0).toInt() : 1;
    if (!m_db.exec(
            m_db.dialect().upsertSql(QStringLiteral("document_numbers"),
                                     { QStringLiteral("event_id"), QStringLiteral("paper_kind") },
                                     { QStringLiteral("next_number") }),
            { eventId, paperKindKey(kind), number + 1 }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Documents);
    if (!t.commit())
        return Error(m_db.lastError());
    return number;
}

Status EventRepository::claim(const Event &row)
{
    return events().claim(m_db, tidied(events(), row));
}

} // namespace dd
