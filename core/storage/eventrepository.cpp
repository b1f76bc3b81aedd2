#include "storage/eventrepository.h"

#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace { } // namespace

EventRepository::EventRepository(Database &db)
    : m_db(db)
    , m_events(QStringLiteral("events"),
               { QStringLiteral("title"),
                 QStringLiteral("title_folded"),
                 QStringLiteral("organiser"),
                 QStringLiteral("parent_plan_ref"),
                 QStringLiteral("scheme_ref"),
                 QStringLiteral("introduction"),
                 QStringLiteral("purpose"),
                 QStringLiteral("requirements"),
                 QStringLiteral("content"),
                 QStringLiteral("planned_year"),
                 QStringLiteral("planned_month"),
                 QStringLiteral("event_date"),
                 QStringLiteral("latest_end_time"),
                 QStringLiteral("active_plan"),
                 QStringLiteral("question_deadline"),
                 QStringLiteral("min_questions_per_host"),
                 QStringLiteral("intake_email"),
                 QStringLiteral("intake_contact"),
                 QStringLiteral("intake_phone"),
                 QStringLiteral("closing_text"),
                 QStringLiteral("plan_text") })
    , m_plans(QStringLiteral("plans"),
              { QStringLiteral("event_id"), QStringLiteral("kind"), QStringLiteral("number"),
                QStringLiteral("name"), QStringLiteral("condition"), QStringLiteral("description"),
                QStringLiteral("venue"), QStringLiteral("livestream_url"),
                QStringLiteral("capacity"), QStringLiteral("start_time") })
{ }

QVariantList EventRepository::values(const Event &e) const
{
    const QString title = text::clean(e.title);
    return { title,
             text::fold(title),
             text::clean(e.organiser),
             text::cleanBlock(e.parentPlanRef),
             text::cleanBlock(e.schemeRef),
             text::cleanBlock(e.introduction),
             text::cleanBlock(e.purpose),
             text::cleanBlock(e.requirements),
             text::cleanBlock(e.content),
             e.plannedYear,
             e.plannedMonth,
             sql::date(e.date),
             sql::time(e.latestEndTime),
             planKindKey(e.activePlan),
             sql::date(e.questionDeadline),
             e.minQuestionsPerHost,
             e.intakeEmail.trimmed(),
             text::cleanBlock(e.intakeContact),
             e.intakePhone.trimmed(),
             text::cleanBlock(e.closingText),
             text::cleanBlock(e.planText) };
}

Event EventRepository::fromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.organiser = q.value(3).toString();
    e.parentPlanRef = q.value(4).toString();
    e.schemeRef = q.value(5).toString();
    e.introduction = q.value(6).toString();
    e.purpose = q.value(7).toString();
    e.requirements = q.value(8).toString();
    e.content = q.value(9).toString();
    e.plannedYear = q.value(10).toInt();
    e.plannedMonth = q.value(11).toInt();
    e.date = sql::toDate(q.value(12));
    e.latestEndTime = sql::toTime(q.value(13));
    e.activePlan = planKindFromKey(q.value(14).toString());
    e.questionDeadline = sql::toDate(q.value(15));
    e.minQuestionsPerHost = q.value(16).toInt();
    e.intakeEmail = q.value(17).toString();
    e.intakeContact = q.value(18).toString();
    e.intakePhone = q.value(19).toString();
    e.closingText = q.value(20).toString();
    e.planText = q.value(21).toString();
    return e;
}

QList<Event> EventRepository::list()
{
    QList<Event> out;
    QSqlQuery q = m_events.select(m_db, QStringLiteral("ORDER BY id"), {});
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Event> EventRepository::get(qint64 id)
{
    QSqlQuery q = m_events.select(m_db, QStringLiteral("WHERE id = ?"), { id });
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

Result<qint64> EventRepository::insert(const Event &event)
{
    if (text::clean(event.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "An event needs a title."));
    if (event.plannedMonth < 0 || event.plannedMonth > 12)
        return Error(QCoreApplication::translate("Storage", "The month must be between 1 and 12."));
    const qint64 id = m_events.insert(m_db, event.id, values(event));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Events);
    return id;
}

Status EventRepository::update(const Event &event)
{
    if (text::clean(event.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "An event needs a title."));
    if (!m_events.update(m_db, event.id, values(event)))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Events);
    return {};
}

Status EventRepository::remove(qint64 id)
{
    if (!m_events.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::All);
    return {};
}

QList<Plan> EventRepository::plans(qint64 eventId)
{
    QList<Plan> out;
    QSqlQuery q
        = m_plans.select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY number"), { eventId });
    while (q.next()) {
        Plan p;
        p.id = q.value(0).toLongLong();
        p.eventId = q.value(1).toLongLong();
        p.kind = planKindFromKey(q.value(2).toString());
        p.number = q.value(3).toInt();
        p.name = q.value(4).toString();
        p.condition = q.value(5).toString();
        p.description = q.value(6).toString();
        p.venue = q.value(7).toString();
        p.livestreamUrl = q.value(8).toString();
        p.capacity = q.value(9).toInt();
        p.startTime = sql::toTime(q.value(10));
        out << p;
    }
    return out;
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
    const QVariantList v { p.eventId,
                           planKindKey(p.kind),
                           p.number,
                           text::clean(p.name),
                           text::cleanBlock(p.condition),
                           text::cleanBlock(p.description),
                           text::clean(p.venue),
                           p.livestreamUrl.trimmed(),
                           p.capacity,
                           sql::time(p.startTime) };
    qint64 id = p.id;
    if (id == 0)
        id = m_plans.insert(m_db, 0, v);
    else if (!m_plans.update(m_db, id, v))
        id = 0;
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Plans);
    return id;
}

Result<qint64> EventRepository::switchPlan(qint64 eventId, PlanKind to, const QString &reason,
                                           const QDateTime &when)
{
    Transaction t(m_db);
    const auto event = get(eventId);
    if (!event)
        return Error(QCoreApplication::translate("Storage", "The event no longer exists."));
    if (event->activePlan == to)
        return Error(
            QCoreApplication::translate("Storage", "This plan is already the active one."));
    if (!m_db.exec(QStringLiteral("UPDATE events SET active_plan = ? WHERE id = ?"),
                   { planKindKey(to), eventId }))
        return Error(m_db.lastError());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO plan_switches(event_id, switched_at, from_kind, to_kind, "
                             "reason) VALUES (?, ?, ?, ?, ?)"));
    if (!sql::run(m_db, q,
                  { eventId, sql::dateTime(when), planKindKey(event->activePlan), planKindKey(to),
                    text::clean(reason) }))
        return Error(m_db.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.markChanged(Entity::Events);
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return id;
}

Status EventRepository::undoSwitch(qint64 eventId, qint64 switchId, PlanKind previous)
{
    Transaction t(m_db);
    if (!m_db.exec(QStringLiteral("UPDATE events SET active_plan = ? WHERE id = ?"),
                   { planKindKey(previous), eventId })
        || !m_db.exec(QStringLiteral("DELETE FROM plan_switches WHERE id = ?"), { switchId }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Events);
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Status EventRepository::insertSwitch(const PlanSwitch &s)
{
    Transaction t(m_db);
    if (!m_db.exec(QStringLiteral("UPDATE events SET active_plan = ? WHERE id = ?"),
                   { planKindKey(s.to), s.eventId })
        || !m_db.exec(QStringLiteral("INSERT INTO plan_switches(id, event_id, switched_at, "
                                     "from_kind, to_kind, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                      { sql::id(s.id), s.eventId, sql::dateTime(s.switchedAt), planKindKey(s.from),
                        planKindKey(s.to), s.reason }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Events);
    m_db.markChanged(Entity::Plans);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

QList<PlanSwitch> EventRepository::switches(qint64 eventId)
{
    QList<PlanSwitch> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, switched_at, from_kind, to_kind, reason FROM plan_switches "
                       "WHERE event_id = ? ORDER BY switched_at, id"));
    sql::run(m_db, q, { eventId });
    while (q.next()) {
        PlanSwitch s;
        s.id = q.value(0).toLongLong();
        s.eventId = eventId;
        s.switchedAt = sql::toDateTime(q.value(1));
        s.from = planKindFromKey(q.value(2).toString());
        s.to = planKindFromKey(q.value(3).toString());
        s.reason = q.value(4).toString();
        out << s;
    }
    return out;
}

DocumentSettings EventRepository::documentSettings(qint64 eventId)
{
    DocumentSettings s;
    s.eventId = eventId;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT issuing_body_line1, issuing_body_line2, party_line, place_name, signer_capacity, "
        "signer_title, signer_name, recipients, contact_line, what_to_bring "
        "FROM document_settings WHERE event_id = ?"));
    sql::run(m_db, q, { eventId });
    if (q.next()) {
        s.issuingBodyLine1 = q.value(0).toString();
        s.issuingBodyLine2 = q.value(1).toString();
        s.partyLine = q.value(2).toString();
        s.placeName = q.value(3).toString();
        s.signerCapacity = q.value(4).toString();
        s.signerTitle = q.value(5).toString();
        s.signerName = q.value(6).toString();
        s.recipients = q.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.contactLine = q.value(8).toString();
        s.whatToBring = q.value(9).toString();
    }
    QSqlQuery n(m_db.connection());
    n.prepare(QStringLiteral(
        "SELECT paper_kind, symbol, next_number, signed_on, answer_by FROM document_numbers "
        "WHERE event_id = ?"));
    sql::run(m_db, n, { eventId });
    while (n.next())
        s.numbering.insert(paperKindFromKey(n.value(0).toString()),
                           PaperNumbering { n.value(1).toString(), n.value(2).toInt(),
                                            sql::toDate(n.value(3)), sql::toDate(n.value(4)) });
    return s;
}

Status EventRepository::saveDocumentSettings(const DocumentSettings &s)
{
    Transaction t(m_db);
    QStringList recipients;
    for (const QString &r : s.recipients)
        if (!r.trimmed().isEmpty())
            recipients << text::clean(r);
    if (!m_db.exec(QStringLiteral(
                       "INSERT OR REPLACE INTO document_settings(event_id, issuing_body_line1, "
                       "issuing_body_line2, party_line, place_name, signer_capacity, signer_title, "
                       "signer_name, recipients, contact_line, what_to_bring) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { s.eventId, text::clean(s.issuingBodyLine1), text::clean(s.issuingBodyLine2),
                     text::clean(s.partyLine), text::clean(s.placeName),
                     text::clean(s.signerCapacity), text::clean(s.signerTitle),
                     text::clean(s.signerName), recipients.join(QLatin1Char('\n')),
                     text::cleanBlock(s.contactLine), text::cleanBlock(s.whatToBring) }))
        return Error(m_db.lastError());
    for (auto it = s.numbering.cbegin(); it != s.numbering.cend(); ++it) {
        if (it->nextNumber < 1)
            return Error(
                QCoreApplication::translate("Storage", "A paper number must be 1 or more."));
        if (!m_db.exec(
                QStringLiteral("INSERT OR REPLACE INTO document_numbers(event_id, paper_kind, "
                               "symbol, next_number, signed_on, answer_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
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
    if (!m_db.exec(QStringLiteral("INSERT INTO document_numbers(event_id, paper_kind, next_number) "
                                  "VALUES (?, ?, ?) ON CONFLICT(event_id, paper_kind) "
                                  "DO UPDATE SET next_number = excluded.next_number"),
                   { eventId, paperKindKey(kind), number + 1 }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Documents);
    if (!t.commit())
        return Error(m_db.lastError());
    return number;
}

} // namespace dd
