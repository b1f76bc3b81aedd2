#pragma once

#include "domain/mail.h"
#include "storage/database.h"

#include <QList>

#include <optional>

namespace dd {

// The mail channel's memory: the messages read from the mailbox and the papers sent.
class MailRepository
{
public:
    explicit MailRepository(Database &db);

    // Whether a message was read before: the same UID in the same folder of the same mailbox
    // (while the folder keeps its UIDVALIDITY), or the same Message-ID.
    bool wasFetched(qint64 eventId, const QString &account, const QString &folder,
                    qint64 uidValidity, qint64 uid, const QString &messageId);
    QList<FetchedMail> fetched(qint64 eventId);
    // Inserts under mail.id when it is set (redo after an undo), else a new id.
    Result<qint64> recordFetched(const FetchedMail &mail);
    // Forgets messages (undo of a fetch): the next fetch offers them again.
    Status removeFetched(const QList<qint64> &ids);

    QList<MailLogEntry> log(qint64 eventId);
    // The last time `paper` was sent to the unit, if ever (a failed attempt does not count).
    std::optional<MailLogEntry> lastSent(qint64 eventId, qint64 unitId, const QString &paper);
    // Logs one message: sent, or a failed attempt (entry.failed) with the reason.
    Result<qint64> recordSent(const MailLogEntry &entry);

private:
    Database &m_db;
};

} // namespace dd
