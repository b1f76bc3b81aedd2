#pragma once

#include "domain/documentsettings.h"
#include "domain/mail.h"
#include "mail/curltransfer.h"
#include "mail/mailserver.h"
#include "services/paperservice.h"
#include "session/session.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
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
    // The last attempt to send it did not go (and nothing went after it): when, and why.
    std::optional<MailLogEntry> lastFailure;
};

// Who gets the paper: the unit invitations go to every unit taking part (or `unitIds`); the
// forwarding letters to each agency with questions forwarded to it; the online notice to the
// district and directly affiliated unions.
Result<QList<MailRecipient>> mailRecipients(Session &session, PaperKind kind,
                                            const QList<qint64> &unitIds = {});

// How far a paper went out by e-mail: for the overview ("12/15 đơn vị").
struct MailProgressFigures
{
    int units = 0; // the units the paper is for
    int sent = 0; // those it was sent to
    int noAddress = 0; // those without an e-mail address
    int failed = 0; // those whose last attempt failed ("2 thư gửi lỗi")
};
MailProgressFigures mailFigures(Session &session, PaperKind kind);

struct MailSendOptions
{
    std::optional<mail::MailServer> smtp; // none: dry run into `dryRunFolder`
    QString dryRunFolder;
    QString fromAddress; // empty: the event's intake address
    QString fromName; // empty: the event's organiser
    bool again = false; // send to units that received the paper before too
    paperservice::PaperDates dates;
};

struct MailSendReport
{
    QList<MailLogEntry> sent; // logged (a dry run logs nothing)
    QStringList written; // dry run: the .eml files
    QStringList skipped; // "unit: why" (no address, sent before)
    QStringList failed; // "unit: the server's answer"; logged as failed attempts too
    // The server could not be reached or refused the login: why nothing (more) went.
    QString stoppedBy;
};

// The messages ready to go, each with its own PDF (rendered from the database: GUI thread).
struct PreparedMail
{
    QString from;
    struct Item
    {
        QString unitName;
        QByteArray message;
        MailLogEntry entry; // without its time and the server's answer yet
    };
    QList<Item> items;
    QStringList skipped; // "unit: why" (no address, sent before)
};
Result<PreparedMail> prepareMail(Session &session, PaperKind kind,
                                 const QList<MailRecipient> &recipients,
                                 const MailSendOptions &options);

// What became of one prepared message.
struct Delivery
{
    int item = 0; // index into PreparedMail::items
    bool sent = false;
    QString answer; // the server's answer, or why it failed
    QDateTime sentAt; // or when it was tried
    // The server could not be reached or refused the login: this message and those after it
    // did not go, for this reason.
    bool stopped = false;
};
// Sends the prepared messages; touches no database, so that the window runs it in a worker
// thread. A message the server refuses is a failed delivery and the others still go; when the
// server cannot be reached or refuses the login, that message and every one after it are
// failed deliveries with that reason (`stopped`). Cancelled messages have no delivery.
QList<Delivery> deliverMail(const PreparedMail &prepared, const mail::MailServer &smtp,
                            const mail::MailProgress &progress = {});
// Writes the sending log (GUI thread), as `mail send` does: what went, and what did not go
// with the reason, so that the Units dialog, the overview and `list mail` show both.
Result<MailSendReport> logDeliveries(Session &session, const PreparedMail &prepared,
                                     const QList<Delivery> &deliveries);

// prepareMail, deliverMail and logDeliveries in a row (the command line), or the .eml files of
// a dry run. Renders each recipient's PDF and sends it. An error before the first message (no
// sender address, a PDF that cannot be made) stops everything; a unit the server refuses is
// listed in failed and the others are still sent; the server unreachable or the login refused
// fails the rest (report.stoppedBy). Failed messages are logged as such.
Result<MailSendReport> sendPaperByMail(Session &session, PaperKind kind,
                                       const QList<MailRecipient> &recipients,
                                       const MailSendOptions &options);

} // namespace dd
