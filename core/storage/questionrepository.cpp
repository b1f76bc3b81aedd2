#include "storage/questionrepository.h"

#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace { } // namespace

QuestionRepository::QuestionRepository(Database &db)
    : m_db(db)
    , m_table(QStringLiteral("questions"),
              { QStringLiteral("event_id"), QStringLiteral("unit_id"), QStringLiteral("submitter"),
                QStringLiteral("submitter_attendee_id"), QStringLiteral("kind"),
                QStringLiteral("topic_id"), QStringLiteral("text"), QStringLiteral("text_folded"),
                QStringLiteral("received_on"), QStringLiteral("channel"), QStringLiteral("status"),
                QStringLiteral("forwarded_to_unit_id"), QStringLiteral("forwarded_on"),
                QStringLiteral("answer"), QStringLiteral("answered_by"),
                QStringLiteral("answered_at"), QStringLiteral("duplicate_of_id"),
                QStringLiteral("running_order") })
    , m_topics(QStringLiteral("topics"),
               { QStringLiteral("event_id"), QStringLiteral("position"), QStringLiteral("title") })
{ }

QList<Topic> QuestionRepository::topics(qint64 eventId)
{
    QList<Topic> out;
    QSqlQuery q = m_topics.select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                                  { eventId });
    while (q.next())
        out << Topic { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toString() };
    return out;
}

Result<qint64> QuestionRepository::insertTopic(const Topic &t)
{
    const QString title = text::cleanBlock(t.title);
    if (title.isEmpty())
        return Error(QCoreApplication::translate("Storage", "A topic needs a title."));
    const qint64 id = m_topics.insert(m_db, t.id, { t.eventId, t.position, title });
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Topics, id);
    return id;
}

Status QuestionRepository::updateTopic(const Topic &t)
{
    const QString title = text::cleanBlock(t.title);
    if (title.isEmpty())
        return Error(QCoreApplication::translate("Storage", "A topic needs a title."));
    if (!m_topics.update(m_db, t.id, { t.eventId, t.position, title }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Topics, t.id);
    return {};
}

Status QuestionRepository::removeTopic(qint64 id)
{
    Transaction t(m_db); // the rows named below are announced with the removal
    m_db.markChanged(
        Entity::Questions,
        sql::ids(m_db, QStringLiteral("SELECT id FROM questions WHERE topic_id = ?"), { id }));
    if (!m_topics.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Topics, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

QVariantList QuestionRepository::values(const Question &q) const
{
    const QString body = text::cleanBlock(q.text);
    return { q.eventId,
             sql::id(q.unitId),
             text::clean(q.submitter),
             sql::id(q.submitterAttendeeId),
             questionKindKey(q.kind),
             sql::id(q.topicId),
             body,
             text::fold(body),
             sql::date(q.receivedOn),
             questionChannelKey(q.channel),
             questionStatusKey(q.status),
             sql::id(q.forwardedToUnitId),
             sql::date(q.forwardedOn),
             text::cleanBlock(q.answer),
             text::clean(q.answeredBy),
             sql::dateTime(q.answeredAt),
             sql::id(q.duplicateOfId),
             q.runningOrder };
}

Question QuestionRepository::fromQuery(const QSqlQuery &r)
{
    Question q;
    q.id = r.value(0).toLongLong();
    q.eventId = r.value(1).toLongLong();
    q.unitId = r.value(2).toLongLong();
    q.submitter = r.value(3).toString();
    q.submitterAttendeeId = r.value(4).toLongLong();
    q.kind = questionKindFromKey(r.value(5).toString());
    q.topicId = r.value(6).toLongLong();
    q.text = r.value(7).toString();
    q.receivedOn = sql::toDate(r.value(9));
    q.channel = questionChannelFromKey(r.value(10).toString());
    q.status = questionStatusFromKey(r.value(11).toString());
    q.forwardedToUnitId = r.value(12).toLongLong();
    q.forwardedOn = sql::toDate(r.value(13));
    q.answer = r.value(14).toString();
    q.answeredBy = r.value(15).toString();
    q.answeredAt = sql::toDateTime(r.value(16));
    q.duplicateOfId = r.value(17).toLongLong();
    q.runningOrder = r.value(18).toInt();
    return q;
}

QList<Question> QuestionRepository::list(qint64 eventId)
{
    QList<Question> out;
    QSqlQuery q = m_table.select(
        m_db, QStringLiteral("WHERE event_id = ? ORDER BY running_order, received_on, id"),
        { eventId });
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Question> QuestionRepository::get(qint64 id)
{
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE id = ?"), { id });
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

Result<qint64> QuestionRepository::insert(const Question &q)
{
    if (q.text.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A question needs its text."));
    const qint64 id = m_table.insert(m_db, q.id, values(q));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Questions, id);
    return id;
}

Result<QList<qint64>> QuestionRepository::insertMany(const QList<Question> &rows)
{
    QList<qint64> ids;
    for (const Question &q : rows) {
        auto id = insert(q);
        if (!id)
            return Error(id.error());
        ids << *id;
    }
    return ids;
}

Status QuestionRepository::update(const Question &q)
{
    if (q.text.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A question needs its text."));
    if (q.duplicateOfId != 0 && q.duplicateOfId == q.id)
        return Error(
            QCoreApplication::translate("Storage", "A question cannot be merged into itself."));
    if (!m_table.update(m_db, q.id, values(q)))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Questions, q.id);
    return {};
}

Status QuestionRepository::remove(qint64 id)
{
    Transaction t(m_db); // the rows named below are announced with the removal
    // Those merged into it lose the link (ON DELETE SET NULL): they change too.
    m_db.markChanged(Entity::Questions,
                     sql::ids(m_db,
                              QStringLiteral("SELECT id FROM questions WHERE duplicate_of_id = ?"),
                              { id }));
    if (!m_table.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Questions, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

QList<qint64> QuestionRepository::search(qint64 eventId, const QString &query)
{
    QList<qint64> ids;
    QStringList terms;
    for (const QString &t : text::queryTokens(query)) {
        QString escaped = t;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + escaped + QStringLiteral("\"*"); // prefix match per word
    }
    if (terms.isEmpty())
        return ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT q.id FROM questions_fts f JOIN questions q ON q.id = f.rowid "
                             "WHERE questions_fts MATCH ? AND q.event_id = ? ORDER BY q.id"));
    sql::run(m_db, q, { terms.join(QLatin1Char(' ')), eventId });
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace dd
