#include "storage/questionrepository.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using QuestionColumn = TableColumn<Question>;
using TopicColumn = TableColumn<Topic>;

QString foldedText(const Question &q)
{
    return text::fold(q.text);
}

const SqlTable<Question> &questions()
{
    static const SqlTable<Question> table(
        QStringLiteral("questions"),
        {
            QuestionColumn::key<&Question::id>("id"),
            QuestionColumn::integer<&Question::eventId>("event_id"),
            QuestionColumn::reference<&Question::unitId>("unit_id"),
            QuestionColumn::text<&Question::submitter, Tidy::Line>("submitter"),
            QuestionColumn::reference<&Question::submitterAttendeeId>("submitter_attendee_id"),
            QuestionColumn::enumKey<&Question::kind, questionKindKey, questionKindFromKey>("kind"),
            QuestionColumn::reference<&Question::topicId>("topic_id"),
            QuestionColumn::text<&Question::text, Tidy::Block>("text"),
            QuestionColumn::derived<&foldedText>("text_folded"),
            QuestionColumn::date<&Question::receivedOn>("received_on"),
            QuestionColumn::enumKey<&Question::channel, questionChannelKey, questionChannelFromKey>(
                "channel"),
            QuestionColumn::enumKey<&Question::status, questionStatusKey, questionStatusFromKey>(
                "status"),
            QuestionColumn::reference<&Question::forwardedToUnitId>("forwarded_to_unit_id"),
            QuestionColumn::date<&Question::forwardedOn>("forwarded_on"),
            QuestionColumn::text<&Question::answer, Tidy::Block>("answer"),
            QuestionColumn::text<&Question::answeredBy, Tidy::Line>("answered_by"),
            QuestionColumn::dateTime<&Question::answeredAt>("answered_at"),
            QuestionColumn::reference<&Question::duplicateOfId>("duplicate_of_id"),
            QuestionColumn::integer<&Question::runningOrder>("running_order"),
            QuestionColumn::text<&Question::note, Tidy::Block>("note"),
            QuestionColumn::version<&Question::rowVersion>("row_version"),
        });
    return table;
}

const SqlTable<Topic> &topicsTable()
{
    static const SqlTable<Topic> table(QStringLiteral("topics"),
                                       {
                                           TopicColumn::key<&Topic::id>("id"),
                                           TopicColumn::integer<&Topic::eventId>("event_id"),
                                           TopicColumn::integer<&Topic::position>("position"),
                                           TopicColumn::text<&Topic::title, Tidy::Block>("title"),
                                           TopicColumn::version<&Topic::rowVersion>("row_version"),
                                       });
    return table;
}

} // namespace

QuestionRepository::QuestionRepository(Database &db)
    : m_db(db)
{ }

QList<Topic> QuestionRepository::topics(qint64 eventId)
{
    return topicsTable().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                                { eventId });
}

Result<qint64> QuestionRepository::insertTopic(const Topic &t)
{
    const Topic topic = topicsTable().tidied(t);
    if (topic.title.isEmpty())
        return Error(QCoreApplication::translate("Storage", "A topic needs a title."));
    return topicsTable().insertTidied(m_db, Entity::Topics, topic);
}

Status QuestionRepository::updateTopic(const Topic &t, const Topic *read)
{
    const Topic topic = topicsTable().tidied(t);
    if (topic.title.isEmpty())
        return Error(QCoreApplication::translate("Storage", "A topic needs a title."));
    return topicsTable().updateTidied(m_db, Entity::Topics, topic, read);
}

Status QuestionRepository::removeTopic(qint64 id)
{
    Transaction t(m_db); // the rows named below are announced with the removal
    m_db.markChanged(
        Entity::Questions,
        sql::ids(m_db, QStringLiteral("SELECT id FROM questions WHERE topic_id = ?"), { id }));
    if (Status s = topicsTable().remove(m_db, { id }); !s)
        return s;
    m_db.markChanged(Entity::Topics, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

QList<Question> QuestionRepository::list(qint64 eventId)
{
    return questions().select(
        m_db, QStringLiteral("WHERE event_id = ? ORDER BY running_order, received_on, id"),
        { eventId });
}

std::optional<Question> QuestionRepository::get(qint64 id)
{
    return questions().get(m_db, id);
}

Result<qint64> QuestionRepository::insert(const Question &q)
{
    if (q.text.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A question needs its text."));
    return questions().insertTidied(m_db, Entity::Questions, q);
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

Status QuestionRepository::update(const Question &q, const Question *read)
{
    if (q.text.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A question needs its text."));
    if (q.duplicateOfId != 0 && q.duplicateOfId == q.id)
        return Error(
            QCoreApplication::translate("Storage", "A question cannot be merged into itself."));
    return questions().updateTidied(m_db, Entity::Questions, q, read);
}

Status QuestionRepository::remove(qint64 id)
{
    Transaction t(m_db); // the rows named below are announced with the removal
    // Those merged into it lose the link (ON DELETE SET NULL): they change too.
    m_db.markChanged(Entity::Questions,
                     sql::ids(m_db,
                              QStringLiteral("SELECT id FROM questions WHERE duplicate_of_id = ?"),
                              { id }));
    if (Status s = questions().remove(m_db, { id }); !s)
        return s;
    m_db.markChanged(Entity::Questions, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

QMap<qint64, int> QuestionRepository::openCountsByUnit(qint64 eventId)
{
    QMap<qint64, int> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(unit_id, 0), count(*) FROM questions WHERE event_id = ?"
        " AND status NOT IN ('merged', 'withdrawn') GROUP BY coalesce(unit_id, 0) ORDER BY 1"));
    sql::run(m_db, q, { eventId });
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QList<qint64> QuestionRepository::search(qint64 eventId, const QString &query)
{
    QList<qint64> ids;
    const QStringList words = text::queryTokens(query);
    if (words.isEmpty())
        return ids;
    QVariantList binds { eventId };
    const QString matches = m_db.dialect().matchesAllPrefixes(
        questions().name(), QStringLiteral("text_folded"), words, binds);
    auto q = sql::execute(
        m_db,
        QStringLiteral("SELECT id FROM questions WHERE event_id = ? AND %1 ORDER BY id")
            .arg(matches),
        binds);
    if (q)
        while ((*q)->next())
            ids << (*q)->integer(0);
    return ids;
}

Status QuestionRepository::claim(const Question &row)
{
    return questions().claim(m_db, questions().tidied(row));
}

Status QuestionRepository::claimTopic(const Topic &row)
{
    return topicsTable().claim(m_db, topicsTable().tidied(row));
}

} // namespace dd
