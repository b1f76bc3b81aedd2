#pragma once

#include "domain/documentsettings.h"
#include "domain/mail.h"
#include "mail/mailserver.h"
#include "services/paperservice.h"
#include "session/session.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

// "Gửi qua thư điện tử": a paper sent to each unit it is for, with that unit's own PDF
// attached, from the event's address, and logged per unit (issue 16, point 3).
namespace dd {

// The papers that can be sent this way.
bool isMailablePaper(PaperKind kind);

struct MailRecipient
{
    qint64 unitId = 0;
    QString unitName;
    QString address; // empty: the unit has none, and is skipped
    QString fileName; // "giay-moi-huyen-doan-duong-minh-chau.pdf"
    QString subject;
    QString body;
    std::optional<MailLogEntry> sentBefore; // the same paper was sent to the unit already
};

// Who gets the paper: the unit invitations go to every unit taking part (or `unitIds`); the
// forwarding letters to each agency with questions forwarded to it; the online notice to the
// district and directly affiliated unions.
Result<QList<MailRecipient>> mailRecipients(Session &session, PaperKind kind,
                                            const QList<qint64> &unitIds = {});

struct MailSendOptions
{
    std::optional<mail::MailServer> smtp; // none: dry run into `dryRunFolder`
    QString dryRunFolder;
    QString fromAddress; // empty: the event's intake address
    bool again = false; // send to units that received the paper before too
    paperservice::PaperDates dates;
};

struct MailSendReport
{
    QList<MailLogEntry> sent; // logged (a dry run logs nothing)
    QStringList written; // dry run: the .eml files
    QStringList skipped; // "unit: why" (no address, sent before)
    QStringList failed; // "unit: the server's answer"
};

// Renders each recipient's PDF and sends it. An error before the first message (no sender
// address, the server unreachable, the login refused) stops everything; a unit the server
// refuses is listed in failed and the others are still sent.
Result<MailSendReport> sendPaperByMail(Session &session, PaperKind kind,
                                       const QList<MailRecipient> &recipients,
                                       const MailSendOptions &options);

} // namespace dd
