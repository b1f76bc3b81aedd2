#include "storage/mailrepository.h"

#include "storage/sqltable.h"

namespace dd {

namespace {

const SqlTable<FetchedMail> &fetchedTable()
{
    using Column = TableColumn<FetchedMail>;
    static const SqlTable<FetchedMail> table(
        QStringLiteral("mail_fetched"),
        {
            Column::key<&FetchedMail::id>("id"),
            Column::integer<&FetchedMail::eventId>("event_id"),
            Column::text<&FetchedMail::account, Tidy::Trim>("account"),
            Column::text<&FetchedMail::folder>("folder"),
            Column::integer<&FetchedMail::uidValidity>("uid_validity"),
            Column::integer<&FetchedMail::uid>("uid"),
            Column::text<&FetchedMail::messageId, Tidy::Trim>("message_id"),
            Column::dateTime<&FetchedMail::fetchedAt>("fetched_at"),
            Column::text<&FetchedMail::outcome, Tidy::Block>("outcome"),
        });
    return table;
}

const SqlTable<MailLogEntry> &logTable()
{
    using Column = TableColumn<MailLogEntry>;
    static const SqlTable<MailLogEntry> table(
        QStringLiteral("mail_log"),
        {
            Column::key<&MailLogEntry::id>("id"),
            Column::integer<&MailLogEntry::eventId>("event_id"),
            Column::reference<&MailLogEntry::unitId>("unit_id"),
            Column::text<&MailLogEntry::paper, Tidy::Trim>("paper"),
            Column::text<&MailLogEntry::recipient, Tidy::Trim>("recipient"),
            Column::text<&MailLogEntry::subject, Tidy::Line>("subject"),
            Column::text<&MailLogEntry::attachment, Tidy::Line>("attachment"),
            Column::dateTime<&MailLogEntry::sentAt>("sent_at"),
            Column::text<&MailLogEntry::serverReply, Tidy::Block>("server_reply"),
            Column::flag<&MailLogEntry::failed>("failed"),
        });
    return table;
}

} // namespace

MailRepository::MailRepository(Database &db)
    : m_db(db)
{ }

bool MailRepository::wasFetched(qint64 eventId, const QString &account, const QString &folder,
                                qint64 uidValidity, qint64 uid, const QString &messageId)
{
    if (!fetchedTable()
             .select(m_db,
                     QStringLiteral("WHERE event_id = ? AND account = ? AND folder = ? AND "
                                    "uid_validity = ? AND uid = ? LIMIT 1"),
                     { eventId, account, folder, uidValidity, uid })
             .isEmpty())
        return true;
    return !messageId.isEmpty()
        && !fetchedTable()
                .select(m_db, QStringLiteral("WHERE event_id = ? AND message_id = ? LIMIT 1"),
                        { eventId, messageId })
                .isEmpty();
}

QList<FetchedMail> MailRepository::fetched(qint64 eventId)
{
    return fetchedTable().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY id"),
                                 { eventId });
}

Result<qint64> MailRepository::recordFetched(const FetchedMail &mail)
{
    FetchedMail m = mail;
    fetchedTable().tidy(m);
    return fetchedTable().insert(m_db, m);
}

Status MailRepository::removeFetched(const QList<qint64> &ids)
{
    return fetchedTable().remove(m_db, ids);
}

QList<MailLogEntry> MailRepository::log(qint64 eventId)
{
    return logTable().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY sent_at, id"),
                             { eventId });
}

std::optional<MailLogEntry> MailRepository::lastSent(qint64 eventId, qint64 unitId,
                                                     const QString &paper)
{
    const QList<MailLogEntry> found
        = logTable().select(m_db,
                            QStringLiteral("WHERE event_id = ? AND unit_id = ? AND paper = ? "
                                           "AND failed = 0 ORDER BY sent_at DESC, id DESC LIMIT 1"),
                            { eventId, unitId, paper });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Result<qint64> MailRepository::recordSent(const MailLogEntry &entry)
{
    MailLogEntry e = entry;
    logTable().tidy(e);
    const Result<qint64> id = logTable().insert(m_db, e);
    if (id)
        m_db.markChanged(Entity::Units, entry.unitId); // the Units dialog shows the log
    return id;
}

} // namespace dd
